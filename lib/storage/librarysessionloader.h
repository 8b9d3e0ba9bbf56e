// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/sessionlimits.h"
#include "storage/librarytables.h"

#include <optional>

namespace Whyboard {

// Reads one session back from its rows: the session row, then each item list in its stored
// order. Files of older schema versions (opened read-only) read with defaults for the columns
// and tables they do not have yet.
class LibrarySessionLoader
{
public:
    explicit LibrarySessionLoader(LibraryTables &tables);

    // Nothing when the session is not in the file, or when a row holds a value Whyboard never
    // writes: then error() names the table, the row and the column.
    std::optional<Session> load(SessionId id);
    QString error() const { return m_error; }

private:
    template<typename ReadRow>
    bool readList(QSqlQuery &query, SessionId id, const QString &table, SessionLimits::List list, ReadRow readRow);

    LibraryTables &m_tables;
    QString m_error;
};

} // namespace Whyboard
