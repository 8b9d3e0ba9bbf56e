// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandlineentry.h"

#include <QList>
#include <QString>

namespace Whyboard {

class CommandLineArguments;

// The verbs on one stored session (--export-json, --export-pdf, ..., --check): each opens the
// library read-only, loads the session --session names and hands it to one function.
class SessionVerbs
{
public:
    // One entry per verb, with its shape ("--export-pdf OUT --session ID [--language LANG] ...")
    // and the options it takes.
    static QList<CommandLineEntry> entries();
    static bool isVerb(const QString &name);
    // Runs the verb named `verb` (without dashes) on the library; returns the exit code.
    static int run(const QString &verb, const CommandLineArguments &arguments, const QString &libraryPath);
};

} // namespace Whyboard
