// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/libraryrevision.h"

#include "storage/libraryrow.h"

#include <QVariant>

namespace Whyboard {

LibraryRevision::LibraryRevision(LibraryTables &tables)
    : m_tables(tables)
{
}

std::optional<qint64> LibraryRevision::read(SessionId id)
{
    QSqlQuery &query = m_tables.prepared(QStringLiteral("SELECT revision FROM sessions WHERE id = ?"));
    query.addBindValue(id);
    if (!m_tables.run(query))
        return std::nullopt;
    std::optional<qint64> result;
    if (query.next())
        result = query.value(0).toLongLong();
    query.finish();
    return result;
}

bool LibraryRevision::countStep(SessionId id, qint64 expected)
{
    QSqlQuery &query = m_tables.prepared(QStringLiteral("UPDATE sessions SET revision = revision + 1 WHERE id = ? AND revision = ?"));
    query.addBindValue(id);
    query.addBindValue(expected);
    if (!m_tables.run(query))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    m_tables.m_lastError = LibraryRow::tr("the session was changed by someone else meanwhile");
    return false;
}

bool LibraryRevision::set(SessionId id, qint64 revision)
{
    QSqlQuery &query = m_tables.prepared(QStringLiteral("UPDATE sessions SET revision = ? WHERE id = ?"));
    query.addBindValue(revision);
    query.addBindValue(id);
    return m_tables.run(query);
}

} // namespace Whyboard
