// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QGraphicsView;
class QMimeData;

namespace Whyboard {

class SessionDocument;

// Relates timeline events and action items to a card when their rows are dropped onto it.
// Watches the board view's viewport; every drop is one undo step.
class BoardDropHandler : public QObject
{
    Q_OBJECT

public:
    BoardDropHandler(QGraphicsView *view, QObject *parent = nullptr);

    void setDocument(SessionDocument *document);

    // Adds cardId to the related cards of the events/actions in the payload. False when nothing changed.
    bool relate(const QMimeData *data, const QString &cardId);

Q_SIGNALS:
    void related(const QString &cardId, int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString cardAt(const QPoint &viewportPos) const;
    bool accepts(const QMimeData *data) const;

    QGraphicsView *m_view;
    QPointer<SessionDocument> m_document;
};

} // namespace Whyboard
