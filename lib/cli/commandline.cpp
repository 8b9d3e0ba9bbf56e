// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "analysis/cardplacement.h"
#include "analysis/timelinetimes.h"
#include "cli/backupverb.h"
#include "cli/commandlinearguments.h"
#include "cli/commandlinehelp.h"
#include "cli/commandlineoptions.h"
#include "cli/libraryverbs.h"
#include "cli/sectionsargument.h"
#include "cli/sessionverbs.h"
#include "cli/verboutput.h"
#include "report/reportlanguage.h"
#include "storage/library.h"
#include "storage/librarylocation.h"
#include "storage/sessionjsonformat.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Whyboard {

namespace {

const QLatin1String importVerb("import");
const QLatin1String restoreVerb("restore-backup");
const QLatin1String helpVerb("help");
const QLatin1String versionVerb("version");

CommandLineEntry verbEntry(const QString &name, const QString &valueName, const QString &synopsis, const QString &help)
{
    CommandLineEntry entry;
    entry.kind = CommandLineEntry::Kind::Verb;
    entry.name = name;
    entry.valueName = valueName;
    entry.synopsis = synopsis;
    entry.help = help;
    return entry;
}

int failure(int code, const QString &message)
{
    return VerbOutput::failure(code, message);
}

// What an option whose value is missing says it needs.
QString missingValueMessage(const CommandLineEntry &entry)
{
    if (entry.name == QLatin1String("session"))
        return CommandLine::tr("--session needs a session id");
    if (entry.name == QLatin1String("language"))
        return CommandLine::tr("--language needs a language: %1").arg(ReportLanguage::available().join(QStringLiteral(", ")));
    if (entry.name == QLatin1String("sections"))
        return CommandLine::tr("--sections needs a list of sections: %1").arg(SectionsArgument::names());
    if (entry.name == importVerb || SessionVerbs::isVerb(entry.name))
        return CommandLine::tr("%1 needs a file name").arg(entry.longName());
    return LibraryVerbs::tr("%1 needs %2").arg(entry.longName(), entry.valueName);
}

int runImport(const QString &jsonPath, const QString &libraryPath)
{
    // Parse first: a bad document must not even create the library. The board shows what
    // is stored, so cards the document gives no place get one before storing.
    SessionJsonFormat::ReadResult parsed = SessionJsonFormat::readFile(jsonPath);
    if (!parsed.session)
        return failure(CommandLine::InputError, parsed.error);
    CardPlacement::placeUnpositionedCards(*parsed.session, parsed.unpositioned);
    TimelineTimes::fillUnknown(*parsed.session); // unknown times from its Trigger/Detection/Resolution events
    int exitCode = CommandLine::Success;
    const std::unique_ptr<Library> library = VerbOutput::openLibrary(libraryPath, Library::OpenMode::CreateIfMissing, &exitCode);
    if (!library)
        return exitCode;
    const SessionId id = library->insertSession(*parsed.session); // one transaction
    if (id == 0)
        return failure(CommandLine::InputError, CommandLine::tr("cannot store the session in “%1”: %2")
                                                    .arg(QDir::toNativeSeparators(library->path()), library->lastError()));
    VerbOutput::printLine(stdout, QString::number(id));
    return CommandLine::Success;
}

int runRestore(const QString &libraryPath)
{
    if (LibraryLocation::ofLibraryPath(libraryPath).isServer())
        return failure(CommandLine::UsageError,
                       CommandLine::tr("%1 puts back a daily copy of a library file; a library on a PostgreSQL "
                                       "server is backed up on the server (pg_dump) and restored there (pg_restore)")
                           .arg(QString(QStringLiteral("--") + restoreVerb)));
    const BackupVerb::Outcome outcome = BackupVerb::restore(libraryPath);
    if (!outcome.restored)
        return failure(CommandLine::InputError, outcome.message);
    VerbOutput::printLine(stdout, outcome.message);
    return CommandLine::Success;
}

// QGuiApplication takes "-session"/"--session" (X11 session management) out of argv and
// arguments(), so run() reads the arguments as hasVerb() saw them before the application
// object existed.
QStringList &argumentsBeforeApplication()
{
    static QStringList arguments;
    return arguments;
}

} // namespace

QList<CommandLineEntry> CommandLine::entries()
{
    QList<CommandLineEntry> entries{verbEntry(importVerb, QStringLiteral("FILE.json"), QStringLiteral("--import FILE.json [LIBRARY]"),
                                              tr("import a session and print its id"))};
    entries += SessionVerbs::entries();
    entries += LibraryVerbs::entries();
    entries.append(verbEntry(restoreVerb, {}, QStringLiteral("--restore-backup [LIBRARY]"),
                             tr("put the newest sound daily copy in place of a library that no longer opens")));
    CommandLineEntry help = verbEntry(helpVerb, {}, QStringLiteral("-h | --help"), tr("print this help"));
    help.shortName = QStringLiteral("h");
    CommandLineEntry version = verbEntry(versionVerb, {}, QStringLiteral("-v | --version"), tr("print the version"));
    version.shortName = QStringLiteral("v");
    entries << help << version;
    entries += CommandLineOptions::entries();
    return entries;
}

bool CommandLine::hasVerb(int argc, char **argv)
{
    QStringList &arguments = argumentsBeforeApplication();
    arguments.clear();
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QList<CommandLineEntry> all = entries();
    CommandLineArguments parsed(all);
    if (parsed.parse(arguments))
        return !parsed.verbs().isEmpty() || !parsed.options().isEmpty();
    // Qt's own options are for the window (QApplication takes them); any other unknown option
    // is a usage error, never a library name.
    CommandLineArguments withoutQt(all);
    return !withoutQt.parse(CommandLineArguments::withoutQtOptions(arguments)) || !withoutQt.verbs().isEmpty()
           || !withoutQt.options().isEmpty();
}

QStringList CommandLine::windowArguments(const QStringList &applicationArguments)
{
    CommandLineArguments parsed(entries());
    if (!parsed.parse(CommandLineArguments::withoutQtOptions(applicationArguments)))
        return {};
    return parsed.positional();
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
    CommandLineArguments parsed(entries());
    if (!parsed.parse(arguments))
        return failure(UsageError, parsed.missingValue() ? missingValueMessage(*parsed.missingValue()) : parsed.error());
    const QStringList verbs = parsed.verbs();
    if (verbs.isEmpty())
        return failure(UsageError, tr("no command given (see --help)"));
    const CommandLineEntry &verb = *parsed.entry(verbs.constFirst());
    if (verbs.size() > 1) {
        if (verbs.at(1) == verb.name)
            return failure(UsageError, LibraryVerbs::tr("%1 is given twice").arg(verb.longName()));
        return failure(UsageError, tr("%1 and %2 cannot be combined").arg(verb.longName(), parsed.entry(verbs.at(1))->longName()));
    }
    for (const QString &option : parsed.options()) {
        if (!verb.options.contains(option))
            return failure(UsageError, tr("%1 does not take %2").arg(verb.longName(), parsed.entry(option)->longName()));
        if (parsed.values(option).size() > 1)
            return failure(UsageError, LibraryVerbs::tr("%1 is given twice").arg(parsed.entry(option)->longName()));
    }

    if (verb.name == helpVerb) {
        VerbOutput::printLine(stdout, usage());
        return Success;
    }
    if (verb.name == versionVerb) {
        VerbOutput::printLine(stdout, QStringLiteral("whyboard %1").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    const QStringList positional = parsed.positional();
    if (positional.size() > 1)
        return failure(UsageError, tr("more than one library given: %1").arg(positional.join(QStringLiteral(", "))));
    const QString libraryName = LibraryVerbs::libraryName(verb.name);
    if (positional.isEmpty() && !libraryName.isEmpty())
        return failure(UsageError, LibraryVerbs::tr("%1 needs %2").arg(verb.longName(), libraryName));
    const QString libraryPath = positional.isEmpty() ? Library::defaultPath() : positional.constFirst();
    int refusedCode = Success;
    if (!VerbOutput::acceptsLibrary(libraryPath, &refusedCode))
        return refusedCode;

    if (SessionVerbs::isVerb(verb.name))
        return SessionVerbs::run(verb.name, parsed, libraryPath);
    if (LibraryVerbs::isVerb(verb.name))
        return LibraryVerbs::run(verb.name, parsed, libraryPath);
    if (verb.name == restoreVerb)
        return runRestore(libraryPath);
    return runImport(parsed.values(verb.name).constLast(), libraryPath);
}

QString CommandLine::usage()
{
    return CommandLineHelp::text(entries());
}

} // namespace Whyboard
