// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace Whyboard {

// The times of an import, each with a fixed offset as the timeline keeps them.
class ImportTime
{
public:
    // An instant (epoch milliseconds: Slack's ts, Mattermost's create_at) with the zone's
    // offset at that instant, so a log across a daylight-saving change keeps the right offsets.
    static QDateTime instantInZone(qint64 msecsSinceEpoch, const QTimeZone &zone);
    // A wall-clock time written without an offset, read in the zone (its offset on that day).
    static QDateTime wallClockInZone(const QDate &date, const QTime &time, const QTimeZone &zone);
    // ISO 8601 ("2017-04-06T18:42:10-07:00", "...Z", "2017-04-06 18:42:10.123", "...+0200"):
    // an offset other than UTC is kept as written; a UTC time ('Z', "+00:00") is shown in the
    // zone, as the tools write UTC for machines, not for the team; no offset: wall clock in
    // the zone. Invalid when the text is not such a time.
    static QDateTime parseIso(const QString &text, const QTimeZone &zone);
    // Slack's "1491504120.000200" (seconds, fraction): epoch milliseconds, or -1.
    static qint64 epochSecondsText(const QString &text);
    // True when at lies within since..until (an invalid bound is open).
    static bool inRange(const QDateTime &at, const QDateTime &since, const QDateTime &until);
};

} // namespace Whyboard
