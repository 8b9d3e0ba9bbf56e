// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/libraryverbs.h"

#include "cli/commandline.h"
#include "cli/commandlinearguments.h"
#include "cli/copylibraryverb.h"
#include "cli/followupsverb.h"
#include "cli/importtimelineverb.h"
#include "cli/searchverb.h"
#include "cli/libraryreportverb.h"
#include "cli/statsverb.h"
#include "cli/verboutput.h"
#include "data/enums.h"
#include "data/safetext.h"
#include "storage/library.h"

#include <QDir>

namespace Whyboard {

std::optional<QString> LibraryVerbArguments::option(const char *name) const
{
    const auto found = values.constFind(QLatin1String(name));
    if (found == values.cend())
        return std::nullopt;
    return *found;
}

namespace {

using LibraryVerbFunction = int (*)(const LibraryVerbArguments &);

struct LibraryVerb
{
    const char *name;
    const char *valueName; // "OUT.ics", "TEXT"; nullptr when the verb takes no argument of its own
    // Its options, space-separated; a word in capitals is the value of the option before it:
    // "--json --since DATE --owner NAME".
    const char *options;
    LibraryVerbFunction run;
    const char *help;
    // "TO": the library must be given, and --help names it so; nullptr for [LIBRARY], which
    // defaults to the user's library.
    const char *libraryName = nullptr;
};

int listSessions(const LibraryVerbArguments &arguments)
{
    int exitCode = CommandLine::Success;
    const std::unique_ptr<Library> library =
        VerbOutput::openLibrary(arguments.libraryPath, Library::OpenMode::ReadOnly, &exitCode);
    if (!library)
        return exitCode;
    const QList<SessionSummary> sessions = library->sessions();
    if (!library->lastError().isEmpty())
        return VerbOutput::failure(CommandLine::InputError,
                                   LibraryVerbs::tr("cannot list the sessions of “%1”: %2")
                                       .arg(QDir::toNativeSeparators(library->path()), library->lastError()));
    for (const SessionSummary &summary : sessions) {
        // One arg() call: a title holding "%3" must stay the title. A title's control
        // characters are not sent to the terminal, which would obey them.
        VerbOutput::printLine(stdout, QStringLiteral("%1\t%2\t%3\t%4")
                                          .arg(QString::number(summary.id),
                                               SafeText::terminalLine(VerbOutput::oneLine(summary.title)),
                                               QString::number(summary.severity), keyOf(summary.status)));
    }
    return CommandLine::Success;
}

const LibraryVerb libraryVerbs[] = {
    {"--list", nullptr, "", listSessions,
     QT_TRANSLATE_NOOP("Whyboard::LibraryVerbs", "one session a line: id, title, severity, status")},
    {"--followups", nullptr, "--json --owner NAME --overdue", FollowUpsVerb::list,
     QT_TRANSLATE_NOOP("Whyboard::LibraryVerbs", "one open or in-progress action a line: session id, session title, action, owner, due, status")},
    {"--export-ics", "OUT.ics", "--owner NAME", FollowUpsVerb::exportIcs,
     QT_TRANSLATE_NOOP("Whyboard::LibraryVerbs", "write the actions' due dates as calendar to-dos (iCalendar)")},
    {"--export-actions-csv", "OUT.csv", "--owner NAME", FollowUpsVerb::exportCsv,
     QT_TRANSLATE_NOOP("Whyboard::LibraryVerbs", "write the actions as CSV for a tracker's importer (Jira, GitHub tools)")},
    {"--search", "TEXT", "--json", SearchVerb::run,
     QT_TRANSLATE_NOOP("Whyboard::LibraryVerbs",
                       "search titles, summaries, cards, evidence, timeline and actions, best match first: "
                       "session, title, where, snippet with the match in » «")},
    {"--import-timeline", "FILE", "!--session ID --channel NAME --since TIME --until TIME --time-zone ZONE --format NAME",
     ImportTimelineVerb::run,
     QT_TRANSLATE_NOOP("Whyboard::LibraryVerbs",
                       "add a session's timeline from a Slack or Mattermost export, PagerDuty or Opsgenie log, or CSV; "
                       "entries already in the timeline are not added again")},
    {"--stats", nullptr, "--json --quarterly --since DATE --until DATE", StatsVerb::run,
     QT_TRANSLATE_NOOP("Whyboard::LibraryVerbs",
                       "incidents by severity, time to detect and resolve, cost and follow-up per month (or quarter)")},
    {"--export-library-pdf", "OUT.pdf", "--since DATE --until DATE --language LANG", LibraryReportVerb::run,
     QT_TRANSLATE_NOOP("Whyboard::LibraryVerbs", "the library report: trends, causes and follow-ups of the period as PDF")},
    {"--copy-library", "FROM", "--force", CopyLibraryVerb::run,
     QT_TRANSLATE_NOOP("Whyboard::LibraryVerbs",
                       "copy every session (the trash too) and the cause categories from one library to another, a file "
                       "or a postgresql:// server either way, under the same ids, and check that each reads back the same; "
                       "TO must hold no session, or with --force none under an id FROM uses"),
     "TO"},
};

const LibraryVerb *findVerb(const QString &name)
{
    for (const LibraryVerb &verb : libraryVerbs) {
        if (QString(QStringLiteral("--") + name) == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

struct OptionSpec
{
    QString name; // without its dashes
    QString valueName; // empty for a flag
    bool required = false; // written "!--session ID" in the row
};

QList<OptionSpec> optionsOf(const LibraryVerb &verb)
{
    QList<OptionSpec> specs;
    for (const QString &word : QString::fromLatin1(verb.options).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(QLatin1String("!--")))
            specs.append({word.mid(3), {}, true});
        else if (word.startsWith(QLatin1String("--")) || specs.isEmpty())
            specs.append({word.mid(2), {}});
        else
            specs.last().valueName = word;
    }
    return specs;
}

} // namespace

QList<CommandLineEntry> LibraryVerbs::entries()
{
    QList<CommandLineEntry> entries;
    for (const LibraryVerb &verb : libraryVerbs) {
        CommandLineEntry entry;
        entry.kind = CommandLineEntry::Kind::Verb;
        entry.name = QLatin1String(verb.name).mid(2);
        entry.valueName = verb.valueName ? QLatin1String(verb.valueName) : QLatin1String();
        QString shape = QLatin1String(verb.name);
        if (verb.valueName)
            shape += QLatin1Char(' ') + QLatin1String(verb.valueName);
        for (const OptionSpec &spec : optionsOf(verb)) {
            const QString option = QStringLiteral("--") + spec.name;
            shape += QString::fromLatin1(spec.required ? " %1" : " [%1]")
                         .arg(spec.valueName.isEmpty() ? option : QString(option + QLatin1Char(' ') + spec.valueName));
            entry.options.append(spec.name);
        }
        shape += verb.libraryName ? QLatin1Char(' ') + QLatin1String(verb.libraryName) : QStringLiteral(" [LIBRARY]");
        entry.synopsis = shape;
        entry.help = tr(verb.help);
        entries.append(entry);
    }
    return entries;
}

bool LibraryVerbs::isVerb(const QString &name)
{
    return findVerb(name) != nullptr;
}

QString LibraryVerbs::libraryName(const QString &verb)
{
    const LibraryVerb *found = findVerb(verb);
    return found && found->libraryName ? QLatin1String(found->libraryName) : QLatin1String();
}

int LibraryVerbs::run(const QString &verbName, const CommandLineArguments &arguments, const QString &libraryPath)
{
    const LibraryVerb *verb = findVerb(verbName);
    if (!verb)
        return VerbOutput::failure(CommandLine::UsageError, tr("no command given (see --help)"));
    LibraryVerbArguments parsed;
    parsed.verb = QLatin1String(verb->name);
    if (verb->valueName)
        parsed.value = arguments.values(verbName).constLast();
    parsed.libraryPath = libraryPath;
    for (const OptionSpec &spec : optionsOf(*verb)) {
        if (!arguments.isSet(spec.name))
            continue;
        const QString option = QStringLiteral("--") + spec.name;
        if (spec.valueName.isEmpty())
            parsed.flags.insert(option);
        else
            parsed.values.insert(option, arguments.values(spec.name).constLast());
    }
    return verb->run(parsed);
}

QString LibraryVerbs::dateRange(const LibraryVerbArguments &arguments, QDate *since, QDate *until)
{
    QString error;
    if (const std::optional<QDate> first = dateOption(arguments, "--since", false, &error))
        *since = *first;
    if (const std::optional<QDate> last = dateOption(arguments, "--until", true, &error))
        *until = *last;
    return error;
}

std::optional<QDate> LibraryVerbs::dateOption(const LibraryVerbArguments &arguments, const char *name, bool endOfPeriod,
                                              QString *error)
{
    const std::optional<QString> text = arguments.option(name);
    if (!text)
        return std::nullopt;
    QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid()) {
        date = QDate::fromString(*text + QStringLiteral("-01"), Qt::ISODate);
        if (date.isValid() && endOfPeriod)
            date = date.addMonths(1).addDays(-1);
    }
    if (!date.isValid())
        *error = tr("%1 needs a date as 2017-02-28 or 2017-02, not “%2”").arg(QLatin1String(name), *text);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace Whyboard
