// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/flowbox.h"
#include "report/textlines.h"

#include <QColor>

#include <vector>

namespace Whyboard {

// One row of a report table: a cell per column, each padded, with a rule below the row. Rows
// stay whole on a page; a row taller than a page is cut between lines.
class TableRowBox : public FlowBox
{
public:
    struct Style
    {
        qreal paddingX = 0;
        qreal paddingY = 0;
        QColor background;  // none when invalid
        qreal ruleWidth = 0;
        QColor rule;
    };

    TableRowBox(std::vector<TextLines> cells, const Style &style);

    // The narrowest the column's cell can be without breaking inside a word, padding included.
    qreal minimumWidth(int column) const;
    // Lays the cells out in their columns (left edges and widths, padding included).
    void layout(const QList<qreal> &columnLeft, const QList<qreal> &columnWidth);

    QList<qreal> breaks() const override;
    void paint(QPainter &painter) const override;
    QList<QPair<QRectF, QString>> links() const override;

private:
    std::vector<TextLines> m_cells;
    Style m_style;
    QList<qreal> m_left;
    QList<qreal> m_width;
};

} // namespace Whyboard
