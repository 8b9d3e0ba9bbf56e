#pragma once

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QTextCharFormat>
#include <QTextObjectInterface>

class QGraphicsScene;

namespace Whyboard {

// Puts (a part of) the board into a report's text flow. Drawing goes through
// QGraphicsScene::render() straight into the report's painter, so the PDF keeps the board
// as vector graphics with selectable text.
class DiagramTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 17;

    explicit DiagramTextObject(QGraphicsScene *scene, QObject *parent = nullptr);

    // The character to insert (with QChar::ObjectReplacementCharacter) for the scene area
    // source drawn at size on the page.
    static QTextCharFormat format(const QRectF &source, const QSizeF &size);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                    int positionInDocument, const QTextFormat &format) override;

private:
    enum Property { SourceRect = QTextFormat::UserProperty + 17, TargetSize };

    QPointer<QGraphicsScene> m_scene;
};

} // namespace Whyboard
