// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelineimportoptions.h"
#include "timelineimport/timelineimportresult.h"
#include "timelineimport/timelinesourcepeek.h"

#include <QCoreApplication>

namespace Whyboard {

// Opsgenie's alert log as its API returns it (GET /v2/alerts/{id}/logs):
// {"data": [{"log", "type", "owner", "createdAt", "offset"}], "paging": ...}, a bare array of
// entries, or several pages saved as an array. The log's words give the kind: created,
// acknowledged, escalated, closed; notes stay notes; each notification sent to one person is
// listed but skipped.
class OpsgenieLogReader
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::OpsgenieLogReader)

public:
    static bool recognises(const TimelineSourcePeek &peek);
    static TimelineImportResult read(const QString &path, const TimelineImportOptions &options,
                                     const ImportProgress &progress);
    // The kind of one log line ("Alert acknowledged via Web") of the given log type
    // ("system", "alertNote", ...), and why it is skipped when it is: a notification to one
    // person, a repeat of the alert. Shared with the CSV export of the same log.
    static void classify(const QString &log, const QString &type, TimelineRecord *record);
};

} // namespace Whyboard
