// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/cardbuttonitem.h"

#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/carditem.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace Whyboard {

namespace {
constexpr qreal buttonWidth = 92;
constexpr qreal buttonHeight = 34;
} // namespace

CardButtonItem::CardButtonItem(CardItem *card)
    : QGraphicsItem(card)
    , m_card(card)
{
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    setToolTip(QCoreApplication::translate("Whyboard::CardButtonItem",
                                           "Ask why: add a cause under this card (Enter)"));
    setZValue(2);
    hide();
}

void CardButtonItem::setCenter(const QPointF &center)
{
    setPos(center - QPointF(buttonWidth / 2, buttonHeight / 2));
}

QRectF CardButtonItem::boundingRect() const
{
    return QRectF(0, 0, buttonWidth, buttonHeight);
}

void CardButtonItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    auto *boardScene = qobject_cast<BoardScene *>(scene());
    if (!boardScene)
        return;
    const BoardTheme &theme = boardScene->theme();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_hovered ? theme.accent.darker(115) : theme.accent);
    painter->drawRoundedRect(boundingRect(), buttonHeight / 2, buttonHeight / 2);
    QFont font = theme.headerFont;
    font.setPixelSize(18);
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    painter->setFont(font);
    painter->setPen(theme.accentText);
    painter->drawText(boundingRect(), Qt::AlignCenter,
                      QStringLiteral("+ ") + QCoreApplication::translate("Whyboard::CardButtonItem", "Why?"));
}

void CardButtonItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
}

void CardButtonItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!boundingRect().contains(event->pos()))
        return;
    if (auto *boardScene = qobject_cast<BoardScene *>(scene()))
        boardScene->editor()->addWhy(m_card->cardId());
}

void CardButtonItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void CardButtonItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace Whyboard
