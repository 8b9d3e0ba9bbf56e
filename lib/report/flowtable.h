// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/tablerowbox.h"
#include "report/textlines.h"

#include <QList>

namespace Whyboard {

// A table being added to the report: its columns, its header row (repeated on every page the
// table continues on) and its rows. Column widths follow the weights but never cut a word in a
// column that must not wrap inside words (names, dates, figures); the widths are settled once
// every row is known.
class FlowTable
{
public:
    struct Column
    {
        qreal weight = 1;
        bool keepWords = false; // names: never broken inside a word
        bool whole = false;     // dates, kinds, figures: never broken at all
    };

    FlowTable(const QList<Column> &columns, qreal width);

    void setHeader(TableRowBox *header);
    void addRow(TableRowBox *row);
    // Sets the column widths, lays out every row and the keep-together rules: the header
    // stays with the first two rows, the last two rows stay together.
    void finish();

    // Widths for total: weights first, then every keepWords column widened to its minimum,
    // taking the room from the others in proportion (exposed for tests).
    static QList<qreal> widths(const QList<Column> &columns, const QList<qreal> &minimums, qreal total);

private:
    QList<Column> m_columns;
    qreal m_width;
    TableRowBox *m_header = nullptr;
    QList<TableRowBox *> m_rows;
};

} // namespace Whyboard
