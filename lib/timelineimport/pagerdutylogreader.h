// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelineimportoptions.h"
#include "timelineimport/timelineimportresult.h"
#include "timelineimport/timelinesourcepeek.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Whyboard {

// PagerDuty's incident log as its REST API returns it (GET /incidents/{id}/log_entries or
// /log_entries): {"log_entries": [...]}, a bare array of entries, or several pages saved as an
// array. Triggers, acknowledgements, escalations and resolutions become the timeline's
// Trigger, Detection, Escalation and Resolution; notes become notes; the notifications sent
// to each person are listed but skipped, as the escalation already says who was paged.
class PagerDutyLogReader
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::PagerDutyLogReader)

public:
    static bool recognises(const TimelineSourcePeek &peek);
    static TimelineImportResult read(const QString &path, const TimelineImportOptions &options,
                                     const ImportProgress &progress);
    // One log entry as a record (location and time aside): kind, author, text, skip reason.
    static TimelineRecord record(const QJsonObject &entry);
};

} // namespace Whyboard
