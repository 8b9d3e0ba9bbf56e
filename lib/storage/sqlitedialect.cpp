// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlitedialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace Whyboard {

QString SqliteDialect::versionStatement(int version) const
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

LibraryDialect::TableColumns SqliteDialect::tableColumns(QSqlDatabase &database, bool *ok) const
{
    TableColumns result;
    QSqlQuery tables(database);
    *ok = tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
    while (*ok && tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns(database);
        *ok = columns.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        columns.addBindValue(table);
        *ok = *ok && columns.exec();
        QStringList names;
        while (*ok && columns.next())
            names.append(columns.value(0).toString());
        result.append({table, names});
    }
    return result;
}

} // namespace Whyboard
