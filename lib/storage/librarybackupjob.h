#pragma once

#include <QString>

#include <memory>

class QThread;

namespace Whyboard {

// Today's copy of a library (LibraryBackup::makeDailyCopy), made on a thread of its own with its
// own read-only connection, so that opening the library, and the window, never wait for it.
// Destroying the job waits for the copy to finish: the library is closed only after it.
class LibraryBackupJob
{
public:
    // Null when today's copy already exists: then nothing runs at all.
    static std::unique_ptr<LibraryBackupJob> startIfDue(const QString &libraryPath);
    ~LibraryBackupJob();

    // Blocks until the copy is made or has failed; returns the error, or an empty string.
    QString wait();

private:
    explicit LibraryBackupJob(const QString &libraryPath);

    std::unique_ptr<QThread> m_thread;
    QString m_error;
};

} // namespace Whyboard
