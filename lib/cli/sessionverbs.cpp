// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sessionverbs.h"

#include "analysis/chainchecks.h"
#include "cli/commandline.h"
#include "cli/commandlinearguments.h"
#include "cli/sectionsargument.h"
#include "cli/verboutput.h"
#include "data/safetext.h"
#include "report/fishboneexporter.h"
#include "report/reportlanguage.h"
#include "report/sessionexports.h"
#include "storage/library.h"
#include "storage/librarycauseindex.h"
#include "storage/sessionjsonformat.h"

#include <QDir>
#include <QSaveFile>

#include <cstdio>
#include <optional>

namespace Whyboard {

namespace {

// What a session verb accepts besides --session: the report options it honours.
enum VerbOption { NoOptions = 0, TakesLanguage = 0x1, TakesSections = 0x2, TakesSummary = 0x4 };

// A verb that acts on one stored session. It gets the loaded session, the output path (empty
// for verbs without one) and the report options from the command line, and returns an error
// message for the user, or nothing.
using SessionVerbFunction = QString (*)(const Session &session, const QString &outputPath, const ReportOptions &options);

struct SessionVerb
{
    const char *name;
    bool takesOutput; // "VERB OUT --session ID [LIBRARY]" rather than "VERB --session ID [LIBRARY]"
    SessionVerbFunction function;
    const char *help;
    int options; // VerbOption flags
};

QString writeJson(const Session &session, const QString &outputPath, const ReportOptions &)
{
    // Only what an import takes back: a session the format cannot carry writes nothing.
    QString error;
    const QByteArray json = SessionJsonFormat::write(session, &error);
    if (json.isEmpty())
        return CommandLine::tr("the session cannot be written as JSON: %1").arg(error);
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0 || !file.commit())
        return CommandLine::tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(outputPath), file.errorString());
    return {};
}

// The library the session verb's session came from: --check looks in it for repeat causes.
const Library *verbLibrary = nullptr;

// One finding a line, in the report language; finding nothing is not an error.
QString printFindings(const Session &session, const QString &, const ReportOptions &options)
{
    const ReportLanguage language(options.language);
    if (!language.isValid())
        return language.error();
    QList<CheckFinding> findings = ChainChecks::run(session);
    if (verbLibrary) {
        LibraryCauseIndex causes(verbLibrary);
        findings += RepeatCauses::findings(session, causes);
    }
    for (const CheckFinding &finding : std::as_const(findings))
        std::fputs((SafeText::terminalLine(ChainChecks::toLine(finding)) + QLatin1Char('\n')).toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
    return {};
}

QString writePdf(const Session &session, const QString &path, const ReportOptions &options)
{
    return SessionExports::writePdf(session, path, options);
}

QString writePng(const Session &session, const QString &path, const ReportOptions &options)
{
    return SessionExports::writePng(session, path, options);
}

QString writeSvg(const Session &session, const QString &path, const ReportOptions &options)
{
    return SessionExports::writeSvg(session, path, options);
}

QString writeMarkdown(const Session &session, const QString &path, const ReportOptions &options)
{
    return SessionExports::writeMarkdown(session, path, options);
}

// The verbs on one session. Adding --export-pdf, --export-png, --export-svg, --export-markdown
// or --check is one row here: the verb (without its dashes), whether it takes an output path, a
// function (const Session &, const QString &outputPath, const ReportOptions &) -> error string, a
// line for --help and the report options it takes. Parsing, opening the library read-only,
// loading the session, exit codes and --help all come from this table.
const SessionVerb sessionVerbs[] = {
    {"export-json", true, writeJson, QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the session as JSON"), NoOptions},
    {"export-pdf", true, writePdf, QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the postmortem report as PDF"),
     TakesLanguage | TakesSections | TakesSummary},
    {"export-png", true, writePng,
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the why-chain board as a PNG image"), TakesLanguage | TakesSummary},
    {"export-svg", true, writeSvg, QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the why-chain board as SVG"),
     TakesLanguage},
    {"export-fishbone", true, FishboneExporter::write,
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the fishbone (the causes by category) as PNG, SVG or PDF, by OUT's extension"),
     TakesLanguage},
    {"export-markdown", true, writeMarkdown,
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the whole session as Markdown"), TakesLanguage},
    {"check", false, printFindings,
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "list the chain checks' findings: check, item id, message"),
     TakesLanguage},
};

const SessionVerb *findSessionVerb(const QString &name)
{
    for (const SessionVerb &verb : sessionVerbs) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

int failure(int code, const QString &message)
{
    return VerbOutput::failure(code, message);
}

// The report options from the command line (which ones the verb takes is checked before);
// an error message for the user, or nothing.
QString reportOptions(const CommandLineArguments &arguments, ReportOptions *options)
{
    if (arguments.isSet(QStringLiteral("language"))) {
        const QString language = arguments.values(QStringLiteral("language")).constLast();
        const QString error = ReportLanguage::check(language);
        if (!error.isEmpty())
            return error;
        options->language = language;
    }
    const bool summary = arguments.isSet(QStringLiteral("summary"));
    if (arguments.isSet(QStringLiteral("sections"))) {
        if (summary)
            return CommandLine::tr("--summary and --sections cannot be combined: the summary is one page of its own");
        QString error;
        const std::optional<ReportSections> sections =
            SectionsArgument::parse(arguments.values(QStringLiteral("sections")).constLast(), &error);
        if (!sections)
            return error;
        options->sections = *sections;
    }
    options->summaryOnly = summary;
    return {};
}

} // namespace

QList<CommandLineEntry> SessionVerbs::entries()
{
    QList<CommandLineEntry> entries;
    for (const SessionVerb &verb : sessionVerbs) {
        CommandLineEntry entry;
        entry.kind = CommandLineEntry::Kind::Verb;
        entry.name = QLatin1String(verb.name);
        entry.valueName = verb.takesOutput ? QStringLiteral("OUT") : QString();
        entry.options = QStringList{QStringLiteral("session")};
        QString shape = entry.longName() + (verb.takesOutput ? QStringLiteral(" OUT") : QString())
                        + QStringLiteral(" --session ID");
        if (verb.options & TakesLanguage) {
            entry.options.append(QStringLiteral("language"));
            shape += QStringLiteral(" [--language LANG]");
        }
        if ((verb.options & TakesSections) && (verb.options & TakesSummary))
            shape += QStringLiteral(" [--sections LIST | --summary]");
        else if (verb.options & TakesSummary)
            shape += QStringLiteral(" [--summary]");
        if (verb.options & TakesSections)
            entry.options.append(QStringLiteral("sections"));
        if (verb.options & TakesSummary)
            entry.options.append(QStringLiteral("summary"));
        entry.synopsis = shape + QStringLiteral(" [LIBRARY]");
        entry.help = QCoreApplication::translate("Whyboard::CommandLine", verb.help);
        entries.append(entry);
    }
    return entries;
}

bool SessionVerbs::isVerb(const QString &name)
{
    return findSessionVerb(name) != nullptr;
}

int SessionVerbs::run(const QString &verbName, const CommandLineArguments &arguments, const QString &libraryPath)
{
    const SessionVerb *verb = findSessionVerb(verbName);
    if (!verb)
        return failure(CommandLine::UsageError, CommandLine::tr("no command given (see --help)"));
    const QString name = QStringLiteral("--") + verbName;
    if (!arguments.isSet(QStringLiteral("session")))
        return failure(CommandLine::UsageError, CommandLine::tr("%1 needs --session ID").arg(name));
    // The report options first: a bad one must stop the verb before anything is opened or written.
    ReportOptions options;
    const QString optionError = reportOptions(arguments, &options);
    if (!optionError.isEmpty())
        return failure(CommandLine::UsageError, optionError);
    const QString sessionText = arguments.values(QStringLiteral("session")).constLast();
    bool ok = false;
    const SessionId id = sessionText.toLongLong(&ok);
    if (!ok || id <= 0)
        return failure(CommandLine::UsageError,
                       CommandLine::tr("--session needs a session id (a positive number), not “%1”").arg(sessionText));
    int exitCode = CommandLine::Success;
    const std::unique_ptr<Library> library = VerbOutput::openLibrary(libraryPath, Library::OpenMode::ReadOnly, &exitCode);
    if (!library)
        return exitCode;
    const std::optional<Session> session = library->loadSession(id);
    if (!session && !library->lastError().isEmpty())
        return failure(CommandLine::InputError, CommandLine::tr("session %1 in “%2” cannot be read: %3")
                                                    .arg(id)
                                                    .arg(QDir::toNativeSeparators(library->path()), library->lastError()));
    if (!session)
        return failure(CommandLine::InputError, CommandLine::tr("there is no session %1 in “%2”")
                                                    .arg(id)
                                                    .arg(QDir::toNativeSeparators(library->path())));
    verbLibrary = library.get();
    const QString output = verb->takesOutput ? arguments.values(verbName).constLast() : QString();
    const QString error = verb->function(*session, output, options);
    verbLibrary = nullptr;
    if (!error.isEmpty())
        return failure(CommandLine::InputError, error);
    return CommandLine::Success;
}

} // namespace Whyboard
