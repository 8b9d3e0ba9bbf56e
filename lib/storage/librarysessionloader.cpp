#include "storage/librarysessionloader.h"

#include "storage/librarycolumns.h"

#include <QVariant>

#include <algorithm>

namespace Whyboard {

namespace {

// Schema version that added link verdicts and dismissed findings. Only reads look at schema
// versions: a file is written only once migrated to the current one.
constexpr int verdictsVersion = 2;

} // namespace

LibrarySessionLoader::LibrarySessionLoader(LibraryTables &tables)
    : m_tables(tables)
{
}

std::optional<Session> LibrarySessionLoader::load(SessionId id)
{
    Session s;
    QSqlQuery &head = m_tables.prepared(QStringLiteral(
        "SELECT title, summary, severity, status, started_ms, started_offset, detected_ms, detected_offset,"
        " resolved_ms, resolved_offset, impact_description, users_affected, cost_per_minute, currency,"
        " facilitator, %1 FROM sessions WHERE id = ?")
                                    .arg(m_tables.hasTrash() ? QStringLiteral("last_item_number") : QStringLiteral("0")));
    head.addBindValue(id);
    if (!m_tables.run(head) || !head.next())
        return std::nullopt;
    s.id = id;
    s.title = head.value(0).toString();
    s.summary = head.value(1).toString();
    s.severity = head.value(2).toInt();
    s.status = SessionStatus(head.value(3).toInt());
    s.startedAt = LibraryColumns::readTime(head, 4);
    s.detectedAt = LibraryColumns::readTime(head, 6);
    s.resolvedAt = LibraryColumns::readTime(head, 8);
    s.impact.description = head.value(10).toString();
    if (!head.value(11).isNull())
        s.impact.usersAffected = head.value(11).toLongLong();
    if (!head.value(12).isNull())
        s.impact.costPerMinute = head.value(12).toDouble();
    s.impact.currency = head.value(13).toString();
    s.facilitator = head.value(14).toString();
    s.lastItemNumber = head.value(15).toLongLong();
    head.finish();

    QSqlQuery &participants = m_tables.prepared(QStringLiteral(
        "SELECT id, name, roles FROM participants WHERE session_id = ? ORDER BY position"));
    participants.addBindValue(id);
    if (!m_tables.run(participants))
        return std::nullopt;
    while (participants.next()) {
        s.participants.append({participants.value(0).toString(), participants.value(1).toString(),
                               ParticipantRoles::fromInt(participants.value(2).toInt())});
    }
    participants.finish();

    QSqlQuery &cards = m_tables.prepared(m_tables.hasParkingLot()
            ? QStringLiteral("SELECT id, kind, text, evidence, verified, x, y, no_action, no_action_reason"
                             " FROM cards WHERE session_id = ? ORDER BY position")
            : QStringLiteral("SELECT id, kind, text, evidence, verified, x, y, 0, '' FROM cards WHERE session_id = ? ORDER BY position"));
    cards.addBindValue(id);
    if (!m_tables.run(cards))
        return std::nullopt;
    while (cards.next()) {
        Card card;
        card.id = cards.value(0).toString();
        card.kind = CardKind(cards.value(1).toInt());
        card.text = cards.value(2).toString();
        card.evidence = cards.value(3).toString();
        card.verified = cards.value(4).toBool();
        card.position = QPointF(cards.value(5).toDouble(), cards.value(6).toDouble());
        card.noActionAccepted = cards.value(7).toBool();
        card.noActionReason = cards.value(8).toString();
        s.cards.append(std::move(card));
    }
    cards.finish();

    QSqlQuery &links = m_tables.prepared(m_tables.m_schemaVersion >= verdictsVersion
            ? QStringLiteral("SELECT cause_id, effect_id, verdict FROM links WHERE session_id = ? ORDER BY position")
            : QStringLiteral("SELECT cause_id, effect_id, 0 FROM links WHERE session_id = ? ORDER BY position"));
    links.addBindValue(id);
    if (!m_tables.run(links))
        return std::nullopt;
    while (links.next())
        s.links.append({links.value(0).toString(), links.value(1).toString(), ReadBackVerdict(links.value(2).toInt())});
    links.finish();

    QSqlQuery &events = m_tables.prepared(QStringLiteral(
        "SELECT id, at_ms, at_offset, kind, text, card_ids FROM events WHERE session_id = ? ORDER BY position"));
    events.addBindValue(id);
    if (!m_tables.run(events))
        return std::nullopt;
    while (events.next()) {
        TimelineEvent event;
        event.id = events.value(0).toString();
        event.at = LibraryColumns::readTime(events, 1);
        event.kind = EventKind(events.value(3).toInt());
        event.text = events.value(4).toString();
        event.cardIds = LibraryColumns::decodeIds(events.value(5).toString());
        s.timeline.append(std::move(event));
    }
    events.finish();

    QSqlQuery &actions = m_tables.prepared(QStringLiteral(
        "SELECT id, text, owner, due_day, category, horizon, status, card_ids, event_ids, link"
        " FROM actions WHERE session_id = ? ORDER BY position"));
    actions.addBindValue(id);
    if (!m_tables.run(actions))
        return std::nullopt;
    while (actions.next()) {
        ActionItem action;
        action.id = actions.value(0).toString();
        action.text = actions.value(1).toString();
        action.owner = actions.value(2).toString();
        if (!actions.value(3).isNull())
            action.due = QDate::fromJulianDay(actions.value(3).toLongLong());
        action.category = ActionCategory(actions.value(4).toInt());
        action.horizon = ActionHorizon(actions.value(5).toInt());
        action.status = ActionStatus(actions.value(6).toInt());
        action.cardIds = LibraryColumns::decodeIds(actions.value(7).toString());
        action.eventIds = LibraryColumns::decodeIds(actions.value(8).toString());
        action.link = actions.value(9).toString();
        s.actions.append(std::move(action));
    }
    actions.finish();

    if (m_tables.m_schemaVersion >= verdictsVersion) {
        QSqlQuery &findings = m_tables.prepared(QStringLiteral(
            "SELECT check_id, item_id, reason FROM dismissed_findings WHERE session_id = ? ORDER BY position"));
        findings.addBindValue(id);
        if (!m_tables.run(findings))
            return std::nullopt;
        while (findings.next())
            s.dismissedFindings.append({findings.value(0).toString(), findings.value(1).toString(), findings.value(2).toString()});
        findings.finish();
    }
    if (m_tables.hasParkingLot()) {
        QSqlQuery &ideas = m_tables.prepared(QStringLiteral(
            "SELECT id, text FROM parked_ideas WHERE session_id = ? ORDER BY position"));
        ideas.addBindValue(id);
        if (!m_tables.run(ideas))
            return std::nullopt;
        while (ideas.next())
            s.parkingLot.append({ideas.value(0).toString(), ideas.value(1).toString()});
        ideas.finish();
    }
    // A file older than the counter (read-only) starts it past the numbers in use.
    s.lastItemNumber = std::max(s.lastItemNumber, s.highestItemNumber());
    return s;
}

} // namespace Whyboard
