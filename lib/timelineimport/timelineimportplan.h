// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "timelineimport/timelinerecord.h"

#include <QCoreApplication>
#include <QList>

namespace Whyboard {

// One entry of an import as the preview shows it: the event it would add, or why it will not.
struct TimelineImportRow
{
    enum class Status {
        New,               // proposed
        AlreadyInTimeline, // the session has an event at the same instant with the same text
        RepeatedInFile,    // an earlier entry of the same export says the same at the same instant
        Skipped,           // the reader's reason (a join message, a time it could not read)
    };

    TimelineRecord record;
    TimelineEvent event; // no id yet; its text is "author: text" when the entry names one
    Status status = Status::New;
    QString reason; // in words, for every status but New
};

// Decides what an import adds to a session: each new entry once, nothing the timeline already
// has, so a second import of a longer export adds only what is new.
class TimelineImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::TimelineImportPlan)

public:
    static QList<TimelineImportRow> plan(const Session &session, const QList<TimelineRecord> &records);
    // The events of the rows that are New and chosen (chosen empty: every New row).
    static QList<TimelineEvent> eventsToAdd(const QList<TimelineImportRow> &rows, const QList<bool> &chosen = {});
    // Why adding count events would take the session past its limit; empty when it fits.
    static QString limitError(const Session &session, qsizetype count);
    // The event text for a record: "author: text" (or the text), within the session's limits.
    static QString eventText(const TimelineRecord &record);
};

} // namespace Whyboard
