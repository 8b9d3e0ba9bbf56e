// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSemaphore>
#include <QString>

#include <memory>

class QThread;

namespace Whyboard {

// Today's copy of a library (LibraryBackup::makeDailyCopy), made on a thread of its own with its
// own read-only connection, so that opening the library never waits for it. The copy starts a few
// seconds after the open, once the window has painted and loaded its session, so that it does not
// compete with the start for the processor. Destroying the job starts the copy at once if it has
// not begun and waits for it: the library is closed only after it.
class LibraryBackupJob
{
public:
    // Null when today's copy already exists, or the copies are turned off in Preferences
    // (LibraryPreferences): then nothing runs at all. As many copies are kept as the
    // preferences say.
    static std::unique_ptr<LibraryBackupJob> startIfDue(const QString &libraryPath);
    static constexpr int startDelayMs = 3000;
    ~LibraryBackupJob();

    // Blocks until the copy is made or has failed; returns the error, or an empty string.
    QString wait();

private:
    LibraryBackupJob(const QString &libraryPath, int keep);

    QSemaphore m_closing; // released when the library closes: no more waiting
    std::unique_ptr<QThread> m_thread;
    QString m_error;
};

} // namespace Whyboard
