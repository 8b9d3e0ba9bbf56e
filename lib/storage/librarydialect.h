// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>

class QSqlError;

namespace Whyboard {

// What differs between the two databases a library lives in: an SQLite file and a PostgreSQL
// server. Everything else in storage is one code with portable SQL; only these statements and
// answers are the database's own. Chosen from the connection's driver.
class LibraryDialect
{
public:
    enum class Kind { Sqlite, Postgres };
    // A table and its columns, in creation order.
    using TableColumns = QList<std::pair<QString, QStringList>>;

    static const LibraryDialect &of(const QSqlDatabase &database);

    virtual ~LibraryDialect() = default;
    virtual Kind kind() const = 0;
    bool isServer() const { return kind() == Kind::Postgres; }

    // A statement of a schema step (written for SQLite) as this database runs it; empty when it
    // has nothing to do here.
    virtual QStringList schemaStatements(const QString &step) const = 0;
    // Marks the library as being at `version`, inside the migration's transaction.
    virtual QString versionStatement(int version) const = 0;
    // The library's tables and their columns, read from the database's catalogue.
    virtual TableColumns tableColumns(QSqlDatabase &database, bool *ok) const = 0;
    // Whether a table SQLite's schema makes exists here too (not the full-text engine's own).
    virtual bool keepsTable(const QString &table) const = 0;
    // Whether the error says the connection to the database is gone (the server restarted,
    // the network dropped), as opposed to a refused statement.
    virtual bool isConnectionLost(const QSqlError &error) const = 0;
};

} // namespace Whyboard
