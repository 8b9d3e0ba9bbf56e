// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/fishbonelayout.h"
#include "board/boardtheme.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <functional>

namespace Whyboard {

class FishboneCardItem;
class SessionDocument;

// The fishbone of the open session as a scene: the skeleton in the background, one item per
// why card. It reads the document and never keeps data of its own: after every finished undo
// step it lays the drawing out again, and every change it makes is a command on the document
// (the board's card edit for text and category), so the board and the undo stack see it.
class FishboneScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit FishboneScene(QObject *parent = nullptr);

    void setDocument(SessionDocument *document);
    SessionDocument *document() const { return m_document; }
    // The library's categories, in their order (asked at each layout).
    void setCategorySource(std::function<QStringList()> source);
    QStringList categories() const;
    void setTheme(const BoardTheme &theme);
    const BoardTheme &theme() const { return m_theme; }

    const FishboneLayout &layout() const { return m_layout; }
    FishboneCardItem *cardItem(const QString &cardId) const { return m_items.value(cardId); }
    QString selectedCardId() const;
    void selectCard(const QString &cardId);

    // While a card's text is being typed the drawing stays as it is; a step finished meanwhile
    // lays it out when the typing ends.
    void setFrozen(bool frozen);
    void rebuild();

    // One undo step each; false (and the document says why) when refused.
    bool setCardText(const QString &cardId, const QString &text, int editRun);
    bool setCardCategory(const QString &cardId, const QString &category);
    // The bone under a scene point, after a card was dropped there; the card goes back when
    // it stays on its bone.
    void dropCard(const QString &cardId, const QPointF &scenePoint);

Q_SIGNALS:
    // The drawing was laid out again (its size may have changed).
    void rebuilt();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    QPointer<SessionDocument> m_document;
    std::function<QStringList()> m_categories;
    BoardTheme m_theme;
    FishboneLayout m_layout;
    QHash<QString, FishboneCardItem *> m_items;
    bool m_frozen = false;
    bool m_pending = false;
};

} // namespace Whyboard
