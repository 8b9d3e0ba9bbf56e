// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Whyboard {

struct LibraryVerbArguments;

// whyboard --copy-library FROM [--force] TO: every session of one library, the trash's with
// their deletion times, and the cause categories, into another (a file or a PostgreSQL
// server, either way), under the same ids. The copy is one transaction on the target and is
// read back before it commits; a failed copy keeps nothing, and a target file it created is
// removed again (exit 2).
class CopyLibraryVerb
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CopyLibraryVerb)

public:
    static int run(const LibraryVerbArguments &arguments);
};

} // namespace Whyboard
