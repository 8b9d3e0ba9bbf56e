// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "analysis/cardplacement.h"
#include "analysis/timelinetimes.h"
#include "analysis/chainchecks.h"
#include "cli/backupverb.h"
#include "cli/libraryverbs.h"
#include "cli/verboutput.h"
#include "cli/sectionsargument.h"
#include "data/safetext.h"
#include "report/fishboneexporter.h"
#include "report/reportlanguage.h"
#include "report/sessionexports.h"
#include "storage/librarycauseindex.h"
#include "storage/library.h"
#include "storage/librarybackuprestore.h"
#include "storage/librarylocation.h"
#include "storage/sessionjsonformat.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTranslator>

#include <algorithm>
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
// or --check is one row here: the verb, whether it takes an output path, a function
// (const Session &, const QString &outputPath, const ReportOptions &) -> error string, a line
// for --help and the report options it takes. Parsing, opening the library read-only, loading
// the session, exit codes and --help all come from this table.
const SessionVerb sessionVerbs[] = {
    {"--export-json", true, writeJson, QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the session as JSON"), NoOptions},
    {"--export-pdf", true, writePdf, QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the postmortem report as PDF"),
     TakesLanguage | TakesSections | TakesSummary},
    {"--export-png", true, writePng,
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the why-chain board as a PNG image"), TakesLanguage | TakesSummary},
    {"--export-svg", true, writeSvg, QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the why-chain board as SVG"),
     TakesLanguage},
    {"--export-fishbone", true, FishboneExporter::write,
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the fishbone (the causes by category) as PNG, SVG or PDF, by OUT's extension"),
     TakesLanguage},
    {"--export-markdown", true, writeMarkdown,
     QT_TRANSLATE_NOOP("Whyboard::CommandLine", "write the whole session as Markdown"), TakesLanguage},
    {"--check", false, printFindings,
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

const char *const importVerb = "--import";
const char *const helpVerb = "--help";
const char *const versionVerb = "--version";
const char *const restoreVerb = "--restore-backup";

bool isVerb(const QString &argument)
{
    for (const char *name : {importVerb, helpVerb, versionVerb, restoreVerb}) {
        if (argument == QLatin1String(name))
            return true;
    }
    return findSessionVerb(argument) != nullptr || LibraryVerbs::isVerb(argument);
}

int failure(int code, const QString &message)
{
    return VerbOutput::failure(code, message);
}

void printLine(FILE *stream, const QString &line)
{
    VerbOutput::printLine(stream, line);
}

QString usage()
{
    QList<std::pair<QString, QString>> rows{
        {QStringLiteral("[LIBRARY]"), CommandLine::tr("open the window")},
    };
    rows.append(LibraryVerbs::usageRows());
    rows += QList<std::pair<QString, QString>>{
        {QStringLiteral("--import FILE.json [LIBRARY]"), CommandLine::tr("import a session and print its id")},
        {QStringLiteral("--restore-backup [LIBRARY]"),
         CommandLine::tr("put the newest sound daily copy in place of a library that no longer opens")},
    };
    for (const SessionVerb &verb : sessionVerbs) {
        rows.append({QString::fromLatin1(verb.name) + (verb.takesOutput ? QStringLiteral(" OUT") : QString())
                         + QStringLiteral(" --session ID [LIBRARY]"),
                     QCoreApplication::translate("Whyboard::CommandLine", verb.help)});
    }
    const QList<std::pair<QString, QString>> options{
        {QStringLiteral("--language LANG"),
         CommandLine::tr("write the export in this language (%1), whatever the interface's; "
                         "for every export and --check")
             .arg(ReportLanguage::available().join(QStringLiteral(", ")))},
        {QStringLiteral("--sections LIST"),
         CommandLine::tr("--export-pdf: the sections to include, comma-separated: %1; all; "
                         "-NAME leaves one out (-causes,-actions,-timeline drops the appendices)")
             .arg(SectionsArgument::names())},
        {QStringLiteral("--summary"),
         CommandLine::tr("--export-pdf, --export-png: only the one-page summary for the team channel")},
    };
    const auto widest = [](const QList<std::pair<QString, QString>> &list) {
        qsizetype width = 0;
        for (const auto &row : list)
            width = std::max(width, row.first.size());
        return width;
    };
    QStringList lines{CommandLine::tr("Usage:")};
    for (const auto &[shape, help] : rows)
        lines.append(QStringLiteral("  whyboard %1  %2").arg(shape.leftJustified(widest(rows)), help));
    lines.append(CommandLine::tr("Options for the exports:"));
    for (const auto &[shape, help] : options)
        lines.append(QStringLiteral("  %1  %2").arg(shape.leftJustified(widest(options)), help));
    lines.append(CommandLine::tr("LIBRARY is a library file, or a database on a PostgreSQL server: "
                                 "postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=verify-full&sslrootcert=CA.pem]"));
    lines.append(CommandLine::tr("LIBRARY defaults to %1").arg(QDir::toNativeSeparators(Library::defaultPath())));
    lines.append(CommandLine::tr("Exit status: 0 done, 1 usage error, 2 bad input or unusable file."));
    return lines.join(QLatin1Char('\n'));
}

// The parsed arguments of one verb.
struct Request
{
    QString verb;
    QString value; // FILE.json for --import, OUT for verbs with an output
    std::optional<QString> sessionText;
    QString libraryPath;
    std::optional<QString> language;
    std::optional<QString> sectionsText;
    bool summary = false;
};

int runImport(const Request &request)
{
    // Parse first: a bad document must not even create the library. The board shows what
    // is stored, so cards the document gives no place get one before storing.
    SessionJsonFormat::ReadResult parsed = SessionJsonFormat::readFile(request.value);
    if (!parsed.session)
        return failure(CommandLine::InputError, parsed.error);
    CardPlacement::placeUnpositionedCards(*parsed.session, parsed.unpositioned);
    TimelineTimes::fillUnknown(*parsed.session); // unknown times from its Trigger/Detection/Resolution events
    int exitCode = CommandLine::Success;
    const std::unique_ptr<Library> library =
        VerbOutput::openLibrary(request.libraryPath, Library::OpenMode::CreateIfMissing, &exitCode);
    if (!library)
        return exitCode;
    const SessionId id = library->insertSession(*parsed.session); // one transaction
    if (id == 0)
        return failure(CommandLine::InputError, CommandLine::tr("cannot store the session in “%1”: %2")
                                                    .arg(QDir::toNativeSeparators(library->path()), library->lastError()));
    printLine(stdout, QString::number(id));
    return CommandLine::Success;
}

int runSessionVerb(const SessionVerb &verb, const Request &request)
{
    // The report options first: a bad one must stop the verb before anything is opened or written.
    const auto refuse = [&](const char *option) {
        return failure(CommandLine::UsageError,
                       CommandLine::tr("%1 does not take %2").arg(request.verb, QLatin1String(option)));
    };
    ReportOptions options;
    if (request.language) {
        if (!(verb.options & TakesLanguage))
            return refuse("--language");
        const QString error = ReportLanguage::check(*request.language);
        if (!error.isEmpty())
            return failure(CommandLine::UsageError, error);
        options.language = *request.language;
    }
    if (request.sectionsText) {
        if (!(verb.options & TakesSections))
            return refuse("--sections");
        if (request.summary)
            return failure(CommandLine::UsageError, CommandLine::tr("--summary and --sections cannot be combined: "
                                                                    "the summary is one page of its own"));
        QString error;
        const std::optional<ReportSections> sections = SectionsArgument::parse(*request.sectionsText, &error);
        if (!sections)
            return failure(CommandLine::UsageError, error);
        options.sections = *sections;
    }
    if (request.summary) {
        if (!(verb.options & TakesSummary))
            return refuse("--summary");
        options.summaryOnly = true;
    }
    bool ok = false;
    const SessionId id = request.sessionText->toLongLong(&ok);
    if (!ok || id <= 0)
        return failure(CommandLine::UsageError,
                       CommandLine::tr("--session needs a session id (a positive number), not “%1”").arg(*request.sessionText));
    int exitCode = CommandLine::Success;
    const std::unique_ptr<Library> library = VerbOutput::openLibrary(request.libraryPath, Library::OpenMode::ReadOnly, &exitCode);
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
    const QString error = verb.function(*session, request.value, options);
    verbLibrary = nullptr;
    if (!error.isEmpty())
        return failure(CommandLine::InputError, error);
    return CommandLine::Success;
}

bool takesValue(const QString &verb)
{
    if (verb == QLatin1String(importVerb))
        return true;
    const SessionVerb *sessionVerb = findSessionVerb(verb);
    return sessionVerb && sessionVerb->takesOutput;
}

} // namespace

namespace {

// QGuiApplication takes "-session"/"--session" (X11 session management) out of argv and
// arguments(), so run() reads the arguments as hasVerb() saw them before the application
// object existed.
QStringList &argumentsBeforeApplication()
{
    static QStringList arguments;
    return arguments;
}

} // namespace

bool CommandLine::isVerb(const QString &argument)
{
    return Whyboard::isVerb(argument);
}

bool CommandLine::hasVerb(int argc, char **argv)
{
    QStringList &arguments = argumentsBeforeApplication();
    arguments.clear();
    bool found = false;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
        // An unknown long option is a usage error to report, not a reason to open the window.
        found = found || (i > 0 && (Whyboard::isVerb(arguments.constLast()) || arguments.constLast().startsWith(QLatin1String("--"))));
    }
    return found;
}

void CommandLine::installTranslations(QCoreApplication &application)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto *ownTranslator = new QTranslator(&application);
    if (ownTranslator->load(locale, QStringLiteral("whyboard"), QStringLiteral("_"), QStringLiteral(":/translations")))
        QCoreApplication::installTranslator(ownTranslator);
    else
        delete ownTranslator;
}

int CommandLine::run(const QStringList &applicationArguments)
{
    const QStringList &arguments =
        argumentsBeforeApplication().isEmpty() ? applicationArguments : argumentsBeforeApplication();
    if (std::any_of(arguments.cbegin() + 1, arguments.cend(), LibraryVerbs::isVerb))
        return LibraryVerbs::run(arguments);
    Request request;
    QStringList positional;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--session")) {
            if (i + 1 >= arguments.size())
                return failure(UsageError, tr("--session needs a session id"));
            request.sessionText = arguments.at(++i);
        } else if (argument == QLatin1String("--language")) {
            if (i + 1 >= arguments.size())
                return failure(UsageError, tr("--language needs a language: %1")
                                               .arg(ReportLanguage::available().join(QStringLiteral(", "))));
            request.language = arguments.at(++i);
        } else if (argument == QLatin1String("--sections")) {
            if (i + 1 >= arguments.size())
                return failure(UsageError, tr("--sections needs a list of sections: %1").arg(SectionsArgument::names()));
            request.sectionsText = arguments.at(++i);
        } else if (argument == QLatin1String("--summary")) {
            request.summary = true;
        } else if (isVerb(argument)) {
            if (!request.verb.isEmpty())
                return failure(UsageError, tr("%1 and %2 cannot be combined").arg(request.verb, argument));
            request.verb = argument;
            if (takesValue(argument)) {
                if (i + 1 >= arguments.size())
                    return failure(UsageError, tr("%1 needs a file name").arg(argument));
                request.value = arguments.at(++i);
            }
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            return failure(UsageError, tr("unknown option %1 (see --help)").arg(argument));
        } else {
            positional.append(argument);
        }
    }

    if (request.verb == QLatin1String(helpVerb)) {
        printLine(stdout, usage());
        return Success;
    }
    if (request.verb == QLatin1String(versionVerb)) {
        printLine(stdout, QStringLiteral("whyboard %1").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (request.verb.isEmpty())
        return failure(UsageError, tr("no command given (see --help)"));
    if (positional.size() > 1)
        return failure(UsageError, tr("more than one library given: %1").arg(positional.join(QStringLiteral(", "))));
    request.libraryPath = positional.isEmpty() ? Library::defaultPath() : positional.constFirst();
    int refusedCode = Success;
    if (!VerbOutput::acceptsLibrary(request.libraryPath, &refusedCode))
        return refusedCode;

    const SessionVerb *sessionVerb = findSessionVerb(request.verb);
    if (sessionVerb && !request.sessionText)
        return failure(UsageError, tr("%1 needs --session ID").arg(request.verb));
    if (!sessionVerb && request.sessionText)
        return failure(UsageError, tr("%1 does not take --session").arg(request.verb));
    if (!sessionVerb && (request.language || request.sectionsText || request.summary))
        return failure(UsageError, tr("%1 does not take --language, --sections or --summary").arg(request.verb));
    if (sessionVerb)
        return runSessionVerb(*sessionVerb, request);
    if (request.verb == QLatin1String(restoreVerb)) {
        if (LibraryLocation::ofLibraryPath(request.libraryPath).isServer())
            return failure(UsageError, tr("%1 puts back a daily copy of a library file; a library on a PostgreSQL "
                                          "server is backed up on the server (pg_dump) and restored there (pg_restore)")
                                           .arg(request.verb));
        const BackupVerb::Outcome outcome = BackupVerb::restore(request.libraryPath);
        if (!outcome.restored)
            return failure(InputError, outcome.message);
        printLine(stdout, outcome.message);
        return Success;
    }
    return runImport(request);
}

} // namespace Whyboard
