// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarydialect.h"

#include "storage/postgresdialect.h"
#include "storage/sqlitedialect.h"

namespace Whyboard {

const LibraryDialect &LibraryDialect::of(const QSqlDatabase &database)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (database.driverName() == QLatin1String("QPSQL"))
        return postgres;
    return sqlite;
}

} // namespace Whyboard
