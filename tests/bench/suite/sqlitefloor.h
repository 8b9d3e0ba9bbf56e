// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Whyboard::Bench {

// The floor of the storage measures: the sqlite3 C API with the library's own pragmas, no
// Qt in between.
class SqliteFloor
{
public:
    explicit SqliteFloor(const QString &path, bool readOnly = false);
    ~SqliteFloor();
    SqliteFloor(const SqliteFloor &) = delete;
    SqliteFloor &operator=(const SqliteFloor &) = delete;

    bool isOpen() const { return m_database != nullptr; }
    // Runs a statement without results; aborts the suite when it fails (the floor must be right).
    void exec(const char *sql);
    // A statement the caller steps and finalizes.
    sqlite3_stmt *prepare(const char *sql);

private:
    sqlite3 *m_database = nullptr;
};

} // namespace Whyboard::Bench
