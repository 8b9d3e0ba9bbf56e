// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarytables.h"

#include "storage/librarycolumns.h"
#include "storage/librarysessionloader.h"
#include "storage/libraryrow.h"

#include "data/sessionlimits.h"

#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace Whyboard {

LibraryTables::LibraryTables(QSqlDatabase database, int schemaVersion)
    : m_database(std::move(database))
    , m_schemaVersion(schemaVersion)
{
}

QSqlQuery &LibraryTables::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            m_lastError = query.lastError().text();
            m_lastSqlError = query.lastError();
        }
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

bool LibraryTables::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    m_lastSqlError = query.lastError();
    return false;
}

void LibraryTables::useConnection(QSqlDatabase database)
{
    m_statements.clear();
    m_database = std::move(database);
}

QList<SessionSummary> LibraryTables::summaries(bool trashed)
{
    QList<SessionSummary> result;
    if (trashed && !hasTrash())
        return result;
    const QString deleted = hasTrash() ? QStringLiteral("deleted_ms") : QStringLiteral("NULL");
    const QString where = !hasTrash() ? QString()
                          : trashed   ? QStringLiteral(" WHERE deleted_ms IS NOT NULL")
                                      : QStringLiteral(" WHERE deleted_ms IS NULL");
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT id, title, summary, severity, status, started_ms, started_offset, detected_ms,"
        " detected_offset, resolved_ms, resolved_offset,"
        " (SELECT count(*) FROM cards c WHERE c.session_id = s.id),"
        " (SELECT count(*) FROM actions a WHERE a.session_id = s.id AND a.status <> 2), %1"
        " FROM sessions s%2 ORDER BY id").arg(deleted, where));
    if (!run(query))
        return result;
    LibraryRow row(query, QStringLiteral("sessions"), &m_lastError);
    while (!row.failed() && query.next()) {
        SessionSummary summary;
        summary.id = row.integer(0, "id", 1, SessionLimits::maxItemNumber);
        row.setRow(QStringLiteral("id %1").arg(summary.id));
        summary.title = row.listedText(1, "title");
        summary.summary = row.listedText(2, "summary");
        summary.severity = int(row.integer(3, "severity", 0, 4));
        summary.status = row.value(4, "status", SessionStatus::Draft);
        summary.startedAt = row.time(5, "started_ms", "started_offset");
        summary.detectedAt = row.time(7, "detected_ms", "detected_offset");
        summary.resolvedAt = row.time(9, "resolved_ms", "resolved_offset");
        summary.cardCount = query.value(11).toInt();
        summary.openActionCount = query.value(12).toInt();
        if (const std::optional<qint64> deleted = row.optionalInteger(13, "deleted_ms", 0, SessionLimits::maxItemNumber))
            summary.deletedAt = QDateTime::fromMSecsSinceEpoch(*deleted);
        result.append(summary);
    }
    query.finish();
    if (row.failed())
        return {};
    return result;
}

std::optional<Session> LibraryTables::loadSession(SessionId id)
{
    LibrarySessionLoader loader(*this);
    std::optional<Session> session = loader.load(id);
    m_lastError = loader.error();
    return session;
}

QString LibraryTables::checkSessionRows()
{
    m_lastError.clear();
    summaries(false);
    if (m_lastError.isEmpty())
        summaries(true);
    if (!m_lastError.isEmpty() || !hasTrash())
        return m_lastError;
    // The counter hands out the next session id: it must be a number past every id in use.
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT value, (SELECT coalesce(max(id), 0) FROM sessions) FROM counters WHERE name = 'last_session_id'"));
    if (!run(query))
        return m_lastError;
    if (!query.next()) {
        m_lastError = LibraryRow::tr("table “counters”: the row “last_session_id” is missing");
    } else {
        LibraryRow row(query, QStringLiteral("counters"), &m_lastError);
        row.setRow(QStringLiteral("name “last_session_id”"));
        row.integer(0, "value", query.value(1).toLongLong(), SessionLimits::maxItemNumber - 1);
    }
    query.finish();
    return m_lastError;
}

bool LibraryTables::forEachSearchText(const std::function<void(SessionId, const QStringList &)> &visit)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "SELECT s.id, s.title, s.summary, c.text FROM sessions s LEFT JOIN cards c ON c.session_id = s.id%1"
        " ORDER BY s.id").arg(hasTrash() ? QStringLiteral(" WHERE s.deleted_ms IS NULL") : QString()));
    if (!run(query))
        return false;
    SessionId current = 0;
    QStringList texts;
    while (query.next()) {
        const SessionId id = query.value(0).toLongLong();
        if (id != current) {
            if (current != 0)
                visit(current, texts);
            current = id;
            texts = {query.value(1).toString(), query.value(2).toString()};
        }
        if (!query.value(3).isNull())
            texts.append(query.value(3).toString());
    }
    if (current != 0)
        visit(current, texts);
    query.finish();
    return true;
}

std::optional<QList<SessionId>> LibraryTables::searchAsciiWords(const QStringList &words)
{
    // Matching inside SQLite spares reading every card's text out of the file.
    QStringList clauses;
    if (hasTrash())
        clauses << QStringLiteral("s.deleted_ms IS NULL");
    for (int i = 0; i < words.size(); ++i)
        clauses << QStringLiteral("(s.title LIKE ? ESCAPE '\\' OR s.summary LIKE ? ESCAPE '\\' OR EXISTS"
                                  " (SELECT 1 FROM cards c WHERE c.session_id = s.id AND c.text LIKE ? ESCAPE '\\'))");
    QSqlQuery &query = prepared(QStringLiteral("SELECT s.id FROM sessions s WHERE %1 ORDER BY s.id")
                                    .arg(clauses.join(QLatin1String(" AND "))));
    for (const QString &word : words) {
        QString escaped = word;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        for (int i = 0; i < 3; ++i)
            query.addBindValue(pattern);
    }
    if (!run(query))
        return std::nullopt;
    QList<SessionId> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    query.finish();
    return result;
}

bool LibraryTables::sessionExists(SessionId id)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT 1 FROM sessions WHERE id = ?"));
    query.addBindValue(id);
    const bool exists = run(query) && query.next();
    query.finish();
    return exists;
}

SessionId LibraryTables::nextSessionId()
{
    QSqlQuery &query = prepared(
        QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'last_session_id' RETURNING value"));
    if (!run(query) || !query.next())
        return 0;
    const SessionId id = query.value(0).toLongLong();
    query.finish();
    return id;
}

bool LibraryTables::noteSessionId(SessionId id)
{
    QSqlQuery &query = prepared(
        QStringLiteral("UPDATE counters SET value = ? WHERE name = 'last_session_id' AND value < ?"));
    query.addBindValue(id);
    query.addBindValue(id);
    return run(query);
}

bool LibraryTables::isTrashed(SessionId id)
{
    if (!hasTrash())
        return false;
    QSqlQuery &query = prepared(QStringLiteral("SELECT 1 FROM sessions WHERE id = ? AND deleted_ms IS NOT NULL"));
    query.addBindValue(id);
    const bool trashed = run(query) && query.next();
    query.finish();
    return trashed;
}

bool LibraryTables::setTrashed(SessionId id, const QDateTime &deletedAt)
{
    QSqlQuery &query = prepared(QStringLiteral("UPDATE sessions SET deleted_ms = ? WHERE id = ?"));
    query.addBindValue(deletedAt.isValid() ? QVariant(deletedAt.toMSecsSinceEpoch()) : LibraryColumns::nullInteger());
    query.addBindValue(id);
    if (!run(query))
        return false;
    if (query.numRowsAffected() != 1) {
        m_lastError = QStringLiteral("no session %1").arg(id);
        return false;
    }
    return true;
}

bool LibraryTables::emptyTrash()
{
    // Children go by ON DELETE CASCADE; their index rows first.
    if (!m_index.removeTrashedSessions())
        return false;
    QSqlQuery &query = prepared(QStringLiteral("DELETE FROM sessions WHERE deleted_ms IS NOT NULL"));
    return run(query);
}

bool LibraryTables::writeSessionRow(const Session &s)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "INSERT INTO sessions (id, title, summary, severity, status, started_ms, started_offset,"
        " detected_ms, detected_offset, resolved_ms, resolved_offset, impact_description, users_affected,"
        " cost_per_minute, currency, facilitator, last_item_number)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET title = excluded.title, summary = excluded.summary,"
        " severity = excluded.severity, status = excluded.status, started_ms = excluded.started_ms,"
        " started_offset = excluded.started_offset, detected_ms = excluded.detected_ms,"
        " detected_offset = excluded.detected_offset, resolved_ms = excluded.resolved_ms,"
        " resolved_offset = excluded.resolved_offset, impact_description = excluded.impact_description,"
        " users_affected = excluded.users_affected, cost_per_minute = excluded.cost_per_minute,"
        " currency = excluded.currency, facilitator = excluded.facilitator,"
        " last_item_number = excluded.last_item_number"));
    query.addBindValue(s.id);
    query.addBindValue(LibraryColumns::text(s.title));
    query.addBindValue(LibraryColumns::text(s.summary));
    query.addBindValue(s.severity);
    query.addBindValue(int(s.status));
    query.addBindValue(LibraryColumns::timeMs(s.startedAt));
    query.addBindValue(LibraryColumns::timeOffset(s.startedAt));
    query.addBindValue(LibraryColumns::timeMs(s.detectedAt));
    query.addBindValue(LibraryColumns::timeOffset(s.detectedAt));
    query.addBindValue(LibraryColumns::timeMs(s.resolvedAt));
    query.addBindValue(LibraryColumns::timeOffset(s.resolvedAt));
    query.addBindValue(LibraryColumns::text(s.impact.description));
    query.addBindValue(s.impact.usersAffected ? QVariant(*s.impact.usersAffected) : LibraryColumns::nullInteger());
    query.addBindValue(s.impact.costPerMinute ? QVariant(*s.impact.costPerMinute) : LibraryColumns::nullReal());
    query.addBindValue(LibraryColumns::text(s.impact.currency));
    query.addBindValue(LibraryColumns::text(s.facilitator));
    query.addBindValue(std::max(s.lastItemNumber, s.highestItemNumber()));
    return run(query) && m_index.writeSession(s);
}

bool LibraryTables::writeWholeSession(const Session &s)
{
    if (!writeSessionRow(s))
        return false;
    for (int i = 0; i < s.participants.size(); ++i) {
        if (!writeParticipant(s.id, s.participants.at(i), i))
            return false;
    }
    for (int i = 0; i < s.cards.size(); ++i) {
        if (!writeCard(s.id, s.cards.at(i), i))
            return false;
    }
    for (int i = 0; i < s.links.size(); ++i) {
        if (!writeLink(s.id, s.links.at(i), i))
            return false;
    }
    for (int i = 0; i < s.timeline.size(); ++i) {
        if (!writeEvent(s.id, s.timeline.at(i), i))
            return false;
    }
    for (int i = 0; i < s.actions.size(); ++i) {
        if (!writeAction(s.id, s.actions.at(i), i))
            return false;
    }
    for (int i = 0; i < s.parkingLot.size(); ++i) {
        if (!writeParkedIdea(s.id, s.parkingLot.at(i), i))
            return false;
    }
    return writeDismissedFindings(s.id, s.dismissedFindings);
}

bool LibraryTables::deleteSession(SessionId id)
{
    // Children go by ON DELETE CASCADE; their index rows first.
    if (!m_index.removeSession(id))
        return false;
    QSqlQuery &query = prepared(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    query.addBindValue(id);
    return run(query);
}

bool LibraryTables::writeCard(SessionId session, const Card &card, int position)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "INSERT INTO cards (session_id, id, position, kind, text, evidence, verified, x, y, no_action,"
        " no_action_reason, category, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (session_id, id) DO UPDATE SET"
        " position = excluded.position, kind = excluded.kind, text = excluded.text,"
        " evidence = excluded.evidence, verified = excluded.verified, x = excluded.x, y = excluded.y,"
        " no_action = excluded.no_action, no_action_reason = excluded.no_action_reason,"
        " category = excluded.category, tags = excluded.tags"));
    query.addBindValue(session);
    query.addBindValue(LibraryColumns::text(card.id));
    query.addBindValue(position);
    query.addBindValue(int(card.kind));
    query.addBindValue(LibraryColumns::text(card.text));
    query.addBindValue(LibraryColumns::text(card.evidence));
    query.addBindValue(card.verified ? 1 : 0);
    query.addBindValue(card.position.x());
    query.addBindValue(card.position.y());
    query.addBindValue(card.noActionAccepted ? 1 : 0);
    query.addBindValue(LibraryColumns::text(card.noActionReason));
    query.addBindValue(LibraryColumns::text(card.category));
    query.addBindValue(LibraryColumns::encodeIds(card.tags));
    return run(query) && m_index.writeCard(session, card);
}

bool LibraryTables::writeEvent(SessionId session, const TimelineEvent &event, int position)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "INSERT INTO events (session_id, id, position, at_ms, at_offset, kind, text, card_ids)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, id) DO UPDATE SET"
        " position = excluded.position, at_ms = excluded.at_ms, at_offset = excluded.at_offset,"
        " kind = excluded.kind, text = excluded.text, card_ids = excluded.card_ids"));
    query.addBindValue(session);
    query.addBindValue(LibraryColumns::text(event.id));
    query.addBindValue(position);
    query.addBindValue(LibraryColumns::timeMs(event.at));
    query.addBindValue(LibraryColumns::timeOffset(event.at));
    query.addBindValue(int(event.kind));
    query.addBindValue(LibraryColumns::text(event.text));
    query.addBindValue(LibraryColumns::encodeIds(event.cardIds));
    return run(query) && m_index.writeEvent(session, event);
}

bool LibraryTables::writeAction(SessionId session, const ActionItem &action, int position)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "INSERT INTO actions (session_id, id, position, text, owner, due_day, category, horizon, status,"
        " card_ids, event_ids, link, done_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (session_id, id) DO UPDATE SET position = excluded.position, text = excluded.text,"
        " owner = excluded.owner, due_day = excluded.due_day, category = excluded.category,"
        " horizon = excluded.horizon, status = excluded.status, card_ids = excluded.card_ids,"
        " event_ids = excluded.event_ids, link = excluded.link, done_day = excluded.done_day"));
    query.addBindValue(session);
    query.addBindValue(LibraryColumns::text(action.id));
    query.addBindValue(position);
    query.addBindValue(LibraryColumns::text(action.text));
    query.addBindValue(LibraryColumns::text(action.owner));
    query.addBindValue(action.due.isValid() ? QVariant(action.due.toJulianDay()) : LibraryColumns::nullInteger());
    query.addBindValue(int(action.category));
    query.addBindValue(int(action.horizon));
    query.addBindValue(int(action.status));
    query.addBindValue(LibraryColumns::encodeIds(action.cardIds));
    query.addBindValue(LibraryColumns::encodeIds(action.eventIds));
    query.addBindValue(LibraryColumns::text(action.link));
    query.addBindValue(action.doneOn.isValid() ? QVariant(action.doneOn.toJulianDay()) : LibraryColumns::nullInteger());
    return run(query) && m_index.writeAction(session, action);
}

bool LibraryTables::writeParticipant(SessionId session, const Participant &participant, int position)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "INSERT INTO participants (session_id, id, position, name, roles) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (session_id, id) DO UPDATE SET position = excluded.position, name = excluded.name,"
        " roles = excluded.roles"));
    query.addBindValue(session);
    query.addBindValue(LibraryColumns::text(participant.id));
    query.addBindValue(position);
    query.addBindValue(LibraryColumns::text(participant.name));
    query.addBindValue(participant.roles.toInt());
    return run(query);
}

bool LibraryTables::writeLink(SessionId session, const CausalLink &link, int position)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "INSERT INTO links (session_id, cause_id, effect_id, position, verdict)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, cause_id, effect_id)"
        " DO UPDATE SET position = excluded.position, verdict = excluded.verdict"));
    query.addBindValue(session);
    query.addBindValue(LibraryColumns::text(link.causeId));
    query.addBindValue(LibraryColumns::text(link.effectId));
    query.addBindValue(position);
    query.addBindValue(int(link.verdict));
    return run(query);
}

bool LibraryTables::writeParkedIdea(SessionId session, const ParkedIdea &idea, int position)
{
    QSqlQuery &query = prepared(QStringLiteral(
        "INSERT INTO parked_ideas (session_id, id, position, text) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (session_id, id) DO UPDATE SET position = excluded.position, text = excluded.text"));
    query.addBindValue(session);
    query.addBindValue(LibraryColumns::text(idea.id));
    query.addBindValue(position);
    query.addBindValue(LibraryColumns::text(idea.text));
    return run(query);
}

bool LibraryTables::shiftPositions(List list, SessionId session, int from, int delta)
{
    QSqlQuery &query = prepared(
        QStringLiteral("UPDATE %1 SET position = position + ? WHERE session_id = ? AND position >= ?").arg(LibraryColumns::table(list)));
    query.addBindValue(delta);
    query.addBindValue(session);
    query.addBindValue(from);
    return run(query);
}

bool LibraryTables::deleteItem(List list, SessionId session, const QString &id)
{
    const QString indexed = list == List::Cards ? QStringLiteral("card")
                            : list == List::Events ? QStringLiteral("event")
                            : list == List::Actions ? QStringLiteral("action")
                                                    : QString();
    if (!indexed.isEmpty() && !m_index.removeItem(session, indexed, id))
        return false;
    QSqlQuery &query = prepared(QStringLiteral("DELETE FROM %1 WHERE session_id = ? AND id = ?").arg(LibraryColumns::table(list)));
    query.addBindValue(session);
    query.addBindValue(LibraryColumns::text(id));
    return run(query);
}

bool LibraryTables::deleteLink(SessionId session, const QString &causeId, const QString &effectId)
{
    QSqlQuery &query = prepared(
        QStringLiteral("DELETE FROM links WHERE session_id = ? AND cause_id = ? AND effect_id = ?"));
    query.addBindValue(session);
    query.addBindValue(LibraryColumns::text(causeId));
    query.addBindValue(LibraryColumns::text(effectId));
    return run(query);
}

bool LibraryTables::writeDismissedFindings(SessionId session, const QList<DismissedFinding> &findings)
{
    // A handful of rows at most: rewriting them all is simpler than tracking each one.
    QSqlQuery &clear = prepared(QStringLiteral("DELETE FROM dismissed_findings WHERE session_id = ?"));
    clear.addBindValue(session);
    if (!run(clear))
        return false;
    QSqlQuery &insert = prepared(QStringLiteral(
        "INSERT INTO dismissed_findings (session_id, check_id, item_id, position, reason) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < findings.size(); ++i) {
        insert.addBindValue(session);
        insert.addBindValue(LibraryColumns::text(findings.at(i).checkId));
        insert.addBindValue(LibraryColumns::text(findings.at(i).itemId));
        insert.addBindValue(i);
        insert.addBindValue(LibraryColumns::text(findings.at(i).reason));
        if (!run(insert))
            return false;
    }
    return true;
}

} // namespace Whyboard
