// SPDX-License-Identifier: GPL-3.0-or-later
#include "barecarditem.h"

#include <QBrush>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>

namespace Whyboard::Bench {

BareCardItem::BareCardItem(const QRectF &rect, const QString &text, const QFont &font)
    : QGraphicsRectItem(QRectF(QPointF(), rect.size()))
{
    setPos(rect.topLeft());
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setBrush(Qt::white);
    auto *label = new QGraphicsSimpleTextItem(text, this);
    label->setFont(font);
    label->setPos(18, 18);
}

void BareCardItem::addLine(QGraphicsLineItem *line, bool atStart)
{
    m_ends.append({line, atStart});
}

QVariant BareCardItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        const QPointF centre = mapToScene(rect().center());
        for (const End &end : std::as_const(m_ends)) {
            QLineF line = end.line->line();
            if (end.atStart)
                line.setP1(centre);
            else
                line.setP2(centre);
            end.line->setLine(line);
        }
    }
    return QGraphicsRectItem::itemChange(change, value);
}

} // namespace Whyboard::Bench
