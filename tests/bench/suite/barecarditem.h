// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsRectItem>
#include <QList>

class QGraphicsLineItem;

namespace Whyboard::Bench {

// The floor's card: a plain rectangle the mouse can move, dragging the lines of its links
// along, as Qt's Diagram Scene example does it.
class BareCardItem : public QGraphicsRectItem
{
public:
    BareCardItem(const QRectF &rect, const QString &text, const QFont &font);

    // A link's line, with this card as its start (cause) or end (effect).
    void addLine(QGraphicsLineItem *line, bool atStart);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    struct End
    {
        QGraphicsLineItem *line;
        bool atStart;
    };
    QList<End> m_ends;
};

} // namespace Whyboard::Bench
