// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

namespace Whyboard {

class CardItem;

// The "Why?" button on a card: adds a cause under it, the mouse twin of the Enter key.
class CardButtonItem : public QGraphicsItem
{
public:
    explicit CardButtonItem(CardItem *card);

    void setCenter(const QPointF &center);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    CardItem *m_card;
    bool m_hovered = false;
};

} // namespace Whyboard
