// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarycopy.h"

#include "storage/library.h"
#include "storage/librarydialect.h"
#include "storage/librarylocation.h"
#include "storage/libraryoutertransaction.h"
#include "storage/libraryserveropening.h"
#include "storage/sessionjsonformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace Whyboard {

namespace {

QString idList(const QList<SessionId> &ids)
{
    QStringList numbers;
    for (const SessionId id : ids)
        numbers.append(QString::number(id));
    return numbers.join(QStringLiteral(", "));
}

} // namespace

bool LibraryCopy::copyEverySession(Library &from, Library &to, QString *error)
{
    return copyLibrary(from, to, Target::MustBeEmpty, error).has_value();
}

std::optional<LibraryCopy::Copied> LibraryCopy::copyLibrary(Library &from, Library &to, Target target, QString *error)
{
    QList<SessionSummary> every = from.sessions();
    const QList<SessionSummary> trashed = from.trashedSessions();
    if (!from.lastError().isEmpty()) {
        *error = tr("the sessions of “%1” cannot be listed (%2)").arg(from.path(), from.lastError());
        return std::nullopt;
    }
    every.append(trashed);
    const QList<SessionSummary> present = to.sessions() + to.trashedSessions();
    if (!present.isEmpty() && target == Target::MustBeEmpty) {
        *error = tr("“%1” already holds sessions").arg(to.path());
        return std::nullopt;
    }
    QSet<SessionId> taken;
    for (const SessionSummary &summary : present)
        taken.insert(summary.id);
    QList<SessionId> clashes;
    for (const SessionSummary &summary : std::as_const(every)) {
        if (taken.contains(summary.id))
            clashes.append(summary.id);
    }
    if (!clashes.isEmpty()) {
        // Never merged under other ids: a report, a ticket or a link may name the id.
        *error = tr("“%1” already has sessions with the ids %2").arg(to.path(), idList(clashes));
        return std::nullopt;
    }
    const QStringList sourceCategories = from.causeCategories();
    QStringList categories = present.isEmpty() ? sourceCategories : to.causeCategories();
    for (const QString &category : sourceCategories) {
        if (!categories.contains(category))
            categories.append(category);
    }

    QHash<SessionId, QByteArray> exported;
    QString failedAt;
    bool targetFailed = false;
    LibraryOuterTransaction transaction(to.database());
    const bool ok = transaction.isOpen() && [&] {
        for (const SessionSummary &summary : std::as_const(every)) {
            const std::optional<Session> session = from.loadSession(summary.id);
            if (!session) {
                failedAt = tr("session %1 cannot be read from “%2” (%3)").arg(summary.id).arg(from.path(), from.lastError());
                return false;
            }
            QString why;
            exported.insert(summary.id, SessionJsonFormat::write(*session, &why));
            if (exported.value(summary.id).isEmpty()) {
                failedAt = tr("session %1 cannot be exported to be compared (%2)").arg(summary.id).arg(why);
                return false;
            }
            if (!to.insertSessionKeepingId(*session)) {
                failedAt = tr("session %1 cannot be written").arg(summary.id);
                targetFailed = true;
                return false;
            }
        }
        for (const SessionSummary &summary : trashed) {
            if (!to.trashSession(summary.id, summary.deletedAt)) {
                failedAt = tr("session %1 cannot be put in the trash").arg(summary.id);
                targetFailed = true;
                return false;
            }
        }
        if (!to.setCauseCategories(categories)) {
            failedAt = tr("the cause categories cannot be written");
            targetFailed = true;
            return false;
        }
        return readsBackTheSame(to, exported, trashed, sourceCategories, &failedAt);
    }() && transaction.commit();
    if (!ok) {
        if (failedAt.isEmpty())
            failedAt = transaction.error();
        *error = failedAt.isEmpty() ? to.lastError() : failedAt;
        if (targetFailed && !to.lastError().isEmpty() && !failedAt.contains(to.lastError()))
            *error += QStringLiteral(" (") + to.lastError() + QLatin1Char(')');
        return std::nullopt;
    }
    return Copied{int(every.size()), int(trashed.size())};
}

bool LibraryCopy::readsBackTheSame(Library &to, const QHash<SessionId, QByteArray> &exported,
                                   const QList<SessionSummary> &trashed, const QStringList &categories, QString *error)
{
    for (auto it = exported.cbegin(); it != exported.cend(); ++it) {
        const std::optional<Session> copy = to.loadSession(it.key());
        if (!copy || SessionJsonFormat::write(*copy) != it.value()) {
            *error = tr("session %1 does not read back the same from the copy").arg(it.key());
            return false;
        }
    }
    QHash<SessionId, qint64> deletedAt;
    for (const SessionSummary &summary : to.trashedSessions())
        deletedAt.insert(summary.id, summary.deletedAt.toMSecsSinceEpoch());
    for (const SessionSummary &summary : trashed) {
        if (deletedAt.value(summary.id, -1) != summary.deletedAt.toMSecsSinceEpoch()) {
            *error = tr("session %1 is not in the copy's trash as it was deleted").arg(summary.id);
            return false;
        }
    }
    const QStringList copied = to.causeCategories();
    for (const QString &category : categories) {
        if (!copied.contains(category)) {
            *error = tr("the copy lacks the cause category “%1”").arg(category);
            return false;
        }
    }
    return true;
}

bool LibraryCopy::isEmptyServerDatabase(const LibraryLocation &where)
{
    const QString name = QStringLiteral("whyboard-copy-probe");
    bool empty = false;
    {
        QSqlError error;
        if (LibraryServerOpening::connect(name, where, true, &error)) {
            QSqlQuery query(QSqlDatabase::database(name, false));
            empty = query.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                              " WHERE table_schema = current_schema()"))
                    && query.next() && query.value(0).toLongLong() == 0;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return empty;
}

bool LibraryCopy::removeCreatedLibrary(Library &library)
{
    QSqlDatabase database = library.database();
    const LibraryDialect &dialect = LibraryDialect::of(database);
    if (!dialect.isServer() || !library.sessions().isEmpty() || !library.trashedSessions().isEmpty())
        return false;
    bool ok = false;
    const LibraryDialect::TableColumns tables = dialect.tableColumns(database, &ok);
    ok = ok && database.transaction();
    QSqlQuery query(database);
    for (const auto &table : tables)
        ok = ok && query.exec(QStringLiteral("DROP TABLE IF EXISTS \"%1\" CASCADE").arg(table.first));
    if (ok && database.commit())
        return true;
    database.rollback();
    return false;
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
