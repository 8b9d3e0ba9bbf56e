// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Whyboard {

// The command-line verbs (--list, --import, --export-json, ...): they run without a window
// or a display, print one clear line on stderr when they fail, and exit with
// 0 (done), 1 (usage error) or 2 (bad input or an unusable file).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CommandLine)

public:
    enum ExitCode { Success = 0, UsageError = 1, InputError = 2 };

    // True when the arguments name a known verb, so main() must not open a window.
    // Call it before the application object exists: run() then uses these arguments,
    // because QGuiApplication removes "--session" from argv.
    static bool hasVerb(int argc, char **argv);
    // Any verb, of one session or of the whole library.
    static bool isVerb(const QString &argument);
    // Qt's own and Whyboard's translations for the system locale.
    static void installTranslations(QCoreApplication &application);
    // Runs the verb in arguments (arguments[0] is the program) and returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace Whyboard
