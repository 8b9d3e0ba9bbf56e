// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/followupsquery.h"

#include "data/sessionlimits.h"
#include "storage/librarydialect.h"
#include "storage/libraryrow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Whyboard {

namespace {

// Libraries from before the trash have no deleted_ms column; a read-only one stays so.
bool hasTrash(const QSqlDatabase &database)
{
    if (LibraryDialect::of(database).isServer())
        return true; // created at a version with the trash
    QSqlQuery query(database);
    return query.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('sessions') WHERE name = 'deleted_ms'"))
           && query.next();
}

} // namespace

QList<FollowUp> FollowUpsQuery::read(const QSqlDatabase &database, const Filter &filter, QString *error)
{
    QList<FollowUp> result;
    QStringList where;
    if (hasTrash(database))
        where << QStringLiteral("s.deleted_ms IS NULL");
    // Spelled as the index's second column, so SQLite narrows each session's actions by it.
    if (filter.unfinishedOnly || filter.overdueOn)
        where << QStringLiteral("a.status IN (0, 1)");
    if (!filter.owner.isEmpty())
        where << QStringLiteral("lower(a.owner) = lower(?)");
    if (filter.overdueOn)
        where << QStringLiteral("a.due_day IS NOT NULL AND a.due_day < ?");
    QSqlQuery query(database);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT a.session_id, s.title, a.id, a.text, a.owner, a.due_day, a.status, a.link"
        " FROM sessions s JOIN actions a ON a.session_id = s.id%1"
        " ORDER BY a.due_day IS NULL, a.due_day, a.session_id, a.position")
        .arg(where.isEmpty() ? QString() : QString(QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return result;
    }
    if (!filter.owner.isEmpty())
        query.addBindValue(filter.owner.trimmed());
    if (filter.overdueOn)
        query.addBindValue(filter.overdueOn->toJulianDay());
    if (!query.exec()) {
        *error = query.lastError().text();
        return result;
    }
    error->clear();
    LibraryRow row(query, QStringLiteral("actions"), error);
    while (!row.failed() && query.next()) {
        FollowUp followUp;
        followUp.sessionId = row.integer(0, "session_id", 1, SessionLimits::maxItemNumber);
        followUp.sessionTitle = row.listedText(1, "title");
        followUp.actionId = row.text(2, "id");
        row.setRow(QStringLiteral("session_id %1, id '%2'").arg(followUp.sessionId).arg(followUp.actionId));
        followUp.text = row.text(3, "text");
        followUp.owner = row.text(4, "owner");
        followUp.due = row.day(5, "due_day");
        followUp.status = row.value(6, "status", ActionStatus::Open);
        followUp.link = row.text(7, "link");
        result.append(followUp);
    }
    if (row.failed())
        result.clear();
    return result;
}

} // namespace Whyboard
