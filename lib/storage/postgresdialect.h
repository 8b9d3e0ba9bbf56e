// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarydialect.h"

namespace Whyboard {

// A library on a PostgreSQL server. The schema steps are SQLite's text with PostgreSQL's
// types (64-bit BIGINT for every INTEGER, DOUBLE PRECISION for REAL) and the full-text index
// as plain tables (search_text searched with ILIKE, cause_words with PostgreSQL's own text
// search). The version lives in the one-row table whyboard_library.
class PostgresDialect final : public LibraryDialect
{
public:
    // The row that marks a database as a Whyboard library, and holds its version.
    static QStringList markStatements(int version);
    static QString markTable() { return QStringLiteral("whyboard_library"); }

    Kind kind() const override { return Kind::Postgres; }
    QStringList schemaStatements(const QString &step) const override;
    QString versionStatement(int version) const override;
    TableColumns tableColumns(QSqlDatabase &database, bool *ok) const override;
    bool keepsTable(const QString &table) const override;
    bool isConnectionLost(const QSqlError &error) const override;
};

} // namespace Whyboard
