#include "storage/library.h"

#include "document/sessiondocument.h"
#include "storage/librarytables.h"
#include "storage/libraryschema.h"
#include "storage/librarywriter.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

#include <cstdio>

namespace Whyboard {

namespace {

constexpr int busyTimeoutMs = 5000;

// Every Library uses its own connection, so two libraries (or two opens of one file) never
// share one.
QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("whyboard-library-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Opens through a URI so that mode=ro/rw never creates a missing file (only rwc does).
QSqlDatabase openConnection(const QString &name, const QString &path, const QString &uriQuery)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(uriQuery);
    database.setDatabaseName(url.toString(QUrl::FullyEncoded));
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    database.open();
    return database;
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase database = QSqlDatabase::database(name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool exec(QSqlDatabase &database, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(database);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// What a file holds, read through a read-only connection before anything may write.
struct Inspection
{
    bool readable = false;
    QString error;
    qint64 applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
    bool hasTriggersOrViews = false;
    bool intact = false;
};

Inspection inspect(const QString &path, const QString &readQuery)
{
    Inspection result;
    const QString name = newConnectionName();
    {
        QSqlDatabase database = openConnection(name, path, readQuery);
        QSqlQuery query(database);
        // open() succeeds on garbage; the first statement is what fails.
        if (!database.isOpen() || !query.exec(QStringLiteral("PRAGMA trusted_schema = OFF"))
            || !query.exec(QStringLiteral("SELECT type FROM sqlite_master"))) {
            result.error = database.isOpen() ? query.lastError().text() : database.lastError().text();
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
            // Catches truncated and damaged files now rather than at the first edit.
            if (query.exec(QStringLiteral("PRAGMA quick_check")) && query.next())
                result.intact = query.value(0).toString() == QLatin1String("ok");
            else
                result.error = query.lastError().text();
        }
    }
    closeConnection(name);
    return result;
}

// A read-only connection to a WAL file creates the -wal and -shm files when they are missing.
// When the open is refused, take back the ones this open created, so a refused file is
// left exactly as it was found. (An empty -wal holds nothing; a -shm is only an index.)
class CompanionFiles
{
public:
    explicit CompanionFiles(const QString &path)
        : m_wal(path + QStringLiteral("-wal"))
        , m_shm(path + QStringLiteral("-shm"))
        , m_hadWal(QFileInfo::exists(m_wal))
        , m_hadShm(QFileInfo::exists(m_shm))
    {
    }
    bool hadShm() const { return m_hadShm; }
    void removeCreated() const
    {
        if (!m_hadWal && !m_hadShm && QFileInfo(m_wal).size() == 0) {
            QFile::remove(m_wal);
            QFile::remove(m_shm);
        }
    }

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

bool isWritableLocation(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    // The folder must take the -wal, -shm and .lock files beside the library.
    return folder.isWritable() && (!info.exists() || info.isWritable());
}

} // namespace

class Library::Private
{
public:
    QString path;
    QString connectionName;
    bool readOnly = false;
    int schemaVersion = 0;
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<LibraryTables> tables;
    QList<LibraryWriter *> writers;
    QString lastError;

    QSqlDatabase database() const { return QSqlDatabase::database(connectionName, false); }

    // Runs work in one transaction; on failure rolls back and sets lastError.
    template<typename Work>
    bool inTransaction(Work work)
    {
        QSqlDatabase db = database();
        if (!db.transaction()) {
            lastError = db.lastError().text();
            return false;
        }
        lastError.clear();
        tables->clearError();
        if (work() && db.commit())
            return true;
        if (lastError.isEmpty())
            lastError = tables->lastError().isEmpty() ? db.lastError().text() : tables->lastError();
        db.rollback();
        return false;
    }
};

Library::Library()
    : d(std::make_unique<Private>())
{
}

Library::~Library()
{
    for (LibraryWriter *writer : std::as_const(d->writers))
        delete writer; // flushes
    d->writers.clear();
    d->tables.reset();
    if (!d->connectionName.isEmpty())
        closeConnection(d->connectionName);
}

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library")
           + fileExtension();
}

QString Library::holderDescription(const QString &path)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return tr("another program");
    return tr("process %1 on host %2").arg(pid).arg(host.isEmpty() ? tr("(unknown)") : host);
}

std::unique_ptr<Library> Library::open(const QString &path, OpenMode mode, LibraryOpenError *error,
                                       QString *message)
{
    auto fail = [&](LibraryOpenError code, const QString &reason) -> std::unique_ptr<Library> {
        if (error)
            *error = code;
        if (message)
            *message = tr("Cannot open the library “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
        return nullptr;
    };
    if (error)
        *error = LibraryOpenError::None;

    // Only stat() before SQLite: opening the file through QFile would drop the POSIX locks
    // that another connection of this process may hold on it.
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (info.isDir())
        return fail(LibraryOpenError::IsDirectory, tr("it is a folder, not a library file."));
    if (!exists && mode != OpenMode::CreateIfMissing)
        return fail(LibraryOpenError::NotFound, tr("the file does not exist."));

    std::unique_ptr<Library> library(new Library);
    Private &p = *library->d;
    p.path = info.absoluteFilePath();
    p.readOnly = mode == OpenMode::ReadOnly;
    if (exists && !p.readOnly && !isWritableLocation(p.path))
        return fail(LibraryOpenError::Unwritable, tr("you have no permission to write it or its folder."));

    const CompanionFiles companions(p.path);
    // In a folder nobody may write, no writer can be active and the -shm cannot be created:
    // read the file as immutable.
    const QString readQuery = p.readOnly && !companions.hadShm() && !QFileInfo(info.absolutePath()).isWritable()
        ? QStringLiteral("mode=ro&immutable=1")
        : QStringLiteral("mode=ro");
    auto refuse = [&](LibraryOpenError code, const QString &reason) {
        companions.removeCreated();
        return fail(code, reason);
    };

    bool emptyFile = false;
    if (exists) {
        const Inspection found = inspect(p.path, readQuery);
        if (!found.readable)
            return refuse(LibraryOpenError::NotADatabase,
                        tr("it is not a Whyboard library, or it is damaged (%1).").arg(found.error));
        const bool empty = found.applicationId == 0 && found.objectCount == 0 && found.userVersion == 0;
        // An empty file holds nothing to lose (a creation that was killed half-way leaves one):
        // creating may take it over; opening it is an error.
        if (empty && mode == OpenMode::CreateIfMissing)
            emptyFile = true;
        else if (empty)
            return refuse(LibraryOpenError::NotADatabase, tr("it is empty, not a Whyboard library."));
        else if (found.applicationId != LibrarySchema::applicationId)
            return refuse(LibraryOpenError::ForeignDatabase,
                        tr("it is a database of another program, not a Whyboard library."));
        if (found.hasTriggersOrViews)
            return refuse(LibraryOpenError::UntrustedSchema,
                        tr("it contains triggers or views that Whyboard did not create, so it is not opened."));
        if (!found.intact)
            return refuse(LibraryOpenError::NotADatabase,
                        tr("the file is damaged or truncated%1.")
                            .arg(found.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(found.error)));
        if (found.userVersion > LibrarySchema::currentVersion() && !p.readOnly)
            return refuse(LibraryOpenError::NewerSchema,
                        tr("it was made by a newer Whyboard (library version %1; this version knows up to %2). "
                           "It can be opened read-only.")
                            .arg(found.userVersion)
                            .arg(LibrarySchema::currentVersion()));
        p.schemaVersion = found.userVersion;
    }

    if (!p.readOnly) {
        if (!exists && !QDir().mkpath(info.absolutePath()))
            return fail(LibraryOpenError::Unwritable, tr("its folder cannot be created."));
        if (!isWritableLocation(p.path))
            return fail(LibraryOpenError::Unwritable, tr("you have no permission to write it or its folder."));
        p.lock = std::make_unique<QLockFile>(p.path + QStringLiteral(".lock"));
        // Never treat a live holder's lock as stale because of its age; a dead one is still detected.
        p.lock->setStaleLockTime(0);
        if (!p.lock->tryLock(0)) {
            if (p.lock->error() == QLockFile::LockFailedError)
                return fail(LibraryOpenError::InUse,
                            tr("it is in use by another Whyboard (%1). It can be opened read-only.")
                                .arg(holderDescription(p.path)));
            return fail(LibraryOpenError::Unwritable, tr("its lock file cannot be created beside it."));
        }
    }

    p.connectionName = newConnectionName();
    const QString uriQuery = p.readOnly ? readQuery : exists ? QStringLiteral("mode=rw") : QStringLiteral("mode=rwc");
    QSqlDatabase database = openConnection(p.connectionName, p.path, uriQuery);
    QString sqlError;
    bool migrationFailed = false;
    bool ok = database.isOpen();
    if (!ok)
        sqlError = database.lastError().text();
    ok = ok && exec(database, QStringLiteral("PRAGMA trusted_schema = OFF"), &sqlError)
         && exec(database, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError)
         && exec(database, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs), &sqlError);
    if (ok && p.readOnly) {
        ok = exec(database, QStringLiteral("PRAGMA query_only = ON"), &sqlError);
    } else if (ok) {
        // WAL with synchronous=NORMAL: a committed step survives a killed process; after a power
        // loss the last steps before it may be missing, but the file stays consistent.
        ok = exec(database, QStringLiteral("PRAGMA journal_mode = WAL"), &sqlError)
             && exec(database, QStringLiteral("PRAGMA synchronous = NORMAL"), &sqlError);
        if (ok && p.schemaVersion < LibrarySchema::currentVersion()) {
            ok = database.transaction();
            if (ok && (!exists || emptyFile))
                ok = exec(database, QStringLiteral("PRAGMA application_id = %1").arg(LibrarySchema::applicationId),
                          &sqlError);
            if (ok) {
                sqlError = LibrarySchema::migrate(database, p.schemaVersion);
                ok = sqlError.isEmpty();
                migrationFailed = !ok && exists;
            }
            ok = ok && database.commit();
            if (!ok) {
                if (sqlError.isEmpty())
                    sqlError = database.lastError().text();
                database.rollback();
            } else {
                p.schemaVersion = LibrarySchema::currentVersion();
            }
        }
    }
    if (!ok) {
        database = QSqlDatabase();
        closeConnection(p.connectionName);
        p.connectionName.clear();
        if (!exists) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(p.path + QLatin1String(suffix));
        }
        if (p.readOnly)
            return refuse(LibraryOpenError::NotADatabase, tr("it cannot be read (%1).").arg(sqlError));
        if (migrationFailed)
            return refuse(LibraryOpenError::NotADatabase,
                          tr("it could not be brought up to this version of Whyboard (%1).").arg(sqlError));
        return refuse(LibraryOpenError::Unwritable, tr("it cannot be opened for writing (%1).").arg(sqlError));
    }
    p.tables = std::make_unique<LibraryTables>(database, p.schemaVersion);
    return library;
}

QString Library::path() const
{
    return d->path;
}

bool Library::isReadOnly() const
{
    return d->readOnly;
}

QString Library::lastError() const
{
    return d->lastError;
}

QList<SessionSummary> Library::sessions() const
{
    return d->tables->summaries();
}

std::optional<Session> Library::loadSession(SessionId id) const
{
    return d->tables->loadSession(id);
}

QList<SessionId> Library::search(const QString &text) const
{
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QList<SessionId> result;
    d->tables->forEachSearchText([&](SessionId id, const QStringList &texts) {
        for (const QString &word : words) {
            const bool found = std::any_of(texts.cbegin(), texts.cend(), [&](const QString &candidate) {
                return candidate.contains(word, Qt::CaseInsensitive);
            });
            if (!found)
                return;
        }
        result.append(id);
    });
    return result;
}

SessionId Library::insertSession(const Session &session)
{
    if (d->readOnly) {
        d->lastError = tr("The library is open read-only.");
        return 0;
    }
    Session stored = session;
    const bool ok = d->inTransaction([&] {
        stored.id = d->tables->nextSessionId();
        return stored.id > 0 && d->tables->writeWholeSession(stored);
    });
    if (!ok)
        return 0;
    Q_EMIT sessionsChanged();
    return stored.id;
}

bool Library::insertSessionKeepingId(const Session &session)
{
    if (d->readOnly || session.id <= 0) {
        d->lastError = tr("The session cannot be stored here.");
        return false;
    }
    const bool ok = d->inTransaction([&] {
        if (d->tables->sessionExists(session.id)) {
            d->lastError = tr("Another session already uses the id %1.").arg(session.id);
            return false;
        }
        return d->tables->noteSessionId(session.id) && d->tables->writeWholeSession(session);
    });
    if (ok)
        Q_EMIT sessionsChanged();
    return ok;
}

bool Library::trashSession(SessionId id)
{
    if (d->readOnly) {
        d->lastError = tr("The library is open read-only.");
        return false;
    }
    for (LibraryWriter *writer : QList<LibraryWriter *>(d->writers)) {
        if (writer->document() && writer->document()->sessionId() == id)
            detach(writer->document());
    }
    if (!d->inTransaction([&] { return d->tables->setTrashed(id, QDateTime::currentDateTimeUtc()); }))
        return false;
    Q_EMIT sessionsChanged();
    Q_EMIT trashChanged();
    return true;
}

bool Library::restoreFromTrash(SessionId id)
{
    if (d->readOnly) {
        d->lastError = tr("The library is open read-only.");
        return false;
    }
    const bool ok = d->inTransaction([&] {
        if (!d->tables->isTrashed(id)) {
            d->lastError = tr("There is no session %1 in the trash.").arg(id);
            return false;
        }
        return d->tables->setTrashed(id, QDateTime());
    });
    if (ok) {
        Q_EMIT sessionsChanged();
        Q_EMIT trashChanged();
    }
    return ok;
}

QList<SessionSummary> Library::trashedSessions() const
{
    QList<SessionSummary> trashed = d->tables->summaries(true);
    std::stable_sort(trashed.begin(), trashed.end(), [](const SessionSummary &a, const SessionSummary &b) {
        return a.deletedAt < b.deletedAt;
    });
    return trashed;
}

bool Library::emptyTrash()
{
    if (d->readOnly) {
        d->lastError = tr("The library is open read-only.");
        return false;
    }
    if (!d->inTransaction([&] { return d->tables->emptyTrash(); }))
        return false;
    Q_EMIT trashChanged();
    return true;
}

void Library::attach(SessionDocument *document)
{
    if (!document)
        return;
    for (LibraryWriter *writer : std::as_const(d->writers)) {
        if (writer->document() == document)
            return;
    }
    if (d->readOnly) {
        // Nothing would reach the file: refuse edits rather than lose them.
        document->setReadOnly(true);
        return;
    }
    if (document->sessionId() <= 0) {
        // The library chooses session ids: store the session with insertSession() first.
        d->lastError = tr("The session has no id in this library yet.");
        document->setReadOnly(true);
        Q_EMIT writeFailed(d->lastError);
        return;
    }
    auto *writer = new LibraryWriter(document, d->tables.get(), d->connectionName);
    connect(writer, &LibraryWriter::writeFailed, this, &Library::writeFailed);
    connect(document, &QObject::destroyed, this, [this, writer] {
        // Every step was written when it finished; the document's data is gone by now.
        d->writers.removeOne(writer);
        delete writer;
    });
    d->writers.append(writer);
    if (!d->tables->sessionExists(document->sessionId())) {
        // Not stored yet: put the whole session in the file before the first edit.
        QSqlDatabase database = d->database();
        if (!database.transaction() || !d->tables->writeWholeSession(document->session()) || !database.commit()) {
            database.rollback();
            d->lastError = d->tables->lastError();
            Q_EMIT writeFailed(tr("The session could not be saved to the library: %1").arg(d->lastError));
        }
    }
}

void Library::detach(SessionDocument *document)
{
    for (int i = 0; i < d->writers.size(); ++i) {
        LibraryWriter *writer = d->writers.at(i);
        if (writer->document() == document) {
            d->writers.removeAt(i);
            disconnect(document, &QObject::destroyed, this, nullptr);
            delete writer; // flushes
            return;
        }
    }
}

bool Library::saveCopy(const QString &targetPath, std::optional<SessionId> onlySession)
{
    const QFileInfo target(targetPath);
    if (target.absoluteFilePath() == d->path
        || (target.exists() && target.canonicalFilePath() == QFileInfo(d->path).canonicalFilePath())) {
        d->lastError = tr("A copy cannot replace the library itself.");
        return false;
    }
    if (target.isDir()) {
        d->lastError = tr("“%1” is a folder.").arg(QDir::toNativeSeparators(targetPath));
        return false;
    }
    for (LibraryWriter *writer : std::as_const(d->writers))
        writer->flush();

    // Build the copy beside the target and move it in place at once, so a failed copy
    // leaves neither a half file nor a damaged previous one.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(partial + QLatin1String(suffix));

    bool ok = false;
    if (!onlySession) {
        QSqlQuery query(d->database());
        ok = query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(partial);
        ok = ok && query.exec();
        if (!ok)
            d->lastError = query.lastError().text();
    } else if (const std::optional<Session> session = loadSession(*onlySession)) {
        QString message;
        std::unique_ptr<Library> copy = open(partial, OpenMode::CreateIfMissing, nullptr, &message);
        ok = copy && copy->insertSessionKeepingId(*session);
        d->lastError = !copy ? message : copy->lastError();
    } else {
        d->lastError = tr("There is no session %1 in this library.").arg(*onlySession);
    }
    if (ok) {
        for (const char *suffix : {"-wal", "-shm"})
            QFile::remove(target.absoluteFilePath() + QLatin1String(suffix));
        ok = std::rename(QFile::encodeName(partial).constData(),
                         QFile::encodeName(target.absoluteFilePath()).constData())
             == 0;
        if (!ok)
            d->lastError = tr("The copy could not be moved to “%1”.").arg(QDir::toNativeSeparators(targetPath));
    }
    if (!ok)
        QFile::remove(partial);
    return ok;
}

} // namespace Whyboard
