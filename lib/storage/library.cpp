// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/library.h"

#include "data/sessionlimits.h"
#include "document/sessiondocument.h"
#include "storage/causecategorytable.h"
#include "storage/librarybackupjob.h"
#include "storage/librarycopy.h"
#include "storage/librarypreferences.h"
#include "storage/librarylease.h"
#include "storage/librarylistener.h"
#include "storage/librarylocation.h"
#include "storage/libraryreconnection.h"
#include "storage/libraryserveropening.h"
#include "storage/librarytables.h"
#include "storage/libraryopening.h"
#include "storage/libraryoutertransaction.h"
#include "storage/libraryschema.h"
#include "storage/librarysearch.h"
#include "storage/librarywriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QRegularExpression>

#include <algorithm>

namespace Whyboard {

using Opening = LibraryOpening;

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
    // Today's copy, made beside the library while it is in use.
    std::unique_ptr<LibraryBackupJob> backup;
    // A server library's leases, what other clients write, its reconnects (null for a file).
    std::unique_ptr<LibraryLease> lease;
    std::unique_ptr<LibraryListener> listener;
    std::unique_ptr<LibraryReconnection> reconnection;

    QSqlDatabase database() const { return QSqlDatabase::database(connectionName, false); }

    // Runs work in one transaction (telling other clients the notices); on failure rolls back and sets lastError.
    template<typename Work>
    bool inTransaction(Work work, const QStringList &notices = {})
    {
        QSqlDatabase db = database();
        lastError.clear();
        tables->clearError();
        if (LibraryOuterTransaction::isOpenOn(db)) { // it commits or rolls back
            if (work() && LibraryListener::notify(db, notices))
                return true;
            if (lastError.isEmpty())
                lastError = tables->lastError();
            return false;
        }
        if (!db.transaction()) {
            lastError = db.lastError().text();
            return false;
        }
        if (work() && LibraryListener::notify(db, notices) && db.commit())
            return true;
        const QSqlError sqlError = tables->lastSqlError().isValid() ? tables->lastSqlError() : db.lastError();
        if (lastError.isEmpty())
            lastError = tables->lastError().isEmpty() ? db.lastError().text() : tables->lastError();
        db.rollback();
        if (reconnection && LibraryReconnection::isLost(db, sqlError))
            reconnection->lose();
        return false;
    }
};

Library::Library()
    : d(std::make_unique<Private>())
{
}

Library::~Library()
{
    d->backup.reset(); // the copy's reader goes first, so that closing can checkpoint and tidy up
    d->reconnection.reset();
    for (LibraryWriter *writer : std::as_const(d->writers))
        delete writer; // flushes
    d->writers.clear();
    d->tables.reset();
    if (!d->connectionName.isEmpty())
        Opening::closeConnection(d->connectionName);
}

QString Library::defaultPath()
{
    return LibraryPreferences::libraryPath();
}

QString Library::holderDescription(const QString &path)
{
    return Opening::holderDescription(path);
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
    QString refusal;
    const std::optional<LibraryLocation> location = LibraryLocation::parse(path, &refusal);
    if (!location) {
        if (error)
            *error = LibraryOpenError::UnsupportedLocation;
        if (message)
            *message = refusal;
        return nullptr;
    }
    if (location->isServer())
        return openOnServer(*location, mode, error, message);

    // Only stat() before SQLite: opening the file through QFile would drop the POSIX locks
    // that another connection of this process may hold on it.
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (info.isDir())
        return fail(LibraryOpenError::IsDirectory, tr("it is a folder, not a library file."));
    if (!exists && mode != OpenMode::CreateIfMissing)
        return fail(LibraryOpenError::NotFound, tr("the file does not exist."));
    // A pipe would block SQLite forever; through a link to a device it would write journals
    // beside the device.
    if (exists && !info.isFile())
        return fail(LibraryOpenError::NotADatabase,
                    tr("it is not a regular file (a device, a pipe or a socket), so it is not opened."));

    std::unique_ptr<Library> library(new Library);
    Private &p = *library->d;
    p.path = info.absoluteFilePath();
    p.readOnly = mode == OpenMode::ReadOnly;
    if (exists && !p.readOnly && !Opening::isWritableLocation(p.path))
        return fail(LibraryOpenError::Unwritable, tr("you have no permission to write it or its folder."));

    const Opening::CompanionFiles companions(p.path);
    // In a folder nobody may write, no writer can be active and the -shm cannot be created:
    // read the file as immutable.
    const QString readQuery = p.readOnly && !companions.hadShm() && !QFileInfo(info.absolutePath()).isWritable()
        ? QStringLiteral("mode=ro&immutable=1")
        : QStringLiteral("mode=ro");
    auto refuse = [&](const Opening::Refusal &refusal) {
        if (refusal.companions)
            companions.removeCreated();
        return fail(refusal.code, refusal.reason);
    };

    bool emptyFile = false;
    bool checked = false;
    if (exists) {
        const Opening::Inspection found = Opening::inspect(p.path, readQuery, Opening::closedUncleanly(p.path));
        checked = found.checked;
        if (const std::optional<Opening::Refusal> refusal = Opening::checkFile(found, mode, &emptyFile))
            return refuse(*refusal);
        p.schemaVersion = found.userVersion;
    }

    if (!p.readOnly) {
        if (!exists && !QDir().mkpath(info.absolutePath()))
            return fail(LibraryOpenError::Unwritable, tr("its folder cannot be created."));
        if (!Opening::isWritableLocation(p.path))
            return fail(LibraryOpenError::Unwritable, tr("you have no permission to write it or its folder."));
        p.lock = std::make_unique<QLockFile>(p.path + QStringLiteral(".lock"));
        if (const std::optional<Opening::Refusal> refusal = Opening::takeLock(*p.lock, p.path))
            return refuse(*refusal);
    }

    p.connectionName = Opening::newConnectionName();
    const QString uriQuery = p.readOnly ? readQuery : exists ? QStringLiteral("mode=rw") : QStringLiteral("mode=rwc");
    QString sqlError;
    const bool connected = Opening::connect(p.connectionName, p.path, uriQuery, p.readOnly, &sqlError);
    const bool migrated = connected
                          && (p.readOnly || Opening::migrate(p.database(), p.schemaVersion, !exists || emptyFile, &sqlError));
    if (!migrated) {
        Opening::closeConnection(p.connectionName);
        p.connectionName.clear();
        if (!exists) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(p.path + QLatin1String(suffix));
        }
        if (const std::optional<Opening::Refusal> system = Opening::systemFailure(0, p.path, sqlError))
            return refuse(*system);
        if (p.readOnly)
            return refuse({LibraryOpenError::NotADatabase, tr("it cannot be read (%1).").arg(sqlError)});
        if (connected && exists)
            return refuse({LibraryOpenError::NotADatabase,
                           tr("it could not be brought up to this version of Whyboard (%1).").arg(sqlError)});
        return refuse({LibraryOpenError::Unwritable, tr("it cannot be opened for writing (%1).").arg(sqlError)});
    }
    if (!p.readOnly) {
        p.schemaVersion = std::max(p.schemaVersion, LibrarySchema::currentVersion());
        if (checked || !exists || emptyFile)
            Opening::recordCheck(p.database());
    }
    p.tables = std::make_unique<LibraryTables>(p.database(), p.schemaVersion);
    if (!p.readOnly && exists && !emptyFile)
        p.backup = LibraryBackupJob::startIfDue(p.path);
    return library;
}

std::unique_ptr<Library> Library::openOnServer(const LibraryLocation &where, OpenMode mode, LibraryOpenError *error,
                                               QString *message)
{
    LibraryServerOpening::Opened opened;
    if (const std::optional<Opening::Refusal> refusal = LibraryServerOpening::open(where, mode, &opened)) {
        if (error)
            *error = refusal->code;
        if (message)
            *message = tr("Cannot open the library “%1”: %2").arg(where.displayName(), refusal->reason);
        return nullptr;
    }
    std::unique_ptr<Library> library(new Library);
    Private &p = *library->d;
    p.path = where.displayName();
    p.connectionName = opened.connectionName;
    p.readOnly = opened.readOnly;
    p.schemaVersion = opened.schemaVersion;
    p.tables = std::make_unique<LibraryTables>(p.database(), p.schemaVersion);
    p.lease = std::make_unique<LibraryLease>(p.connectionName);
    p.listener = std::make_unique<LibraryListener>(p.connectionName, library.get());
    p.reconnection = std::make_unique<LibraryReconnection>(where, p.connectionName, p.readOnly, p.tables.get(),
                                                           [&p] { return p.writers; }, library.get());
    // A new connection holds no lease and listens to nothing: both are taken up again.
    connect(library.get(), &Library::reconnected, library.get(), [&p, raw = library.get()] {
        p.listener->listen();
        for (const SessionId lost : p.lease->retake()) {
            for (LibraryWriter *writer : std::as_const(p.writers)) {
                if (writer->document() && writer->document()->sessionId() == lost)
                    writer->document()->setReadOnly(true);
            }
            Q_EMIT raw->writeFailed(tr("Someone else took session %1 while the connection was lost; it is read-only here now.").arg(lost));
        }
    });
    return library;
}

bool Library::isShared() const { return d->lease != nullptr; }
QString Library::editorOf(SessionId id) const { return d->lease ? d->lease->holderOf(id) : QString(); }
bool Library::askForLease(SessionId id) { return d->lease && d->lease->ask(id); }

QString Library::path() const
{
    return d->path;
}

bool Library::isReadOnly() const
{
    return d->readOnly;
}

int Library::schemaVersion() const
{
    return d->schemaVersion;
}

QStringList Library::causeCategories() const
{
    return CauseCategoryTable::read(d->database());
}

bool Library::setCauseCategories(const QStringList &categories)
{
    d->lastError = d->readOnly ? tr("The library is open read-only.") : CauseCategoryTable::write(d->database(), categories);
    if (!d->lastError.isEmpty())
        return false;
    Q_EMIT causeCategoriesChanged();
    return true;
}

QSqlDatabase Library::database() const
{
    return d->database();
}

QString Library::lastError() const
{
    return d->lastError;
}

QList<SessionSummary> Library::sessions() const
{
    d->tables->clearError();
    QList<SessionSummary> result = d->tables->summaries();
    d->lastError = d->tables->lastError();
    return result;
}

std::optional<Session> Library::loadSession(SessionId id) const
{
    std::optional<Session> session = d->tables->loadSession(id);
    d->lastError = d->tables->lastError();
    return session;
}

QList<SessionId> Library::search(const QString &text) const
{
    if (d->schemaVersion >= LibrarySchema::searchIndexVersion() && !LibrarySearch::wordsOf(text).isEmpty()) {
        LibrarySearch search(d->database());
        std::optional<QList<SessionId>> ids = search.sessionIds(LibrarySearch::wordsOf(text), &d->lastError);
        if (!ids)
            return {};
        std::sort(ids->begin(), ids->end());
        return *ids;
    }
    return LibrarySearch::sessionsWithoutIndex(*d->tables, text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts));
}

SessionId Library::insertSession(const Session &session)
{
    if (d->readOnly) {
        d->lastError = tr("The library is open read-only.");
        return 0;
    }
    // Never store what a later load would refuse.
    d->lastError = SessionLimits::check(session);
    if (!d->lastError.isEmpty())
        return 0;
    Session stored = session;
    const bool ok = d->inTransaction([&] {
        stored.id = d->tables->nextSessionId();
        return stored.id > 0 && d->tables->writeWholeSession(stored);
    }, {QStringLiteral("sessions")});
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
    d->lastError = SessionLimits::check(session);
    if (!d->lastError.isEmpty())
        return false;
    const bool ok = d->inTransaction([&] {
        if (d->tables->sessionExists(session.id)) {
            d->lastError = tr("Another session already uses the id %1.").arg(session.id);
            return false;
        }
        return d->tables->noteSessionId(session.id) && d->tables->writeWholeSession(session);
    }, {QStringLiteral("sessions")});
    if (ok)
        Q_EMIT sessionsChanged();
    return ok;
}

bool Library::trashSession(SessionId id, const QDateTime &when)
{
    if (d->readOnly) {
        d->lastError = tr("The library is open read-only.");
        return false;
    }
    for (LibraryWriter *writer : QList<LibraryWriter *>(d->writers)) {
        if (writer->document() && writer->document()->sessionId() == id)
            detach(writer->document());
    }
    if (!d->inTransaction([&] { return d->tables->setTrashed(id, when.isValid() ? when : QDateTime::currentDateTimeUtc()); },
                          {QStringLiteral("sessions"), QStringLiteral("trash")}))
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
    }, {QStringLiteral("sessions"), QStringLiteral("trash")});
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
    if (!d->inTransaction([&] { return d->tables->emptyTrash(); }, {QStringLiteral("trash")}))
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
    if (d->lease && !d->lease->take(document->sessionId())) {
        document->setReadOnly(true); // someone else edits it: this window shows, never writes
        return;
    }
    auto *writer = new LibraryWriter(document, d->tables.get(), d->connectionName);
    if (d->lease) // the lease goes with the writer: detached, closed or the document gone
        connect(writer, &QObject::destroyed, this, [this, id = document->sessionId()] { d->lease->release(id); });
    connect(writer, &LibraryWriter::writeFailed, this, &Library::writeFailed);
    connect(writer, &LibraryWriter::written, this, [this, id = document->sessionId()] { Q_EMIT sessionWritten(id); });
    if (d->reconnection)
        d->reconnection->follow(writer);
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
    for (LibraryWriter *writer : std::as_const(d->writers))
        writer->flush();
    return LibraryCopy::saveCopy(*this, targetPath, onlySession, &d->lastError);
}

} // namespace Whyboard
