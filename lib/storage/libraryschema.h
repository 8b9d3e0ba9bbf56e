// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace Whyboard {

// The library file's schema: its marks and its ordered migrations.
//
// Version N of the file is what the first N migration steps build; a step is never edited
// once released, a change is a new step. Each step is tested from a fixture file made by
// the program one version before it.
class LibrarySchema
{
public:
    // PRAGMA application_id of every Whyboard library: "WBRD".
    static constexpr qint32 applicationId = 0x57425244;
    // PRAGMA user_version this program writes; files above it are opened read-only.
    static int currentVersion();
    // The first version with the full-text index (search, the repeat-cause alert).
    static int searchIndexVersion();

    // Runs the steps that take the library from its version to the current one, and marks the
    // version, in the caller's transaction (each statement as the database's dialect runs it). Returns an empty string or what failed.
    static QString migrate(QSqlDatabase &database, int fromVersion);

    // Empty when the file has every table and column that its version's steps create (the
    // current version's for a newer file); otherwise what is missing, in words. Reads only.
    static QString missingPart(QSqlDatabase &database, int version);
};

} // namespace Whyboard
