// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/libraryverbs.h"

#include "cli/commandline.h"
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
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

struct OptionSpec
{
    QString name;
    QString valueName; // empty for a flag
    bool required = false; // written "!--session ID" in the row
};

QList<OptionSpec> optionsOf(const LibraryVerb &verb)
{
    QList<OptionSpec> specs;
    for (const QString &word : QString::fromLatin1(verb.options).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(QLatin1String("!--")))
            specs.append({word.mid(1), {}, true});
        else if (word.startsWith(QLatin1String("--")) || specs.isEmpty())
            specs.append({word, {}});
        else
            specs.last().valueName = word;
    }
    return specs;
}

} // namespace

bool LibraryVerbs::isVerb(const QString &argument)
{
    return findVerb(argument) != nullptr;
}

bool LibraryVerbs::isOption(const QString &argument)
{
    for (const LibraryVerb &verb : libraryVerbs) {
        for (const OptionSpec &spec : optionsOf(verb)) {
            if (spec.name == argument)
                return true;
        }
    }
    return false;
}

int LibraryVerbs::run(const QStringList &arguments)
{
    const LibraryVerb *verb = nullptr;
    for (const QString &argument : arguments.mid(1)) {
        if (const LibraryVerb *found = findVerb(argument)) {
            if (verb)
                return VerbOutput::failure(CommandLine::UsageError,
                                           tr("%1 and %2 cannot be combined").arg(QLatin1String(verb->name), argument));
            verb = found;
        }
    }
    if (!verb)
        return VerbOutput::failure(CommandLine::UsageError, tr("no command given (see --help)"));
    const QList<OptionSpec> specs = optionsOf(*verb);
    LibraryVerbArguments parsed;
    parsed.verb = QLatin1String(verb->name);
    QStringList positional;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == parsed.verb) {
            if (verb->valueName) {
                if (i + 1 >= arguments.size())
                    return VerbOutput::failure(CommandLine::UsageError,
                                               tr("%1 needs %2").arg(parsed.verb, QLatin1String(verb->valueName)));
                parsed.value = arguments.at(++i);
            }
            continue;
        }
        const auto spec = std::find_if(specs.cbegin(), specs.cend(), [&](const OptionSpec &s) { return s.name == argument; });
        if (spec != specs.cend()) {
            if (spec->valueName.isEmpty()) {
                parsed.flags.insert(argument);
            } else if (i + 1 >= arguments.size()) {
                return VerbOutput::failure(CommandLine::UsageError, tr("%1 needs %2").arg(argument, spec->valueName));
            } else if (parsed.values.contains(argument)) {
                return VerbOutput::failure(CommandLine::UsageError, tr("%1 is given twice").arg(argument));
            } else {
                parsed.values.insert(argument, arguments.at(++i));
            }
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            return VerbOutput::failure(CommandLine::UsageError, CommandLine::isVerb(argument) || isOption(argument)
                                                                    ? tr("%1 does not take %2").arg(parsed.verb, argument)
                                                                    : tr("unknown option %1 (see --help)").arg(argument));
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() > 1)
        return VerbOutput::failure(CommandLine::UsageError,
                                   tr("more than one library given: %1").arg(positional.join(QStringLiteral(", "))));
    if (positional.isEmpty() && verb->libraryName)
        return VerbOutput::failure(CommandLine::UsageError, tr("%1 needs %2").arg(parsed.verb, QLatin1String(verb->libraryName)));
    parsed.libraryPath = positional.isEmpty() ? Library::defaultPath() : positional.constFirst();
    int refusedCode = CommandLine::Success;
    if (!VerbOutput::acceptsLibrary(parsed.libraryPath, &refusedCode))
        return refusedCode;
    return verb->run(parsed);
}

QList<std::pair<QString, QString>> LibraryVerbs::usageRows()
{
    QList<std::pair<QString, QString>> rows;
    for (const LibraryVerb &verb : libraryVerbs) {
        QString shape = QLatin1String(verb.name);
        if (verb.valueName)
            shape += QLatin1Char(' ') + QLatin1String(verb.valueName);
        for (const OptionSpec &spec : optionsOf(verb))
            shape += QString::fromLatin1(spec.required ? " %1" : " [%1]")
                         .arg(spec.valueName.isEmpty() ? spec.name : spec.name + QLatin1Char(' ') + spec.valueName);
        shape += verb.libraryName ? QLatin1Char(' ') + QLatin1String(verb.libraryName) : QStringLiteral(" [LIBRARY]");
        rows.append({shape, tr(verb.help)});
    }
    return rows;
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
