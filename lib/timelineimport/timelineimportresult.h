// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/csvcolumnmapping.h"
#include "timelineimport/timelineformat.h"
#include "timelineimport/timelinerecord.h"

#include <QList>
#include <QStringList>

namespace Whyboard {

// What one read of an export gave: every entry in range (proposed or skipped with a reason),
// or an error and nothing at all, so an import is whole or not done.
struct TimelineImportResult
{
    TimelineFormat format = TimelineFormat::Detect; // the format read (detected or given)
    QList<TimelineRecord> records;                  // in the source's order
    int outsideRange = 0;                           // entries before since or after until, not kept
    // Slack, Mattermost: every channel found, and the one read (empty when several were found
    // and none was chosen: then records is empty and the caller asks for one).
    QStringList channels;
    QString channel;
    // CSV: the column names (the header's, else "Column 1", ...), the first rows as read for
    // the mapping's preview, and the mapping used, with every guess filled in.
    QStringList columns;
    QList<QStringList> sampleRows;
    CsvColumnMapping csv;
    // CSV: the first row's names as written when it is the header (else empty): what
    // CsvMappingMemory remembers the user's mapping by.
    QStringList csvHeader;
    // CSV: what the preview should tell about the reading ("06/04/2017 could be 6 April or
    // 4 June: read day first ..."); empty when nothing was in doubt.
    QString csvNote;
    // Set when nothing can be imported: names the file and, where there is one, the line
    // ("export.csv, line 14: a quoted field is never closed").
    QString error;
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

} // namespace Whyboard
