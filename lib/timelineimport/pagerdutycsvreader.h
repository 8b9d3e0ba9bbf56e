// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelineimportoptions.h"
#include "timelineimport/timelineimportresult.h"
#include "timelineimport/timelinesourcepeek.h"

#include <QCoreApplication>

namespace Whyboard {

// PagerDuty's incidents CSV (Incidents → Download CSV, the incident reports, Analytics'
// download): one row per incident, read as three steps of the timeline: triggered when
// created, acknowledged after seconds_to_first_ack (or at the acknowledged time), resolved.
class PagerDutyCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::PagerDutyCsvReader)

public:
    static bool recognises(const TimelineSourcePeek &peek);
    static TimelineImportResult read(const QString &path, const TimelineImportOptions &options,
                                     const ImportProgress &progress);
};

} // namespace Whyboard
