// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/tablerowbox.h"

#include <QPainter>

namespace Whyboard {

TableRowBox::TableRowBox(std::vector<TextLines> cells, const Style &style)
    : m_cells(std::move(cells))
    , m_style(style)
{
    keepTogether = true;
}

qreal TableRowBox::minimumWidth(int column) const
{
    return m_cells.at(size_t(column)).minimumWidth() + 2 * m_style.paddingX;
}

void TableRowBox::layout(const QList<qreal> &columnLeft, const QList<qreal> &columnWidth)
{
    m_left = columnLeft;
    m_width = columnWidth;
    qreal tallest = 0;
    for (size_t i = 0; i < m_cells.size(); ++i) {
        TextLines &cell = m_cells[i];
        cell.layout(std::max<qreal>(1, columnWidth.at(int(i)) - 2 * m_style.paddingX));
        tallest = std::max(tallest, cell.height());
    }
    m_height = tallest + 2 * m_style.paddingY + m_style.ruleWidth;
}

QList<qreal> TableRowBox::breaks() const
{
    // Only a line boundary that cuts through no cell's line.
    QList<qreal> candidates;
    for (const TextLines &cell : m_cells) {
        for (qreal bottom : cell.lineBottoms())
            candidates.append(bottom + m_style.paddingY);
    }
    std::sort(candidates.begin(), candidates.end());
    QList<qreal> result;
    for (qreal y : std::as_const(candidates)) {
        bool clean = true;
        for (const TextLines &cell : m_cells) {
            qreal top = m_style.paddingY;
            for (qreal bottom : cell.lineBottoms()) {
                if (y - 0.5 > top && y + 0.5 < bottom + m_style.paddingY)
                    clean = false;
                top = bottom + m_style.paddingY;
            }
        }
        if (clean && (result.isEmpty() || y - result.last() > 1))
            result.append(y);
    }
    return result;
}

void TableRowBox::paint(QPainter &painter) const
{
    const qreal bodyHeight = m_height - m_style.ruleWidth;
    for (size_t i = 0; i < m_cells.size(); ++i) {
        const QRectF cell(m_left.at(int(i)), 0, m_width.at(int(i)), bodyHeight);
        if (m_style.background.isValid())
            painter.fillRect(cell, m_style.background);
        m_cells[i].draw(painter, cell.topLeft() + QPointF(m_style.paddingX, m_style.paddingY));
    }
    if (m_style.ruleWidth > 0 && !m_left.isEmpty()) {
        const qreal left = *std::min_element(m_left.cbegin(), m_left.cend());
        qreal right = left;
        for (int i = 0; i < m_left.size(); ++i)
            right = std::max(right, m_left.at(i) + m_width.at(i));
        painter.fillRect(QRectF(left, bodyHeight, right - left, m_style.ruleWidth), m_style.rule);
    }
}

QList<QPair<QRectF, QString>> TableRowBox::links() const
{
    QList<QPair<QRectF, QString>> areas;
    for (size_t i = 0; i < m_cells.size(); ++i) {
        for (auto area : m_cells[i].targetAreas()) {
            area.first.translate(m_left.at(int(i)) + m_style.paddingX, m_style.paddingY);
            areas.append(area);
        }
    }
    return areas;
}

} // namespace Whyboard
