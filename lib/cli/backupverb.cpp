// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/backupverb.h"

#include "storage/library.h"
#include "storage/librarybackup.h"
#include "storage/librarybackuprestore.h"

#include <QDir>
#include <QFileInfo>

namespace Whyboard {

BackupVerb::Outcome BackupVerb::restore(const QString &libraryPath)
{
    const QString shown = QDir::toNativeSeparators(libraryPath);
    LibraryOpenError error = LibraryOpenError::None;
    QString message;
    // Read-only: looking must not change the file, nor make today's copy of it.
    const bool opens = bool(Library::open(libraryPath, Library::OpenMode::ReadOnly, &error, &message));
    // A cleanly closed library opens without a full check, so a damaged page inside it shows only
    // when a session is read: only a library that also passes integrity_check is left as it is.
    // The check reads the file alone, so one with pages still in its journal is left as it is too.
    if (opens && (LibraryBackup::isSound(libraryPath) || QFileInfo(libraryPath + QStringLiteral("-wal")).size() > 0))
        return {false, tr("“%1” opens as it is, so nothing was restored. Its daily copies are in “%2”; "
                          "each one opens as a library.")
                           .arg(shown, QDir::toNativeSeparators(LibraryBackup::folderFor(libraryPath)))};
    if (opens)
        message = tr("“%1” fails its integrity check.").arg(shown);
    else if (!LibraryBackupRestore::offersRestore(libraryPath, error))
        return {false, message};
    const std::optional<LibraryBackup::Copy> copy = LibraryBackup::newestSoundCopy(libraryPath);
    if (!copy)
        return {false, tr("%1 No sound backup of it was found in “%2”.")
                           .arg(message, QDir::toNativeSeparators(LibraryBackup::folderFor(libraryPath)))};
    QString keptAs;
    QString reason;
    if (!LibraryBackupRestore::restore(libraryPath, *copy, &keptAs, &reason))
        return {false, tr("cannot restore “%1”: %2").arg(shown, reason)};
    if (!Library::open(libraryPath, Library::OpenMode::ReadOnly, &error, &message))
        return {false, message};
    const QString restored = tr("Restored “%1” from the backup of %2.")
                                 .arg(shown, LibraryBackupRestore::describe(*copy));
    if (keptAs.isEmpty())
        return {true, restored};
    return {true, tr("%1 The damaged file was kept as “%2”.").arg(restored, QDir::toNativeSeparators(keptAs))};
}

} // namespace Whyboard
