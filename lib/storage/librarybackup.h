// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarypreferences.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Whyboard {

// The library's daily copies. Each day a library is opened for writing, a copy of it as it was
// found is made in a folder beside it ("<file> backups/<name> <yyyy-MM-dd>.whyboard"): built
// with VACUUM INTO under a temporary name, checked with integrity_check, and only then given
// its name, so a failed or damaged copy never replaces a good one. The newest `keep` copies
// stay (keptCopies unless the user chose otherwise in Preferences, see LibraryPreferences);
// older ones are deleted. Each copy is an ordinary library that can be opened as it is.
class LibraryBackup
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::LibraryBackup)

public:
    static constexpr int keptCopies = LibraryPreferences::defaultBackupsKept;

    struct Copy
    {
        QString path;
        QDate day;
        qint64 size = 0;
    };

    // "<folder of the library>/<file name> backups"
    static QString folderFor(const QString &libraryPath);
    // The copies in the folder, newest first; only files named as this class names them.
    static QList<Copy> copies(const QString &libraryPath);

    // Makes the copy for `today` unless it exists. Returns an error in words, or an empty string
    // (also when there was nothing to do). beforeCheck runs on the finished copy before it is
    // checked (tests damage it there).
    static QString makeDailyCopy(const QString &libraryPath, const QDate &today = QDate::currentDate(),
                                 int keep = keptCopies,
                                 const std::function<void(const QString &copyPath)> &beforeCheck = {});

    // Whether a file is a sound Whyboard library: integrity_check says "ok" and it bears the mark.
    // Reads the file alone, as it lies (no -wal, nothing written), so it also answers on a full disk.
    static bool isSound(const QString &path);
    // The newest copy that is still sound, if any.
    static std::optional<Copy> newestSoundCopy(const QString &libraryPath);
};

} // namespace Whyboard
