// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Whyboard {

// The user's library preferences (Edit › Preferences), read where the libraries are opened: the
// default library (the window without a LIBRARY argument, and the command-line verbs' default)
// and the daily copies of a library file. In QSettings, read afresh on every call, so a change
// applies to the next library opened.
class LibraryPreferences
{
public:
    static constexpr int defaultBackupsKept = 7;
    static constexpr int maximumBackupsKept = 365;

    // The library chosen as the default, else builtInLibraryPath().
    static QString libraryPath();
    // QStandardPaths::AppDataLocation/library.whyboard
    static QString builtInLibraryPath();
    // An empty path, or the built-in one, goes back to following builtInLibraryPath().
    static void setLibraryPath(const QString &path);

    static bool backupsEnabled();
    static void setBackupsEnabled(bool enabled);
    // How many daily copies stay: 1 to maximumBackupsKept.
    static int backupsKept();
    static void setBackupsKept(int copies);
};

} // namespace Whyboard
