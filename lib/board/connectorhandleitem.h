// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

namespace Whyboard {

class CardItem;

// The dot on a card's outgoing edge: drag it onto another card to say "this also explains
// that". While dragging, the scene draws a provisional arrow.
class ConnectorHandleItem : public QGraphicsItem
{
public:
    explicit ConnectorHandleItem(CardItem *card);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    CardItem *m_card;
};

} // namespace Whyboard
