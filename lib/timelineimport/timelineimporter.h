// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelineimportoptions.h"
#include "timelineimport/timelineimportresult.h"
#include "timelineimport/timelinesourcepeek.h"

#include <QCoreApplication>

namespace Whyboard {

// Reads an incident tool's export (a file or an unpacked folder) into timeline records: finds
// the format when asked to, hands the file to that format's reader, and keeps the import
// bounded: at most maxRecords entries in range, or an error and nothing.
class TimelineImporter
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::TimelineImporter)

public:
    // More entries than a timeline could hold in one range means the range is wrong.
    static constexpr int maxRecords = 50000;

    static TimelineImportResult read(const QString &path, const TimelineImportOptions &options,
                                     const ImportProgress &progress = {});
    // The format of the file or folder, or Detect when none is recognised.
    static TimelineFormat detect(const QString &path);
    static TimelineFormat detect(const TimelineSourcePeek &peek);
    static TimelineSourcePeek peek(const QString &path);
};

} // namespace Whyboard
