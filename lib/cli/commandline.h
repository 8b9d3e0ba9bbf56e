// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandlineentry.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Whyboard {

// The command line: `whyboard [LIBRARY]` opens the window; the verbs (--list, --import,
// --export-json, ...) run without a window or a display, print one clear line on stderr when
// they fail, and exit with 0 (done), 1 (usage error) or 2 (bad input or an unusable file).
// QCommandLineParser reads the arguments against entries(), the one list of every verb and
// option.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CommandLine)

public:
    enum ExitCode { Success = 0, UsageError = 1, InputError = 2 };

    // Every verb and option, -h and -v too, with its value's name, its shape and its help (in
    // --help's order). The parser, --help and the checks of the man page and of the README's
    // table all read this list.
    static QList<CommandLineEntry> entries();
    // True when the arguments are for the command line rather than the window: a verb, an
    // option, or an option Whyboard does not have (a usage error run() reports), but not Qt's
    // own (-style fusion). Call it before the application object exists: run() then uses these
    // arguments, because QGuiApplication removes "--session" from argv.
    static bool hasVerb(int argc, char **argv);
    // The window's arguments, from the application's (Qt's own options already taken out):
    // the library to open, if one is named; "--" lets a name start with a dash.
    static QStringList windowArguments(const QStringList &applicationArguments);
    // Qt's own and Whyboard's translations for the system locale.
    static void installTranslations(QCoreApplication &application);
    // Runs the verb in arguments (arguments[0] is the program) and returns the exit code.
    static int run(const QStringList &arguments);
    // What --help prints.
    static QString usage();
};

} // namespace Whyboard
