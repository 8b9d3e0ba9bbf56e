// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarydialect.h"

namespace Whyboard {

// A library file: SQLite's catalogue, PRAGMA user_version, the schema steps as written.
class SqliteDialect final : public LibraryDialect
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QStringList schemaStatements(const QString &step) const override { return {step}; }
    QString versionStatement(int version) const override;
    TableColumns tableColumns(QSqlDatabase &database, bool *ok) const override;
    bool keepsTable(const QString &) const override { return true; }
    bool isConnectionLost(const QSqlError &) const override { return false; }
};

} // namespace Whyboard
