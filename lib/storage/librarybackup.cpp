// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarybackup.h"

#include "storage/libraryopening.h"
#include "storage/libraryschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace Whyboard {

namespace {

const char dayFormat[] = "yyyy-MM-dd";

// "team.whyboard" -> "team": the copies are named after the library.
QString baseName(const QString &libraryPath)
{
    QString name = QFileInfo(libraryPath).fileName();
    if (name.endsWith(QStringLiteral(".whyboard")) && name.size() > 9)
        name.chop(9);
    return name;
}

QString copyPath(const QString &libraryPath, const QDate &day)
{
    return LibraryBackup::folderFor(libraryPath) + QLatin1Char('/') + baseName(libraryPath) + QLatin1Char(' ')
           + day.toString(QLatin1String(dayFormat)) + QStringLiteral(".whyboard");
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Runs statements on a file through a connection of its own; returns the first error.
QString runOn(const QString &path, const QString &uriQuery, const QStringList &statements, const QString &bind = {})
{
    const QString name = LibraryOpening::newConnectionName();
    QString error;
    {
        QSqlDatabase database = LibraryOpening::openConnection(name, path, uriQuery);
        if (!database.isOpen())
            error = database.lastError().text();
        QSqlQuery query(database);
        for (const QString &statement : statements) {
            if (!error.isEmpty())
                break;
            const bool ok = bind.isEmpty() ? query.exec(statement)
                                           : (query.prepare(statement) && (query.addBindValue(bind), query.exec()));
            if (!ok)
                error = query.lastError().text();
        }
    }
    LibraryOpening::closeConnection(name);
    return error;
}

} // namespace

QString LibraryBackup::folderFor(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    return info.absolutePath() + QLatin1Char('/') + info.fileName() + QStringLiteral(" backups");
}

QList<LibraryBackup::Copy> LibraryBackup::copies(const QString &libraryPath)
{
    const QRegularExpression pattern(QStringLiteral("^%1 (\\d{4}-\\d{2}-\\d{2})\\.whyboard$")
                                         .arg(QRegularExpression::escape(baseName(libraryPath))));
    QList<Copy> found;
    const QFileInfoList entries = QDir(folderFor(libraryPath)).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch match = pattern.match(entry.fileName());
        const QDate day = match.hasMatch() ? QDate::fromString(match.captured(1), QLatin1String(dayFormat)) : QDate();
        if (day.isValid())
            found.append({entry.absoluteFilePath(), day, entry.size()});
    }
    std::sort(found.begin(), found.end(), [](const Copy &a, const Copy &b) { return a.day > b.day; });
    return found;
}

bool LibraryBackup::isSound(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const QString name = LibraryOpening::newConnectionName();
    bool sound = false;
    {
        // Immutable: read as it lies, with no side file made or read, so it works on a full disk.
        QSqlDatabase database = LibraryOpening::openConnection(name, path, QStringLiteral("mode=ro&immutable=1"));
        QSqlQuery query(database);
        sound = database.isOpen() && query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
                && query.value(0).toString() == QLatin1String("ok") && !query.next()
                && query.exec(QStringLiteral("PRAGMA application_id")) && query.next()
                && query.value(0).toLongLong() == LibrarySchema::applicationId
                // A file cut inside a page passes the check (the missing bytes read as zeros).
                && query.exec(QStringLiteral("PRAGMA page_size")) && query.next() && query.value(0).toLongLong() > 0
                && QFileInfo(path).size() % query.value(0).toLongLong() == 0;
    }
    LibraryOpening::closeConnection(name);
    return sound;
}

std::optional<LibraryBackup::Copy> LibraryBackup::newestSoundCopy(const QString &libraryPath)
{
    for (const Copy &copy : copies(libraryPath)) {
        if (isSound(copy.path))
            return copy;
    }
    return std::nullopt;
}

QString LibraryBackup::makeDailyCopy(const QString &libraryPath, const QDate &today, int keep,
                                     const std::function<void(const QString &)> &beforeCheck)
{
    const QString target = copyPath(libraryPath, today);
    if (QFileInfo::exists(target))
        return {};
    const auto failed = [&](const QString &reason) {
        return tr("No backup was made of “%1”: %2").arg(QDir::toNativeSeparators(libraryPath), reason);
    };
    if (!QDir().mkpath(folderFor(libraryPath)))
        return failed(tr("the folder “%1” cannot be created.").arg(QDir::toNativeSeparators(folderFor(libraryPath))));

    // Built under another name and checked before it gets its own, so a copy that fails half-way
    // (a full disk, a kill) never stands where a good one would be looked for.
    const QString partial = target + QStringLiteral(".part");
    removeWithCompanions(partial);
    // A reader's snapshot: the copy is consistent even while the library is being written.
    const LibraryOpening::CompanionFiles companions(libraryPath);
    QString error = runOn(libraryPath, QStringLiteral("mode=ro"), {QStringLiteral("VACUUM INTO ?")}, partial);
    companions.removeCreated(); // a reader alone leaves SQLite's side files behind
    // One file, no -wal beside it, so that it can be copied and opened as it is.
    if (error.isEmpty())
        error = runOn(partial, QStringLiteral("mode=rw"), {QStringLiteral("PRAGMA journal_mode = DELETE")});
    if (error.isEmpty() && beforeCheck)
        beforeCheck(partial);
    if (error.isEmpty() && !isSound(partial))
        error = tr("the copy failed its integrity check.");
    if (error.isEmpty()
        && std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0)
        error = tr("the copy could not be given its name.");
    if (!error.isEmpty()) {
        removeWithCompanions(partial);
        return failed(error);
    }
    const QList<Copy> all = copies(libraryPath);
    for (int i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return {};
}

} // namespace Whyboard
