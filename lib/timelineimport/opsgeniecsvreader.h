// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelineimportoptions.h"
#include "timelineimport/timelineimportresult.h"
#include "timelineimport/timelinesourcepeek.h"

#include <QCoreApplication>

namespace Whyboard {

// Opsgenie's CSV exports, in either of their shapes: an alert's activity log (a time, the
// log line, its owner and type per row), read as the JSON log is; or the alert list (one
// alert per row with CreatedAt, AckTime / AcknowledgedBy, CloseTime / ClosedBy), read as
// created, acknowledged and closed steps of the timeline.
class OpsgenieCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::OpsgenieCsvReader)

public:
    static bool recognises(const TimelineSourcePeek &peek);
    static TimelineImportResult read(const QString &path, const TimelineImportOptions &options,
                                     const ImportProgress &progress);
};

} // namespace Whyboard
