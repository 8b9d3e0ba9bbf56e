// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Whyboard {

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
    static bool isVerb(const QString &argument);
    // Every option any library verb takes ("--json", "--since", ...), so that the window is
    // not opened on them.
    static bool isOption(const QString &argument);
    // arguments[0] is the program; returns the exit code.
    static int run(const QStringList &arguments);
    // The --help rows: "--stats [--json] [--since DATE] ... [LIBRARY]" and its line.
    static QList<std::pair<QString, QString>> usageRows();
    // A date option: yyyy-MM-dd, or yyyy-MM for the month's first day (the last day when
    // endOfPeriod). Null after setting *error when malformed.
    static std::optional<QDate> dateOption(const LibraryVerbArguments &arguments, const char *name,
                                           bool endOfPeriod, QString *error);
    // --since and --until, each left as it is when not given; the error message, or empty.
    static QString dateRange(const LibraryVerbArguments &arguments, QDate *since, QDate *until);
};

} // namespace Whyboard
