// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/library.h"
#include "storage/libraryopening.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

#include <optional>

namespace Whyboard {

class LibraryLocation;

// The steps of Library::open for a library on a PostgreSQL server: connect, read what the
// database holds, and create or migrate the schema in one transaction under an advisory
// lock, so that two clients never migrate at once. A database is a library when it holds
// the table whyboard_library with Whyboard's mark; an empty database becomes one when opened
// for writing; anything else is refused, as a foreign file is.
class LibraryServerOpening
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::LibraryServerOpening)

public:
    // The advisory lock's class: every Whyboard lock is (this, object).
    static constexpr qint32 lockClass = 0x57425244;
    // The roles a team's server may have (README): members of the first edit, of the second read.
    static constexpr char editorRole[] = "whyboard_editor";
    static constexpr char readerRole[] = "whyboard_reader";

    struct Opened
    {
        QString connectionName;
        int schemaVersion = 0;
        bool readOnly = false;
    };

    // On success *opened holds the connection (added under a new name) and what was found.
    static std::optional<LibraryOpening::Refusal> open(const LibraryLocation &where, Library::OpenMode mode,
                                                       Opened *opened);
    // A connection to the server under `name`: also what a reconnect uses. A read-only one
    // refuses every write at the server.
    static bool connect(const QString &name, const LibraryLocation &where, bool readOnly, QSqlError *error);
    // Why the server refused, in words, with the code the window acts on (a password prompt
    // for AuthenticationFailed).
    static LibraryOpening::Refusal refusalFor(const QSqlError &error, const LibraryLocation &where);

private:
    struct Found;
    static std::optional<LibraryOpening::Refusal> inspect(QSqlDatabase &database, const LibraryLocation &where,
                                                          Found *found);
    static bool actAsEditorRole(QSqlDatabase &database, QSqlError *error);
    static bool grantToTeamRoles(QSqlDatabase &database, QSqlError *error);
    static bool indexTrigrams(QSqlDatabase &database, QSqlError *error);
    static QString createOrMigrate(QSqlDatabase &database, const LibraryLocation &where);
};

} // namespace Whyboard
