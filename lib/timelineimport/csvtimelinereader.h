// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelineimportoptions.h"
#include "timelineimport/timelineimportresult.h"
#include "timelineimport/timelinesourcepeek.h"

#include <QCoreApplication>

namespace Whyboard {

// Any CSV as a timeline: one event per row, its columns mapped to time, text, author and kind
// by the user's choice, else the mapping remembered for the same header, else a guess. The
// file is streamed; the result also carries what the mapping preview shows (the column
// names, the first rows, the mapping used).
class CsvTimelineReader
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CsvTimelineReader)

public:
    static constexpr int sampleRowCount = 20;

    // A text file whose first rows split into the same two or more columns.
    static bool recognises(const TimelineSourcePeek &peek);
    static TimelineImportResult read(const QString &path, const TimelineImportOptions &options,
                                     const ImportProgress &progress = {});
};

} // namespace Whyboard
