// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelineimportoptions.h"
#include "timelineimport/timelineimportresult.h"
#include "timelineimport/timelinesourcepeek.h"

#include <QCoreApplication>

namespace Whyboard {

// Reads a Slack workspace export, the ZIP Slack sends or the folder it unpacks to:
// channels.json (and groups.json, mpims.json, dms.json), users.json, and one CHANNEL/DAY.json
// per channel and day. Only the chosen channel's day files within the chosen range are opened,
// one at a time, so a long range of a large export is read in bounded memory.
class SlackExportReader
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::SlackExportReader)

public:
    // A ZIP whose table of contents has channels.json or users.json, or a folder with channels.json.
    static bool recognises(const TimelineSourcePeek &peek);
    static TimelineImportResult read(const QString &path, const TimelineImportOptions &options,
                                     const ImportProgress &progress);
};

} // namespace Whyboard
