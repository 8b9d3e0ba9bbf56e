// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarybackuprestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace Whyboard {

namespace {

bool moveFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// The library and the side files SQLite keeps beside it: a -wal left by the damaged file must
// never be replayed into the restored one.
const char *const sideSuffixes[] = {"", "-wal", "-shm"};

} // namespace

bool LibraryBackupRestore::offersRestore(const QString &libraryPath, LibraryOpenError error)
{
    switch (error) {
    case LibraryOpenError::NotFound:
    case LibraryOpenError::ForeignDatabase:
    case LibraryOpenError::UntrustedSchema:
    case LibraryOpenError::DamagedContent:
        return true;
    case LibraryOpenError::NotADatabase:
        // A sound file refused all the same was not damaged: never replace it with an older copy.
        return !LibraryBackup::isSound(libraryPath);
    default:
        return false;
    }
}

QString LibraryBackupRestore::keptPath(const QString &libraryPath, const QDateTime &when)
{
    return QFileInfo(libraryPath).absoluteFilePath() + QStringLiteral(".damaged-")
           + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

bool LibraryBackupRestore::restore(const QString &libraryPath, const LibraryBackup::Copy &copy, QString *keptAs,
                                   QString *error)
{
    const QString path = QFileInfo(libraryPath).absoluteFilePath();
    keptAs->clear();
    const bool present = QFileInfo(path).exists() || QFileInfo(path).isSymLink();
    QString aside;
    if (present) {
        aside = keptPath(path, QDateTime::currentDateTime());
        for (int n = 2; QFileInfo::exists(aside) || QFileInfo(aside).isSymLink(); ++n)
            aside = keptPath(path, QDateTime::currentDateTime()) + QStringLiteral("-%1").arg(n);
        for (const char *suffix : sideSuffixes) {
            const QString from = path + QLatin1String(suffix);
            if ((QFileInfo::exists(from) || QFileInfo(from).isSymLink()) && !moveFile(from, aside + QLatin1String(suffix))) {
                *error = tr("“%1” could not be moved aside.").arg(QDir::toNativeSeparators(from));
                for (const char *back : sideSuffixes)
                    moveFile(aside + QLatin1String(back), path + QLatin1String(back));
                return false;
            }
        }
    }
    // Copied under another name and moved in place at once: never a half library under its name.
    const QString partial = path + QStringLiteral(".restoring");
    QFile::remove(partial);
    const bool copied = QFile::copy(copy.path, partial)
                        && QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                              | QFile::ReadOther)
                        && moveFile(partial, path);
    if (!copied) {
        QFile::remove(partial);
        for (const char *suffix : sideSuffixes) {
            if (present)
                moveFile(aside + QLatin1String(suffix), path + QLatin1String(suffix));
        }
        *error = tr("the copy “%1” could not be put in place of the library (is the disk full?).")
                     .arg(QDir::toNativeSeparators(copy.path));
        return false;
    }
    *keptAs = aside;
    return true;
}

QString LibraryBackupRestore::describe(const LibraryBackup::Copy &copy)
{
    const QLocale locale;
    return tr("%1, %2").arg(locale.toString(copy.day, QLocale::LongFormat), locale.formattedDataSize(copy.size));
}

QString LibraryBackupRestore::hint(const QString &libraryPath, LibraryOpenError error)
{
    if (!offersRestore(libraryPath, error))
        return {};
    const std::optional<LibraryBackup::Copy> copy = LibraryBackup::newestSoundCopy(libraryPath);
    if (!copy)
        return {};
    QString shown = QDir::toNativeSeparators(libraryPath);
    if (shown.contains(QLatin1Char(' ')))
        shown = QLatin1Char('\'') + shown + QLatin1Char('\'');
    return tr("A backup from %1 can take its place (the damaged file is kept): whyboard --restore-backup %2")
        .arg(QLocale().toString(copy->day, QLocale::LongFormat), shown);
}

} // namespace Whyboard
