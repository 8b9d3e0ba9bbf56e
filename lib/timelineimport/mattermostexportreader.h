// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelineimportoptions.h"
#include "timelineimport/timelineimportresult.h"
#include "timelineimport/timelinesourcepeek.h"

#include <QCoreApplication>

namespace Whyboard {

// Reads a Mattermost bulk export (JSON lines: version, team, channel, user, post,
// direct_channel, direct_post, reply), one line at a time, so an export of any size is read
// in bounded memory. Posts of the chosen channel within the range become records, their
// replies too, in time order.
class MattermostExportReader
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::MattermostExportReader)

public:
    static constexpr qint64 maxLineBytes = 64 * 1024 * 1024;

    // The first line is {"type":"version",...}, or the first lines hold posts.
    static bool recognises(const TimelineSourcePeek &peek);
    static TimelineImportResult read(const QString &path, const TimelineImportOptions &options,
                                     const ImportProgress &progress);
};

} // namespace Whyboard
