// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandlineentry.h"

#include <QCoreApplication>
#include <QList>

namespace Whyboard {

// The options the verbs take (--session, --language, --json, --since, ...), each once, with
// its value's name and its line for --help. Which verb takes which is in the verbs' own tables.
class CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CommandLine)

public:
    static QList<CommandLineEntry> entries();
    // --language, --sections and --summary: --help lists them as the options for the exports.
    static bool isExportOption(const QString &name);
};

} // namespace Whyboard
