// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/fishbonecarditem.h"

#include "board/fishbonepainter.h"
#include "board/fishbonescene.h"
#include "document/sessiondocument.h"

#include <QGraphicsSceneMouseEvent>
#include <QTimer>

namespace Whyboard {

FishboneCardItem::FishboneCardItem(const QString &cardId, int index)
    : m_cardId(cardId)
    , m_index(index)
{
    setFlags(ItemIsSelectable | ItemIsFocusable | ItemIsMovable);
    setAcceptedMouseButtons(Qt::LeftButton);
}

FishboneScene *FishboneCardItem::fishboneScene() const
{
    return static_cast<FishboneScene *>(scene());
}

QRectF FishboneCardItem::rect() const
{
    const FishboneScene *s = fishboneScene();
    return s && m_index < s->layout().cards.size() ? s->layout().cards.at(m_index).rect : QRectF();
}

void FishboneCardItem::setEditing(bool editing)
{
    m_editing = editing;
    update();
}

QRectF FishboneCardItem::boundingRect() const
{
    return rect().adjusted(-6, -6, 6, 6);
}

void FishboneCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const FishboneScene *s = fishboneScene();
    if (!s || !s->document() || m_index >= s->layout().cards.size())
        return;
    FishboneLayout::Card card = s->layout().cards.at(m_index);
    if (m_editing)
        card.lines = QStringList{QString()}; // the editor shows the text
    FishbonePainter::paintCard(painter, card, s->theme(), s->document()->session(), isSelected());
}

void FishboneCardItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mousePressEvent(event);
    setZValue(1);
}

void FishboneCardItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    setZValue(0);
    if (pos().manhattanLength() < 8) {
        setPos(0, 0);
        return;
    }
    // The drop may lay the scene out again, which deletes this item: after the event.
    FishboneScene *s = fishboneScene();
    const QString id = m_cardId;
    const QPointF dropped = mapToScene(rect().center());
    QTimer::singleShot(0, s, [s, id, dropped] { s->dropCard(id, dropped); });
}

} // namespace Whyboard
