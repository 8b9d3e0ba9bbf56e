// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace Whyboard {

// How the columns of a CSV file become timeline events. Unset fields are guessed from the
// file (the delimiter, whether the first row names the columns, which column holds what).
struct CsvColumnMapping
{
    enum class Header { Guess, FirstRow, None };
    // Slashed dates (06/04/2017): day or month first. Guess: from the column's values, else
    // the locale's order.
    enum class DateOrder { Guess, DayFirst, MonthFirst };

    QChar delimiter; // ',', ';' or '\t'; null to guess
    Header header = Header::Guess;
    int timeColumn = -1; // 0-based; -1 to guess
    int textColumn = -1;
    int authorColumn = -1; // -1: no author (when not guessed)
    int kindColumn = -1;   // -1: the kind comes from the words
    bool guessColumns = true; // false: the columns above are the user's choice, -1 meaning none
    DateOrder dateOrder = DateOrder::Guess;

    friend bool operator==(const CsvColumnMapping &a, const CsvColumnMapping &b)
    {
        return a.delimiter == b.delimiter && a.header == b.header && a.timeColumn == b.timeColumn
               && a.textColumn == b.textColumn && a.authorColumn == b.authorColumn && a.kindColumn == b.kindColumn
               && a.guessColumns == b.guessColumns && a.dateOrder == b.dateOrder;
    }
};

} // namespace Whyboard
