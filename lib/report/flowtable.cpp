// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/flowtable.h"

#include "report/reportflow.h"

namespace Whyboard {

FlowTable::FlowTable(const QList<Column> &columns, qreal width)
    : m_columns(columns)
    , m_width(width)
{
}

void FlowTable::setHeader(TableRowBox *header)
{
    m_header = header;
    // A header names itself, so pagination knows not to repeat it above itself.
    header->repeatedHeader = header;
}

void FlowTable::addRow(TableRowBox *row)
{
    row->repeatedHeader = m_header;
    m_rows.append(row);
}

QList<qreal> FlowTable::widths(const QList<Column> &columns, const QList<qreal> &minimums, qreal total)
{
    const int count = int(columns.size());
    QList<qreal> result(count, 0);
    QList<bool> fixed(count, false);
    // Each round fixes the columns whose share is below their minimum; the rest share what is left.
    for (int round = 0; round <= count; ++round) {
        qreal freeWeight = 0;
        qreal freeWidth = total;
        for (int i = 0; i < count; ++i) {
            if (fixed.at(i))
                freeWidth -= result.at(i);
            else
                freeWeight += columns.at(i).weight;
        }
        bool changed = false;
        for (int i = 0; i < count; ++i) {
            if (fixed.at(i))
                continue;
            const qreal share = freeWeight > 0 ? std::max<qreal>(0, freeWidth) * columns.at(i).weight / freeWeight : 0;
            const qreal minimum = minimums.value(i);
            if ((columns.at(i).keepWords || columns.at(i).whole) && share < minimum) {
                result[i] = minimum;
                fixed[i] = true;
                changed = true;
            } else {
                result[i] = share;
            }
        }
        if (!changed)
            break;
    }
    // Words that cannot fit even so: shrink everything alike rather than spill off the page.
    qreal sum = 0;
    for (qreal w : std::as_const(result))
        sum += w;
    if (sum > total && sum > 0) {
        for (qreal &w : result)
            w *= total / sum;
    }
    return result;
}

void FlowTable::finish()
{
    const int count = int(m_columns.size());
    QList<qreal> minimums(count, 0);
    for (int i = 0; i < count; ++i) {
        if (!m_columns.at(i).keepWords && !m_columns.at(i).whole)
            continue;
        if (m_header)
            minimums[i] = m_header->minimumWidth(i);
        for (const TableRowBox *row : std::as_const(m_rows))
            minimums[i] = std::max(minimums.at(i), row->minimumWidth(i));
    }
    const QList<qreal> width = widths(m_columns, minimums, m_width);
    QList<qreal> left(count, 0);
    const bool rightToLeft = ReportFlow::direction() == Qt::RightToLeft;
    qreal x = 0;
    for (int i = 0; i < count; ++i) {
        left[i] = rightToLeft ? m_width - x - width.at(i) : x;
        x += width.at(i);
    }
    if (m_header) {
        m_header->layout(left, width);
        m_header->keepWithNext = !m_rows.isEmpty();
    }
    for (TableRowBox *row : std::as_const(m_rows))
        row->layout(left, width);
    // A header with a single row under it, or a last row alone on a page, reads as an accident.
    if (m_rows.size() >= 3)
        m_rows.first()->keepWithNext = true;
    if (m_rows.size() >= 3)
        m_rows.at(m_rows.size() - 2)->keepWithNext = true;
}

} // namespace Whyboard
