// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelinesourcepeek.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <initializer_list>

namespace Whyboard {

// The header of a paging system's CSV export: finds a column under any of the names the tool
// has used for it over the years ("created_on", "Created", "Created At"), ignoring case,
// spaces and underscores; and reads the times those exports write.
class PagingCsvColumns
{
public:
    explicit PagingCsvColumns(const QStringList &header);

    // The 0-based column with one of the names, the first name found first; -1 when none.
    int find(std::initializer_list<const char *> names) const;
    bool has(std::initializer_list<const char *> names) const { return find(names) >= 0; }

    // The first record of a peeked file (a CSV's header), split with its own delimiter.
    static QStringList headerOf(const TimelineSourcePeek &peek);

    // ISO 8601 (offsets kept as ImportTime::parseIso keeps them), epoch seconds or
    // milliseconds, "2017/04/06 18:42:10", "04/06/2017 18:42" (US order, as both tools write
    // for their US accounts); invalid otherwise.
    static QDateTime parseTime(const QString &text, const QTimeZone &zone);

    // A time some milliseconds after start ("seconds_to_first_ack", Opsgenie's "AckTime"):
    // in the zone when start was shown in it (so a daylight-saving change between them is
    // right), else with start's own written offset.
    static QDateTime after(const QDateTime &start, qint64 milliseconds, const QTimeZone &zone);

    // The field of a row, empty when the column is -1 or the row is short.
    static QString field(const QStringList &row, int column) { return column >= 0 ? row.value(column).trimmed() : QString(); }

private:
    static QString normalised(const QString &name);
    QStringList m_names;
};

} // namespace Whyboard
