// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Whyboard {

struct LibraryVerbArguments;

// whyboard --import-timeline FILE --session ID [--channel NAME] [--since TIME] [--until TIME]
// [--time-zone ZONE] [--format NAME] [LIBRARY]: the window's timeline import without the
// preview. Every entry that parses and is not already in the timeline is added as one step;
// a bad file changes nothing and names the file and line (exit 2).
class ImportTimelineVerb
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::ImportTimelineVerb)

public:
    static int run(const LibraryVerbArguments &arguments);
};

} // namespace Whyboard
