// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/connectorhandleitem.h"

#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/linktool.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace Whyboard {

namespace {
constexpr qreal radius = 11;
} // namespace

ConnectorHandleItem::ConnectorHandleItem(CardItem *card)
    : QGraphicsItem(card)
    , m_card(card)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::CrossCursor);
    setToolTip(QCoreApplication::translate("Whyboard::ConnectorHandleItem",
                                           "Drag onto the card that this one also explains"));
    setZValue(2);
    hide();
}

QRectF ConnectorHandleItem::boundingRect() const
{
    return QRectF(-radius - 2, -radius - 2, 2 * radius + 4, 2 * radius + 4);
}

void ConnectorHandleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    auto *boardScene = qobject_cast<BoardScene *>(scene());
    if (!boardScene)
        return;
    const BoardTheme &theme = boardScene->theme();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(theme.cardFill, 3));
    painter->setBrush(theme.accent);
    painter->drawEllipse(QPointF(0, 0), radius, radius);
}

void ConnectorHandleItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (auto *boardScene = qobject_cast<BoardScene *>(scene()))
        boardScene->linkTool()->beginDrag(m_card->cardId(), event->scenePos());
    event->accept();
}

void ConnectorHandleItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (auto *boardScene = qobject_cast<BoardScene *>(scene()))
        boardScene->linkTool()->updateDrag(event->scenePos());
}

void ConnectorHandleItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (auto *boardScene = qobject_cast<BoardScene *>(scene()))
        boardScene->linkTool()->finishDrag(event->scenePos());
}

} // namespace Whyboard
