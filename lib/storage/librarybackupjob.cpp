// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarybackupjob.h"

#include "storage/librarybackup.h"
#include "storage/librarypreferences.h"

#include <QDate>
#include <QDir>
#include <QThread>

#include <algorithm>

namespace Whyboard {

std::unique_ptr<LibraryBackupJob> LibraryBackupJob::startIfDue(const QString &libraryPath)
{
    // Turned off in Preferences: no copy, and the copies already made stay as they are.
    if (!LibraryPreferences::backupsEnabled())
        return nullptr;
    const QDate today = QDate::currentDate();
    const QList<LibraryBackup::Copy> existing = LibraryBackup::copies(libraryPath);
    if (std::any_of(existing.cbegin(), existing.cend(), [&](const LibraryBackup::Copy &copy) { return copy.day == today; }))
        return nullptr;
    // The folder at once, the copy on the thread: what stands beside the library does not
    // depend on how far the thread has come.
    QDir().mkpath(LibraryBackup::folderFor(libraryPath));
    return std::unique_ptr<LibraryBackupJob>(new LibraryBackupJob(libraryPath, LibraryPreferences::backupsKept()));
}

LibraryBackupJob::LibraryBackupJob(const QString &libraryPath, int keep)
{
    m_thread.reset(QThread::create([this, libraryPath, keep] {
        m_closing.tryAcquire(1, startDelayMs);
        m_error = LibraryBackup::makeDailyCopy(libraryPath, QDate::currentDate(), keep);
    }));
    m_thread->setObjectName(QStringLiteral("library backup"));
    m_thread->start(QThread::LowPriority);
}

LibraryBackupJob::~LibraryBackupJob()
{
    const QString error = wait();
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
}

QString LibraryBackupJob::wait()
{
    m_closing.release();
    m_thread->wait();
    return m_error;
}

} // namespace Whyboard
