// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Whyboard {

struct LibraryVerbArguments;

// whyboard --export-library-pdf OUT.pdf [--since DATE] [--until DATE] [--language LANG] [LIBRARY]
class LibraryReportVerb
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::LibraryReportVerb)

public:
    static int run(const LibraryVerbArguments &arguments);
};

} // namespace Whyboard
