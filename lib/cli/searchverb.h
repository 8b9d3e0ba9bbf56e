// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Whyboard {

struct LibraryVerbArguments;

// `whyboard --search TEXT [--json] [LIBRARY]`: the library's search, best match first, one
// matching item a line: session, title, where (title, summary, card:ID, evidence:ID,
// timeline:ID, action:ID, owner:ID) and a snippet with the match between » and «. With
// --json an array of objects with the match as code-point offsets and as marked text.
class SearchVerb
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::SearchVerb)

public:
    static int run(const LibraryVerbArguments &arguments);
};

} // namespace Whyboard
