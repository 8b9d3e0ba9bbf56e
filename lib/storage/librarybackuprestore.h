// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarybackup.h"
#include "storage/libraryopenerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Whyboard {

// Puts a daily copy back in place of a library that no longer opens. The damaged file is never
// deleted: it is moved aside, with its -wal and -shm, under a name that says when
// ("team.whyboard.damaged-20261201-101530"), in the same folder, for whoever wants to rescue
// more from it.
class LibraryBackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::LibraryBackupRestore)

public:
    // Whether a library refused for this reason may be replaced by a copy: a damaged, foreign,
    // tampered or missing file, not one that is busy, newer, unwritable or a folder, nor one that
    // reads as sound on its own (the open failed for another reason: a full disk, an I/O error).
    static bool offersRestore(const QString &libraryPath, LibraryOpenError error);

    // Where the damaged file goes when restored at `when`.
    static QString keptPath(const QString &libraryPath, const QDateTime &when);

    // Moves the file at libraryPath aside (when there is one) and puts a copy of the backup in
    // its place; the backup itself stays. On failure the file is back where it was and *error
    // says why. *keptAs is where the damaged file now is (empty when there was none).
    static bool restore(const QString &libraryPath, const LibraryBackup::Copy &copy, QString *keptAs,
                        QString *error);

    // One line for a refused open: which copy could be restored, and how. Empty without a sound
    // copy or when the reason is not one a copy can mend.
    static QString hint(const QString &libraryPath, LibraryOpenError error);
    // "1 December 2026, 48 KB" in the user's language.
    static QString describe(const LibraryBackup::Copy &copy);
};

} // namespace Whyboard
