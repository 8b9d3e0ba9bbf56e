#include "storage/librarycopy.h"

#include "storage/library.h"
#include "storage/librarydialect.h"
#include "storage/librarylocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace Whyboard {

bool LibraryCopy::copyEverySession(Library &from, Library &to, QString *error)
{
    if (!to.sessions().isEmpty() || !to.trashedSessions().isEmpty()) {
        *error = tr("The target library already holds sessions.");
        return false;
    }
    QList<SessionSummary> every = from.sessions();
    const QList<SessionSummary> trashed = from.trashedSessions();
    every.append(trashed);
    for (const SessionSummary &summary : std::as_const(every)) {
        const std::optional<Session> session = from.loadSession(summary.id);
        if (!session) {
            *error = from.lastError();
            return false;
        }
        if (!to.insertSessionKeepingId(*session)) {
            *error = to.lastError();
            return false;
        }
    }
    for (const SessionSummary &summary : trashed) {
        if (!to.trashSession(summary.id, summary.deletedAt)) {
            *error = to.lastError();
            return false;
        }
    }
    if (!to.setCauseCategories(from.causeCategories())) {
        *error = to.lastError();
        return false;
    }
    return true;
}

bool LibraryCopy::saveCopy(Library &from, const QString &targetPath, std::optional<SessionId> onlySession, QString *error)
{
    // A copy is a new file: an address (a server library's own, or any other) would otherwise
    // become a folder named "postgresql:" holding an SQLite file.
    QString refusal;
    const std::optional<LibraryLocation> where = LibraryLocation::parse(targetPath, &refusal);
    if (!where || where->isServer()) {
        *error = where ? tr("A copy is saved as a file; “%1” is a server's address.").arg(where->displayName()) : refusal;
        return false;
    }
    const QFileInfo target(targetPath);
    if (target.absoluteFilePath() == from.path()
        || (target.exists() && target.canonicalFilePath() == QFileInfo(from.path()).canonicalFilePath())) {
        *error = tr("A copy cannot replace the library itself.");
        return false;
    }
    if (target.isDir()) {
        *error = tr("“%1” is a folder.").arg(QDir::toNativeSeparators(targetPath));
        return false;
    }
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(partial + QLatin1String(suffix));

    bool ok = false;
    if (!onlySession && !LibraryDialect::of(from.database()).isServer()) {
        // SQLite copies its own pages: the fastest whole copy, consistent in one read.
        QSqlQuery query(from.database());
        ok = query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(partial);
        ok = ok && query.exec();
        if (!ok)
            *error = query.lastError().text();
    } else if (!onlySession) {
        QString message;
        std::unique_ptr<Library> copy = Library::open(partial, Library::OpenMode::CreateIfMissing, nullptr, &message);
        ok = copy && copyEverySession(from, *copy, error);
        if (!copy)
            *error = message;
    } else if (const std::optional<Session> session = from.loadSession(*onlySession)) {
        QString message;
        std::unique_ptr<Library> copy = Library::open(partial, Library::OpenMode::CreateIfMissing, nullptr, &message);
        ok = copy && copy->insertSessionKeepingId(*session);
        *error = !copy ? message : copy->lastError();
    } else {
        *error = tr("There is no session %1 in this library.").arg(*onlySession);
    }
    if (ok) {
        for (const char *suffix : {"-wal", "-shm"})
            QFile::remove(target.absoluteFilePath() + QLatin1String(suffix));
        ok = std::rename(QFile::encodeName(partial).constData(),
                         QFile::encodeName(target.absoluteFilePath()).constData())
             == 0;
        if (!ok)
            *error = tr("The copy could not be moved to “%1”.").arg(QDir::toNativeSeparators(targetPath));
    }
    if (!ok)
        QFile::remove(partial);
    return ok;
}

} // namespace Whyboard
