// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandlineentry.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Whyboard {

// What --help prints, from the list of verbs and options: each shape on its own line (wrapped
// between its bracketed parts), its help indented below it, both within 80 columns.
class CommandLineHelp
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CommandLine)

public:
    static QString text(const QList<CommandLineEntry> &entries);
    // The text in lines of at most `width` columns after `indent` spaces; a word longer than a
    // line (an address) stays whole. Breaks only between parts: spaces inside [...] do not count.
    static QStringList wrapped(const QString &text, int indent, int continuationIndent, int width = 80);
};

} // namespace Whyboard
