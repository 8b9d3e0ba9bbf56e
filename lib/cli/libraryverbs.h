// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandlineentry.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Whyboard {

class CommandLineArguments;

// What a verb over the whole library was given: its own argument (an output file, a search
// text), the library, and the options its row declares.
struct LibraryVerbArguments
{
    QString verb;
    QString value; // empty when the verb takes none
    QString libraryPath;
    QSet<QString> flags;            // "--json"
    QHash<QString, QString> values; // "--since" -> "2017-01-01"

    bool has(const char *flag) const { return flags.contains(QLatin1String(flag)); }
    std::optional<QString> option(const char *name) const;
};

// The verbs that read across the library (--list, --stats, --followups, --search, ...).
// Adding one is one row in libraryverbs.cpp: its name, its own argument, its options and a
// function; parsing, usage errors and --help come from the row.
class LibraryVerbs
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::LibraryVerbs)

public:
    // One entry per verb, with its shape ("--stats [--json] [--since DATE] ... [LIBRARY]") and
    // the options it takes.
    static QList<CommandLineEntry> entries();
    static bool isVerb(const QString &name);
    // What the verb calls the library it must be given ("TO"); empty when it takes [LIBRARY],
    // which defaults to the user's library.
    static QString libraryName(const QString &verb);
    // Runs the verb named `verb` (without dashes) on the library; returns the exit code.
    static int run(const QString &verb, const CommandLineArguments &arguments, const QString &libraryPath);
    // A date option: yyyy-MM-dd, or yyyy-MM for the month's first day (the last day when
    // endOfPeriod). Null after setting *error when malformed.
    static std::optional<QDate> dateOption(const LibraryVerbArguments &arguments, const char *name,
                                           bool endOfPeriod, QString *error);
    // --since and --until, each left as it is when not given; the error message, or empty.
    static QString dateRange(const LibraryVerbArguments &arguments, QDate *since, QDate *until);
};

} // namespace Whyboard
