// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/libraryopening.h"

#include "storage/library.h"
#include "storage/libraryschema.h"
#include "storage/librarytables.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QSysInfo>
#include <QUrl>

#include <cerrno>

#include <signal.h>

namespace Whyboard {

namespace {

const char lastCheckCounter[] = "last_integrity_check_ms";

// A lock held by a process that is still running on this machine. A lock from another host
// cannot be judged from here, so it counts as not alive: the file is then checked.
bool holderIsAlive(const QString &lockPath)
{
    QLockFile lock(lockPath);
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0)
        return false;
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

LibraryOpening::CompanionFiles::CompanionFiles(const QString &path)
    : m_wal(path + QStringLiteral("-wal"))
    , m_shm(path + QStringLiteral("-shm"))
    , m_hadWal(QFileInfo::exists(m_wal))
    , m_hadShm(QFileInfo::exists(m_shm))
{
}

void LibraryOpening::CompanionFiles::removeCreated() const
{
    if (!m_hadWal && !m_hadShm && QFileInfo(m_wal).size() == 0) {
        QFile::remove(m_wal);
        QFile::remove(m_shm);
    }
}

// Every Library uses its own connection, so two libraries (or two opens of one file) never
// share one.
QString LibraryOpening::newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("whyboard-library-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Opens through a URI so that mode=ro/rw never creates a missing file (only rwc does).
QSqlDatabase LibraryOpening::openConnection(const QString &name, const QString &path, const QString &uriQuery)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(uriQuery);
    database.setDatabaseName(url.toString(QUrl::FullyEncoded));
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    database.open();
    return database;
}

void LibraryOpening::closeConnection(const QString &name)
{
    {
        QSqlDatabase database = QSqlDatabase::database(name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool LibraryOpening::exec(QSqlDatabase &database, const QString &sql, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QString LibraryOpening::holderDescription(const QString &path)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return Library::tr("another program");
    return Library::tr("process %1 on host %2").arg(pid).arg(host.isEmpty() ? Library::tr("(unknown)") : host);
}

bool LibraryOpening::closedUncleanly(const QString &path)
{
    const QString lockPath = path + QStringLiteral(".lock");
    const bool lockLeft = QFileInfo::exists(lockPath);
    // A clean close checkpoints the -wal into the file and removes it.
    const bool walLeft = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!lockLeft && !walLeft)
        return false;
    return !(lockLeft && holderIsAlive(lockPath));
}

void LibraryOpening::recordCheck(QSqlDatabase database)
{
    // Best effort: when it cannot be written, the next open checks again.
    QSqlQuery query(database);
    if (query.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value"))) {
        query.addBindValue(QLatin1String(lastCheckCounter));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.exec();
    }
}

LibraryOpening::Inspection LibraryOpening::inspect(const QString &path, const QString &readQuery, bool suspect)
{
    Inspection result;
    result.path = path;
    result.fileSize = QFileInfo(path).size();
    const QString name = newConnectionName();
    {
        QSqlDatabase database = openConnection(name, path, readQuery);
        QSqlQuery query(database);
        // open() succeeds on garbage; the first statement is what fails.
        if (!database.isOpen() || !query.exec(QStringLiteral("PRAGMA trusted_schema = OFF"))
            || !query.exec(QStringLiteral("SELECT type FROM sqlite_master"))) {
            const QSqlError error = database.isOpen() ? query.lastError() : database.lastError();
            result.error = error.text();
            result.errorCode = error.nativeErrorCode().toInt();
        } else {
            result.readable = true;
            while (query.next()) {
                ++result.objectCount;
                const QString type = query.value(0).toString();
                if (type == QLatin1String("trigger") || type == QLatin1String("view"))
                    result.hasTriggersOrViews = true;
            }
            if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next())
                result.applicationId = query.value(0).toLongLong();
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                result.userVersion = query.value(0).toInt();
            qint64 lastCheck = 0;
            if (result.userVersion >= 3 && result.applicationId == LibrarySchema::applicationId
                && query.exec(QStringLiteral("SELECT value FROM counters WHERE name = '%1'")
                                  .arg(QLatin1String(lastCheckCounter)))
                && query.next())
                lastCheck = query.value(0).toLongLong();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // A date in the future means the clock was wrong at some point: check.
            const bool due = lastCheck <= 0 || now - lastCheck >= checkIntervalMs || lastCheck > now;
            // A truncated or extended file betrays itself by its size, without reading its pages
            // (while a -wal holds pages, the file's size says nothing).
            const bool walHoldsPages = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
            qint64 pageCount = -1;
            qint64 pageSize = -1;
            if (query.exec(QStringLiteral("PRAGMA page_count")) && query.next())
                pageCount = query.value(0).toLongLong();
            if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
                pageSize = query.value(0).toLongLong();
            const bool sizeMatches = walHoldsPages || (pageCount >= 0 && pageCount * pageSize == QFileInfo(path).size());
            // SQLite writes whole pages. A file cut inside one still passes quick_check (the missing
            // bytes read as zeros, inside some record), so that alone refuses it.
            if (pageSize > 0 && QFileInfo(path).size() % pageSize != 0) {
                result.checked = true;
                result.error = Library::tr("it ends part-way through a page");
            } else if (suspect || due || !sizeMatches) {
                // Catches truncated and damaged files now rather than at the first edit.
                result.checked = true;
                if (query.exec(QStringLiteral("PRAGMA quick_check")) && query.next()) {
                    result.intact = query.value(0).toString() == QLatin1String("ok");
                } else {
                    result.error = query.lastError().text();
                    result.errorCode = query.lastError().nativeErrorCode().toInt();
                }
            } else {
                result.intact = true;
            }
            query.finish();
            // Only a sound file of this program's is read further: every table and column its
            // version needs, and every session row's values (what the sessions list shows).
            if (result.intact && result.applicationId == LibrarySchema::applicationId && result.userVersion >= 0) {
                result.damage = LibrarySchema::missingPart(database, result.userVersion);
                if (result.damage.isEmpty()) {
                    LibraryTables tables(database, result.userVersion);
                    const QString badRow = tables.checkSessionRows();
                    if (!badRow.isEmpty())
                        result.damage = Library::tr("%1. Whyboard never writes such a value, so the file is not opened.").arg(badRow);
                }
            }
        }
    }
    closeConnection(name);
    return result;
}

bool LibraryOpening::isWritableLocation(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    // The folder must take the -wal, -shm and .lock files beside the library.
    return folder.isWritable() && (!info.exists() || info.isWritable());
}

// Step 1: what the file is, read before anything may write. Sets *emptyFile for an empty
// file that creation may take over.
std::optional<LibraryOpening::Refusal> LibraryOpening::checkFile(const Inspection &found, Library::OpenMode mode, bool *emptyFile)
{
    if (!found.readable) {
        if (std::optional<Refusal> system = systemFailure(found.errorCode, found.path, found.error))
            return system;
        return Refusal{LibraryOpenError::NotADatabase,
                       Library::tr("it is not a Whyboard library, or it is damaged (%1).").arg(found.error)};
    }
    const bool empty = found.applicationId == 0 && found.objectCount == 0 && found.userVersion == 0;
    // An empty file holds nothing to lose (a creation that was killed half-way leaves one):
    // creating may take it over; opening it is an error.
    // Only a file of no bytes at all: a short one is what is left of a library (SQLite reads a
    // few bytes as an empty database).
    *emptyFile = empty && found.fileSize == 0 && mode == Library::OpenMode::CreateIfMissing;
    if (empty && !*emptyFile)
        return Refusal{LibraryOpenError::NotADatabase,
                       found.fileSize == 0 ? Library::tr("it is empty, not a Whyboard library.")
                                           : Library::tr("it is not a Whyboard library, or it is damaged (it holds no tables).")};
    if (!empty && found.applicationId != LibrarySchema::applicationId)
        return Refusal{LibraryOpenError::ForeignDatabase,
                       Library::tr("it is a database of another program, not a Whyboard library.")};
    // Never an index into the migrations: no Whyboard writes a version below zero.
    if (found.userVersion < 0)
        return Refusal{LibraryOpenError::NotADatabase,
                       Library::tr("its library version (%1) is not one Whyboard ever wrote, so it is not opened.")
                           .arg(found.userVersion)};
    if (found.hasTriggersOrViews)
        return Refusal{LibraryOpenError::UntrustedSchema,
                       Library::tr("it contains triggers or views that Whyboard did not create, so it is not opened.")};
    if (!found.intact) {
        if (std::optional<Refusal> system = systemFailure(found.errorCode, found.path, found.error))
            return system;
        return Refusal{LibraryOpenError::NotADatabase,
                       Library::tr("the file is damaged or truncated%1.")
                           .arg(found.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(found.error))};
    }
    if (found.userVersion > LibrarySchema::currentVersion() && mode != Library::OpenMode::ReadOnly)
        return Refusal{LibraryOpenError::NewerSchema,
                       Library::tr("it was made by a newer Whyboard (library version %1; this version knows up to %2). "
                          "It can be opened read-only.")
                           .arg(found.userVersion)
                           .arg(LibrarySchema::currentVersion())};
    if (!found.damage.isEmpty())
        return Refusal{LibraryOpenError::DamagedContent, found.damage};
    return std::nullopt;
}

std::optional<LibraryOpening::Refusal> LibraryOpening::systemFailure(int sqliteCode, const QString &path,
                                                                     const QString &detail)
{
    // SQLite's primary result codes (the low byte of an extended one).
    constexpr int sqliteIoError = 10;
    constexpr int sqliteFull = 13;
    const int primary = sqliteCode & 0xff;
    const QStorageInfo volume(QFileInfo(path).absolutePath());
    // Opening, even to read, makes SQLite's small index file beside a library: on a full disk
    // that fails with one error or another, so the free space decides.
    const bool full = primary == sqliteFull || (volume.isValid() && volume.bytesAvailable() == 0);
    if (full)
        return Refusal{LibraryOpenError::DiskFull,
                       Library::tr("the disk it is on is full, so it cannot be opened now; even reading needs a little "
                                   "room beside it. The library itself is untouched: free some space and try again.")};
    if (primary == sqliteIoError)
        return Refusal{LibraryOpenError::DiskError,
                       Library::tr("the system reported an input/output error while reading it (%1). The library "
                                   "has not been changed; check the disk or the network share it is on.")
                           .arg(detail)};
    return std::nullopt;
}

// Step 2: one writer at a time, through a lock file beside the library.
std::optional<LibraryOpening::Refusal> LibraryOpening::takeLock(QLockFile &lock, const QString &path)
{
    // Never treat a live holder's lock as stale because of its age; a dead one is still detected.
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return std::nullopt;
    if (lock.error() == QLockFile::LockFailedError)
        return Refusal{LibraryOpenError::InUse,
                       Library::tr("it is in use by another Whyboard (%1). It can be opened read-only.")
                           .arg(holderDescription(path)),
                       false};
    if (std::optional<Refusal> system = systemFailure(0, path, QString()))
        return Refusal{system->code, system->reason, false};
    return Refusal{LibraryOpenError::Unwritable, Library::tr("its lock file cannot be created beside it."), false};
}

// Step 3: the connection this library keeps, with its pragmas.
bool LibraryOpening::connect(const QString &name, const QString &path, const QString &uriQuery, bool readOnly, QString *error)
{
    QSqlDatabase database = openConnection(name, path, uriQuery);
    if (!database.isOpen()) {
        *error = database.lastError().text();
        return false;
    }
    const bool ok = exec(database, QStringLiteral("PRAGMA trusted_schema = OFF"), error)
                    && exec(database, QStringLiteral("PRAGMA foreign_keys = ON"), error)
                    && exec(database, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), error);
    if (!ok || readOnly)
        return ok && exec(database, QStringLiteral("PRAGMA query_only = ON"), error);
    // WAL with synchronous=NORMAL: a committed step survives a killed process; after a power
    // loss the last steps before it may be missing, but the file stays consistent.
    return exec(database, QStringLiteral("PRAGMA journal_mode = WAL"), error)
           && exec(database, QStringLiteral("PRAGMA synchronous = NORMAL"), error);
}

// Step 4: brings a writable file to the current schema in one transaction (marking a new one).
bool LibraryOpening::migrate(QSqlDatabase database, int fromVersion, bool isNew, QString *error)
{
    if (fromVersion >= LibrarySchema::currentVersion())
        return true;
    bool ok = database.transaction();
    if (ok && isNew)
        ok = exec(database, QStringLiteral("PRAGMA application_id = %1").arg(LibrarySchema::applicationId), error);
    if (ok) {
        *error = LibrarySchema::migrate(database, fromVersion);
        ok = error->isEmpty();
    }
    ok = ok && database.commit();
    if (!ok) {
        if (error->isEmpty())
            *error = database.lastError().text();
        database.rollback();
    }
    return ok;
}

} // namespace Whyboard
