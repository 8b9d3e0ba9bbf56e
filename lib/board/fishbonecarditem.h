// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QString>

namespace Whyboard {

class FishboneScene;

// One why card on the fishbone: its place comes from the scene's layout, its text from the
// document. Dragged onto another bone it changes the card's category.
class FishboneCardItem : public QGraphicsItem
{
public:
    FishboneCardItem(const QString &cardId, int index);

    QString cardId() const { return m_cardId; }
    int index() const { return m_index; } // in the layout's cards
    QRectF rect() const;
    void setEditing(bool editing);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    FishboneScene *fishboneScene() const;

    QString m_cardId;
    int m_index;
    bool m_editing = false;
};

} // namespace Whyboard
