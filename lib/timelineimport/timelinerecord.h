// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include <QDateTime>
#include <QString>

namespace Whyboard {

// One entry read from an incident tool's export (a chat message, a paging log entry, a CSV
// row), before it becomes a timeline event.
struct TimelineRecord
{
    // Where it came from, for the preview and for errors: "incident/2017-04-06.json #12",
    // "line 14".
    QString location;
    QDateTime at; // with a fixed offset: the source's own, else the chosen zone's at that instant
    QString author; // empty when the source names nobody
    QString text;
    EventKind kind = EventKind::Note;
    // The source's own event type ("trigger_log_entry", "thread reply"); empty for plain messages.
    QString sourceType;
    // Why this entry is not proposed for the timeline ("someone joined the channel"); empty when it is.
    QString skipReason;
};

} // namespace Whyboard
