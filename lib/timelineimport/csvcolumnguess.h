// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"
#include "timelineimport/csvcolumnmapping.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Whyboard {

// Which column of a CSV holds the time, the text, the author and the kind: from the header's
// names (English, German, French), else from the values (the column of times, the longest
// text). What a CSV's kind column says, as an event kind.
class CsvColumnGuess
{
public:
    enum class Role { None, Time, Text, Author, Kind };

    // The role a header name stands for: "created_at" and "Zeit" are Time, "Nachricht" Text...
    static Role roleOfName(const QString &name);
    // True when the first row names the columns: one of its names is known, or it has no
    // time where the rows below have theirs.
    static bool looksLikeHeader(const QStringList &firstRow, const QList<QStringList> &rows);
    // The mapping with every column still -1 guessed (header: the names, empty when the file
    // has none; rows: the first data rows). A column is used once; author and kind stay -1
    // when nothing tells.
    static CsvColumnMapping guess(const QStringList &header, const QList<QStringList> &rows, CsvColumnMapping mapping);

    // A kind column's value in words ("trigger", "acknowledged", "Eskalation", "résolu") as
    // an event kind; nullopt when it says none.
    static std::optional<EventKind> kindOfType(const QString &value);
    // The kind column's value when it says one, else the kind the text's words suggest.
    static EventKind kindOf(const QString &typeValue, const QString &text);
};

} // namespace Whyboard
