// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/csvcolumnmapping.h"
#include "timelineimport/timelineformat.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace Whyboard {

// Reports how far a read has come (bytes or entries done of total, total 0 when unknown) and
// returns false to stop it: a long read on a huge export can be cancelled from the preview.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// What the user chose for one import.
struct TimelineImportOptions
{
    TimelineFormat format = TimelineFormat::Detect;
    // Slack and Mattermost: the channel to read (its name, without '#'). Empty: the only one,
    // or, when there are several, none is read and the result lists them to choose from.
    QString channel;
    // Only entries at or after since and at or before until; an invalid bound is open.
    QDateTime since;
    QDateTime until;
    // The zone of times written without an offset, and the zone epoch times are shown in:
    // each time gets the zone's offset at that instant, so daylight-saving changes are right.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    CsvColumnMapping csv; // any CSV
};

} // namespace Whyboard
