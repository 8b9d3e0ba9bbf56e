// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/libraryopenerror.h"
#include "storage/sessionsummary.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Whyboard {

class LibraryLocation;
class SessionDocument;

// A library of sessions: one .whyboard file (an SQLite database), or a database on a
// PostgreSQL server shared by a team (Library::open takes a path or a postgresql:// URI).
//
// The file is written as the user works: attach() a SessionDocument and every command
// step it runs lands in the file in one transaction before control returns to the event
// loop. There is no save step.
class Library : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode {
        OpenExisting,     // the file must exist and be a Whyboard library
        CreateIfMissing,  // as OpenExisting, but a missing path becomes a new, empty library
        ReadOnly,         // never writes; works on newer schemas and on libraries in use
    };

    ~Library() override;

    // Opens the file, or returns null with *error and *message set (the message names the
    // file and the reason, in words for the user). On failure nothing on disk is changed
    // and no file is created.
    static std::unique_ptr<Library> open(const QString &path, OpenMode mode, LibraryOpenError *error = nullptr,
                                         QString *message = nullptr);

    // The library chosen in Preferences, else QStandardPaths::AppDataLocation/library.whyboard
    // (LibraryPreferences): the window's without a LIBRARY argument, and the verbs' default.
    static QString defaultPath();
    static QString fileExtension() { return QStringLiteral(".whyboard"); }

    // The file's absolute path, or the server's address without a password.
    QString path() const;
    bool isReadOnly() const;
    // The library's schema version (above the program's for a newer library opened read-only).
    int schemaVersion() const;
    // For InUse: which process holds the library, in words ("process 4242 on host ...").
    static QString holderDescription(const QString &path);

    // The sessions in the library; sessions in the trash are not among them.
    QList<SessionSummary> sessions() const;
    // Loads a session, from the library or from the trash.
    std::optional<Session> loadSession(SessionId id) const;
    // Ids of sessions outside the trash whose title, summary or card text contains the
    // words (case-insensitive).
    QList<SessionId> search(const QString &text) const;

    // Stores a whole session in one transaction and returns its new id (0 on failure): ids
    // come from a counter that only grows, so no id is ever given twice, even after the
    // session that had it was deleted for good. Used by import, "New session" and
    // "Duplicate session".
    SessionId insertSession(const Session &session);
    // Stores the session under its own id (a copy of a session into another library); false
    // if that id is taken. The id counter moves past it.
    bool insertSessionKeepingId(const Session &session);

    // The trash: a deleted session stays in the file, out of sessions() and search(), until
    // it is restored or the user empties the trash. Survives closing the library.
    bool trashSession(SessionId id, const QDateTime &when = QDateTime());
    bool restoreFromTrash(SessionId id);
    // Newest deletion last.
    QList<SessionSummary> trashedSessions() const;
    // Deletes every session in the trash for good.
    bool emptyTrash();

    // Writes every change the document makes to the file, one transaction per command step.
    // The document must belong to a session stored in this library (an id from
    // insertSession()). A read-only library, or a document without an id, makes the document
    // read-only instead, so that no edit is made that could not be kept.
    void attach(SessionDocument *document);
    void detach(SessionDocument *document);

    // "Save a copy…": the whole library, or one session, into a new file.
    bool saveCopy(const QString &targetPath, std::optional<SessionId> onlySession = std::nullopt);

    QString lastError() const;

    // The cause categories a why card may carry, in the library's order: the team's own list,
    // or CauseCategories::defaults(). Setting it (not undoable: it is the library's setting,
    // not a session's) emits causeCategoriesChanged(); false with lastError() on failure.
    QStringList causeCategories() const;
    bool setCauseCategories(const QStringList &categories);

    // For queries across sessions (statistics, follow-ups, search). Writes go through
    // attach() and the methods above, which keep the file's rules.
    QSqlDatabase database() const;

    // A library on a server is shared by a team, one editor per session: attach() takes the
    // session's lease (held by this library's connection, so it ends with it); when someone
    // else holds it the document opens read-only instead, editorOf() names them, and
    // sessionChangedElsewhere() tells when to show their edits. Detaching lets go of it. A
    // file library is held whole by one program and has no leases.
    bool isShared() const;
    // Who else is editing the session, in words ("ana on host-3"); empty when nobody else is.
    QString editorOf(SessionId id) const;
    // Asks whoever edits the session to hand it over: they see leaseRequested().
    bool askForLease(SessionId id);

Q_SIGNALS:
    void sessionsChanged();
    void trashChanged();
    void causeCategoriesChanged();
    // A step of an attached document is in the file (views across sessions refresh on it).
    void sessionWritten(Whyboard::SessionId id);
    // A write failed (disk full, file removed, ...): the user must be told at once.
    void writeFailed(const QString &message);
    // Another client wrote the session (after sessionWritten(), which views across sessions
    // follow): a read-only view of it reloads. The signals above also come from other clients.
    void sessionChangedElsewhere(Whyboard::SessionId id);
    // Someone took or let go of a session's lease elsewhere.
    void leaseChanged(Whyboard::SessionId id);
    // Someone asks to edit a session this library holds the lease of.
    void leaseRequested(Whyboard::SessionId id, const QString &requester);
    // The connection to the server is gone (a server library only): every attached document
    // is read-only until reconnected(); the message says since when and what is saved.
    void connectionLost(const QString &message);
    // The connection is back under the same name, its prepared statements renewed and each
    // document's cut-off step settled. Whatever was set up on the old connection (LISTEN, ...)
    // is set up again here.
    void reconnected();

private:
    Library();
    static std::unique_ptr<Library> openOnServer(const LibraryLocation &where, OpenMode mode, LibraryOpenError *error,
                                                 QString *message);
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Whyboard
