// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/copylibraryverb.h"

#include "cli/commandline.h"
#include "cli/libraryverbs.h"
#include "cli/verboutput.h"
#include "storage/library.h"
#include "storage/librarycopy.h"
#include "storage/librarylocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Whyboard {

namespace {

QString shown(const LibraryLocation &where)
{
    return where.isServer() ? where.displayName() : QDir::toNativeSeparators(where.filePath());
}

bool sameLibrary(const LibraryLocation &a, const LibraryLocation &b)
{
    if (a.isServer() || b.isServer())
        return a.isServer() == b.isServer() && a.displayName() == b.displayName();
    const QFileInfo first(a.filePath());
    const QFileInfo second(b.filePath());
    return first.absoluteFilePath() == second.absoluteFilePath()
           || (first.exists() && first.canonicalFilePath() == second.canonicalFilePath());
}

// A library file the copy created, with what SQLite and the lock leave beside it.
void removeNewFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int CopyLibraryVerb::run(const LibraryVerbArguments &arguments)
{
    if (arguments.libraryPath.isEmpty())
        return VerbOutput::failure(CommandLine::UsageError, tr("--copy-library needs FROM and TO"));
    QString refusal;
    const std::optional<LibraryLocation> from = LibraryLocation::parse(arguments.value, &refusal);
    const std::optional<LibraryLocation> to = from ? LibraryLocation::parse(arguments.libraryPath, &refusal) : std::nullopt;
    if (!from || !to)
        return VerbOutput::failure(CommandLine::UsageError, refusal);
    if (sameLibrary(*from, *to))
        return VerbOutput::failure(CommandLine::UsageError, tr("“%1” cannot be copied onto itself").arg(shown(*from)));

    int exitCode = CommandLine::Success;
    const std::unique_ptr<Library> source = VerbOutput::openLibrary(arguments.value, Library::OpenMode::ReadOnly, &exitCode);
    if (!source)
        return exitCode;

    // Whether the target holds sessions is read without writing, so that a refusal leaves it
    // exactly as it was (no schema step, no daily copy).
    const bool newFile = !to->isServer() && !QFileInfo::exists(to->filePath());
    const bool newServerLibrary = to->isServer() && LibraryCopy::isEmptyServerDatabase(*to);
    const bool force = arguments.has("--force");
    if (!newFile && !force) {
        if (const std::unique_ptr<Library> existing = Library::open(arguments.libraryPath, Library::OpenMode::ReadOnly)) {
            const qsizetype held = existing->sessions().size() + existing->trashedSessions().size();
            // The sessions may be the team's: --force adds beside them, never over them.
            const QString refusal =
                held == 1 ? tr("“%1” already holds a session; nothing was copied (--force adds the copied sessions "
                               "to it when none of their ids is taken)")
                                .arg(shown(*to))
                          : tr("“%1” already holds %2 sessions; nothing was copied (--force adds the copied sessions "
                               "to them when none of their ids is taken)")
                                .arg(shown(*to), QLocale().toString(qint64(held)));
            if (held > 0)
                return VerbOutput::failure(CommandLine::InputError, refusal);
        }
    }

    QString message;
    std::unique_ptr<Library> target = Library::open(arguments.libraryPath, Library::OpenMode::CreateIfMissing, nullptr, &message);
    if (!target)
        return VerbOutput::failure(CommandLine::InputError, message);
    QString error;
    const std::optional<LibraryCopy::Copied> copied = LibraryCopy::copyLibrary(
        *source, *target, force ? LibraryCopy::Target::MayHoldOthers : LibraryCopy::Target::MustBeEmpty, &error);
    if (!copied) {
        if (newServerLibrary)
            LibraryCopy::removeCreatedLibrary(*target);
        target.reset();
        if (newFile)
            removeNewFile(QFileInfo(to->filePath()).absoluteFilePath());
        return VerbOutput::failure(CommandLine::InputError, tr("nothing was copied from %1 to %2: %3")
                                                               .arg(shown(*from), shown(*to), error));
    }
    const QLocale locale;
    VerbOutput::printLine(stdout, tr("copied %1 sessions (%2 in the trash) from %3 to %4; every session reads back the same")
                                      .arg(locale.toString(copied->sessions), locale.toString(copied->trashed),
                                           shown(*from), shown(*to)));
    return CommandLine::Success;
}

} // namespace Whyboard
