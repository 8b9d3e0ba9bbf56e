// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/library.h"
#include "storage/libraryopenerror.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class QLockFile;

namespace Whyboard {

// The steps of Library::open, in order: inspect the file through a read-only connection,
// lock it for writing, connect, migrate to the current schema. Each step says why it
// refuses, and nothing is written before the file passed the inspection.
class LibraryOpening
{
public:
    static constexpr int busyTimeoutMs = 5000;
    // The full integrity check reads every page of the file, so it runs only when there is a
    // reason: the last session on the file did not end cleanly, the file's size does not match
    // its header, or the last check is older than this (or never happened).
    static constexpr qint64 checkIntervalMs = 7 * 24 * 3600 * qint64(1000);

    // What a file holds, read through a read-only connection before anything may write.
    struct Inspection
    {
        QString path;
        bool readable = false;
        QString error;
        qint64 applicationId = 0;
        int userVersion = 0;
        int objectCount = 0;
        bool hasTriggersOrViews = false;
        bool intact = false;
        // Whether the full integrity check ran (then a writable open records its date).
        bool checked = false;
        // A table or column missing, or a session row holding a value Whyboard never writes.
        QString damage;
        // SQLite's result code for the error, when reading failed (SQLITE_FULL, SQLITE_IOERR, ...).
        int errorCode = 0;
        qint64 fileSize = 0;
    };

    // Why an open was refused; companions: take back the -wal/-shm files the inspection made.
    struct Refusal
    {
        LibraryOpenError code = LibraryOpenError::None;
        QString reason;
        bool companions = true;
    };

    // A read-only connection to a WAL file creates the -wal and -shm files when they are
    // missing. When the open is refused, take back the ones this open created, so a refused
    // file is left exactly as it was found. (An empty -wal holds nothing; a -shm is only an index.)
    class CompanionFiles
    {
    public:
        explicit CompanionFiles(const QString &path);
        bool hadShm() const { return m_hadShm; }
        void removeCreated() const;

    private:
        QString m_wal;
        QString m_shm;
        bool m_hadWal;
        bool m_hadShm;
    };

    // Every Library uses its own connection, so two libraries never share one.
    static QString newConnectionName();
    static QSqlDatabase openConnection(const QString &name, const QString &path, const QString &uriQuery);
    static void closeConnection(const QString &name);
    static bool exec(QSqlDatabase &database, const QString &sql, QString *error = nullptr);
    // The folder must take the -wal, -shm and .lock files beside the library.
    static bool isWritableLocation(const QString &path);

    // Whether the last program to write the file did not close it: its lock file, or a
    // -wal with content, is left behind and no live process holds the lock. Only stat()s and
    // reads the lock file, never the library itself.
    static bool closedUncleanly(const QString &path);
    // Which process holds the lock file, in words ("process 4242 on host ...").
    static QString holderDescription(const QString &path);
    // suspect: closedUncleanly() was true, so the full check runs whatever its date says.
    static Inspection inspect(const QString &path, const QString &readQuery, bool suspect);
    // Notes in the file that it was found sound now (after a full check, or at creation).
    static void recordCheck(QSqlDatabase database);
    static std::optional<Refusal> checkFile(const Inspection &found, Library::OpenMode mode, bool *emptyFile);
    static std::optional<Refusal> takeLock(QLockFile &lock, const QString &path);
    static bool connect(const QString &name, const QString &path, const QString &uriQuery, bool readOnly,
                        QString *error);
    static bool migrate(QSqlDatabase database, int fromVersion, bool isNew, QString *error);
    // A failure of the file system rather than of the file (a full disk, an I/O error), told
    // as such: the library is not damaged by it. Nothing for any other error.
    static std::optional<Refusal> systemFailure(int sqliteCode, const QString &path, const QString &detail);
};

} // namespace Whyboard
