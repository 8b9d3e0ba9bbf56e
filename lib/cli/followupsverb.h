// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/libraryverbs.h"

#include <QCoreApplication>

namespace Whyboard {

// The follow-ups on the command line: --followups lists the open and in-progress actions of
// every session; --export-ics and --export-actions-csv write them for a calendar and for a
// tracker's importer.
class FollowUpsVerb
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::FollowUpsVerb)

public:
    static int list(const LibraryVerbArguments &arguments);
    static int exportIcs(const LibraryVerbArguments &arguments);
    static int exportCsv(const LibraryVerbArguments &arguments);
};

} // namespace Whyboard
