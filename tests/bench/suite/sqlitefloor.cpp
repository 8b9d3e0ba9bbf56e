// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitefloor.h"

#include <sqlite3.h>

#include <QtGlobal>

namespace Whyboard::Bench {

SqliteFloor::SqliteFloor(const QString &path, bool readOnly)
{
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_database, flags, nullptr) != SQLITE_OK)
        qFatal("floor: cannot open %s", qPrintable(path));
    // What the library sets on every connection (LibraryOpening::connect).
    exec("PRAGMA trusted_schema = OFF");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA busy_timeout = 5000");
    if (readOnly) {
        exec("PRAGMA query_only = ON");
    } else {
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = NORMAL");
    }
}

SqliteFloor::~SqliteFloor()
{
    sqlite3_close_v2(m_database);
}

void SqliteFloor::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_database, sql, nullptr, nullptr, &message) != SQLITE_OK)
        qFatal("floor: %s: %s", sql, message);
}

sqlite3_stmt *SqliteFloor::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_database, sql, -1, &statement, nullptr) != SQLITE_OK)
        qFatal("floor: %s: %s", sql, sqlite3_errmsg(m_database));
    return statement;
}

} // namespace Whyboard::Bench
