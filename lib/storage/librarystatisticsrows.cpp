// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarystatisticsrows.h"

#include "storage/libraryrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <limits>

namespace Whyboard {

namespace {

bool hasColumn(const QSqlDatabase &database, const char *table, const char *column)
{
    return database.record(QLatin1String(table)).contains(QLatin1String(column));
}

bool run(QSqlQuery &query, const QString &statement, QString *error)
{
    query.setForwardOnly(true);
    if (query.exec(statement))
        return true;
    *error = QCoreApplication::translate("Whyboard::Library", "cannot read the library: %1").arg(query.lastError().text());
    return false;
}

} // namespace

QList<StatisticsSession> LibraryStatisticsRows::read(const QSqlDatabase &database, QString *error)
{
    error->clear();
    const bool hasTrash = hasColumn(database, "sessions", "deleted_ms");
    const QString inLibrary = hasTrash ? QStringLiteral(" AND s.deleted_ms IS NULL") : QString();
    QList<StatisticsSession> sessions;
    QHash<qint64, qsizetype> indexOf;

    QSqlQuery head(database);
    if (!run(head, QStringLiteral("SELECT s.id, s.title, s.severity, s.status, s.started_ms, s.started_offset,"
                                  " s.detected_ms, s.detected_offset, s.resolved_ms, s.resolved_offset,"
                                  " s.cost_per_minute, s.currency FROM sessions s WHERE TRUE%1 ORDER BY s.id")
                       .arg(inLibrary),
             error))
        return {};
    {
        LibraryRow row(head, QStringLiteral("sessions"), error);
        while (!row.failed() && head.next()) {
            StatisticsSession session;
            session.id = row.integer(0, "id", 1, std::numeric_limits<qint64>::max());
            row.setRow(QStringLiteral("id %1").arg(session.id));
            session.title = row.listedText(1, "title");
            session.severity = int(row.integer(2, "severity", 0, 4));
            session.status = row.value(3, "status", SessionStatus::Draft);
            session.startedAt = row.time(4, "started_ms", "started_offset");
            session.detectedAt = row.time(6, "detected_ms", "detected_offset");
            session.resolvedAt = row.time(8, "resolved_ms", "resolved_offset");
            session.costPerMinute = row.optionalReal(10, "cost_per_minute", 0, std::numeric_limits<double>::max());
            session.currency = row.text(11, "currency");
            indexOf.insert(session.id, sessions.size());
            sessions.append(std::move(session));
        }
        head.finish();
        if (row.failed())
            return {};
    }

    const bool hasCategory = hasColumn(database, "cards", "category");
    const bool hasTags = hasColumn(database, "cards", "tags");
    if (hasCategory || hasTags) {
        QSqlQuery cards(database);
        const QString statement =
            QStringLiteral("SELECT c.session_id, %1, %2 FROM cards c JOIN sessions s ON s.id = c.session_id"
                           " WHERE c.kind = %3 AND (%1 <> '' OR %2 NOT IN ('', '[]'))%4")
                .arg(hasCategory ? QStringLiteral("c.category") : QStringLiteral("''"),
                     hasTags ? QStringLiteral("c.tags") : QStringLiteral("''"))
                .arg(int(CardKind::Why))
                .arg(inLibrary);
        if (!run(cards, statement, error))
            return {};
        LibraryRow row(cards, QStringLiteral("cards"), error);
        while (!row.failed() && cards.next()) {
            const qint64 id = row.integer(0, "session_id", 1, std::numeric_limits<qint64>::max());
            row.setRow(QStringLiteral("session_id %1").arg(id));
            const QString category = row.text(1, "category").trimmed();
            const QStringList tags = row.ids(2, "tags");
            const auto found = indexOf.constFind(id);
            if (found == indexOf.cend())
                continue;
            StatisticsSession &session = sessions[*found];
            if (!category.isEmpty())
                session.categories.append(category);
            for (const QString &tag : tags) {
                if (!tag.trimmed().isEmpty())
                    session.tags.append(tag.trimmed());
            }
        }
        cards.finish();
        if (row.failed())
            return {};
    }

    const bool hasDoneDay = hasColumn(database, "actions", "done_day");
    QSqlQuery actions(database);
    if (!run(actions, QStringLiteral("SELECT a.session_id, a.status, a.due_day, %1, a.owner FROM actions a"
                                     " JOIN sessions s ON s.id = a.session_id WHERE TRUE%2 ORDER BY a.session_id, a.position")
                          .arg(hasDoneDay ? QStringLiteral("a.done_day") : QStringLiteral("NULL"), inLibrary),
             error))
        return {};
    LibraryRow row(actions, QStringLiteral("actions"), error);
    while (!row.failed() && actions.next()) {
        const qint64 id = row.integer(0, "session_id", 1, std::numeric_limits<qint64>::max());
        row.setRow(QStringLiteral("session_id %1").arg(id));
        StatisticsSession::Action action;
        action.status = row.value(1, "status", ActionStatus::Open);
        action.due = row.day(2, "due_day");
        action.doneOn = row.day(3, "done_day");
        action.owner = row.text(4, "owner");
        const auto found = indexOf.constFind(id);
        if (found != indexOf.cend())
            sessions[*found].actions.append(action);
    }
    actions.finish();
    if (row.failed())
        return {};
    return sessions;
}

} // namespace Whyboard
