// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarysessionloader.h"

#include "data/sessionlimits.h"
#include "storage/library.h"
#include "storage/librarycolumns.h"
#include "storage/libraryrow.h"

#include <QVariant>

#include <algorithm>
#include <limits>

namespace Whyboard {

namespace {

// Schema version that added link verdicts and dismissed findings. Only reads look at schema
// versions: a file is written only once migrated to the current one.
constexpr int verdictsVersion = 2;

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text.left(40));
}

} // namespace

LibrarySessionLoader::LibrarySessionLoader(LibraryTables &tables)
    : m_tables(tables)
{
}

// Reads the rows of one list of the session, at most its limit: each row through a LibraryRow
// that names it by its key. False when a statement or a value failed (m_error says which).
template<typename ReadRow>
bool LibrarySessionLoader::readList(QSqlQuery &query, SessionId id, const QString &table, SessionLimits::List list,
                                    ReadRow readRow)
{
    query.addBindValue(id);
    if (!m_tables.run(query)) {
        m_error = m_tables.lastError();
        return false;
    }
    LibraryRow row(query, table, &m_error);
    int count = 0;
    while (!row.failed() && query.next()) {
        if (++count > SessionLimits::maxCount(list)) {
            row.setRow(QStringLiteral("session_id %1").arg(id));
            row.fail(QStringLiteral("session_id"), SessionLimits::tooMany(list, count));
            break;
        }
        row.setRow(QStringLiteral("session_id %1").arg(id));
        readRow(row);
    }
    query.finish();
    return !row.failed();
}

std::optional<Session> LibrarySessionLoader::load(SessionId id)
{
    m_error.clear();
    Session s;
    QSqlQuery &head = m_tables.prepared(QStringLiteral(
        "SELECT title, summary, severity, status, started_ms, started_offset, detected_ms, detected_offset,"
        " resolved_ms, resolved_offset, impact_description, users_affected, cost_per_minute, currency,"
        " facilitator, %1 FROM sessions WHERE id = ?")
                                    .arg(m_tables.hasTrash() ? QStringLiteral("last_item_number") : QStringLiteral("0")));
    head.addBindValue(id);
    if (!m_tables.run(head)) {
        m_error = m_tables.lastError();
        return std::nullopt;
    }
    if (!head.next())
        return std::nullopt; // no such session: not an error in the file
    {
        LibraryRow row(head, QStringLiteral("sessions"), &m_error);
        row.setRow(QStringLiteral("id %1").arg(id));
        s.id = id;
        s.title = row.text(0, "title");
        s.summary = row.text(1, "summary");
        s.severity = int(row.integer(2, "severity", 0, 4));
        s.status = row.value(3, "status", SessionStatus::Draft);
        s.startedAt = row.time(4, "started_ms", "started_offset");
        s.detectedAt = row.time(6, "detected_ms", "detected_offset");
        s.resolvedAt = row.time(8, "resolved_ms", "resolved_offset");
        s.impact.description = row.text(10, "impact_description");
        if (const std::optional<qint64> users = row.optionalInteger(11, "users_affected", 0, SessionLimits::maxItemNumber))
            s.impact.usersAffected = *users;
        s.impact.costPerMinute = row.optionalReal(12, "cost_per_minute", 0, std::numeric_limits<double>::max());
        s.impact.currency = row.text(13, "currency");
        s.facilitator = row.text(14, "facilitator");
        s.lastItemNumber = row.integer(15, "last_item_number", 0, SessionLimits::maxItemNumber);
        head.finish();
        if (row.failed())
            return std::nullopt;
    }

    QSqlQuery &participants = m_tables.prepared(QStringLiteral(
        "SELECT id, name, roles FROM participants WHERE session_id = ? ORDER BY position"));
    const bool participantsRead = readList(participants, id, QStringLiteral("participants"), SessionLimits::List::Participants,
                                           [&](LibraryRow &row) {
        Participant participant;
        participant.id = row.text(0, "id");
        row.setRow(QStringLiteral("session_id %1, id %2").arg(id).arg(quoted(participant.id)));
        participant.name = row.text(1, "name");
        participant.roles = row.roles(2, "roles");
        s.participants.append(participant);
    });
    if (!participantsRead)
        return std::nullopt;

    QSqlQuery &cards = m_tables.prepared(
        m_tables.hasCauseCategories()
            ? QStringLiteral("SELECT id, kind, text, evidence, verified, x, y, no_action, no_action_reason, category, tags"
                             " FROM cards WHERE session_id = ? ORDER BY position")
        : m_tables.hasParkingLot()
            ? QStringLiteral("SELECT id, kind, text, evidence, verified, x, y, no_action, no_action_reason, '', ''"
                             " FROM cards WHERE session_id = ? ORDER BY position")
            : QStringLiteral("SELECT id, kind, text, evidence, verified, x, y, 0, '', '', '' FROM cards WHERE session_id = ? ORDER BY position"));
    const bool cardsRead = readList(cards, id, QStringLiteral("cards"), SessionLimits::List::Cards, [&](LibraryRow &row) {
        Card card;
        card.id = row.text(0, "id");
        row.setRow(QStringLiteral("session_id %1, id %2").arg(id).arg(quoted(card.id)));
        card.kind = row.value(1, "kind", CardKind::Why);
        card.text = row.text(2, "text");
        card.evidence = row.text(3, "evidence");
        card.verified = row.flag(4, "verified");
        const double x = row.coordinate(5, "x");
        card.position = QPointF(x, row.coordinate(6, "y"));
        card.noActionAccepted = row.flag(7, "no_action");
        card.noActionReason = row.text(8, "no_action_reason");
        card.category = row.text(9, "category");
        card.tags = row.ids(10, "tags");
        if (card.tags.size() > SessionLimits::maxTagsPerCard)
            row.fail(QStringLiteral("tags"), LibraryRow::tr("holds %1 tags; at most %2 are allowed")
                                                 .arg(card.tags.size())
                                                 .arg(SessionLimits::maxTagsPerCard));
        s.cards.append(std::move(card));
    });
    if (!cardsRead)
        return std::nullopt;

    QSqlQuery &links = m_tables.prepared(m_tables.m_schemaVersion >= verdictsVersion
            ? QStringLiteral("SELECT cause_id, effect_id, verdict FROM links WHERE session_id = ? ORDER BY position")
            : QStringLiteral("SELECT cause_id, effect_id, 0 FROM links WHERE session_id = ? ORDER BY position"));
    const bool linksRead = readList(links, id, QStringLiteral("links"), SessionLimits::List::Links, [&](LibraryRow &row) {
        CausalLink link;
        link.causeId = row.text(0, "cause_id");
        link.effectId = row.text(1, "effect_id");
        row.setRow(QStringLiteral("session_id %1, cause_id %2, effect_id %3").arg(id).arg(quoted(link.causeId), quoted(link.effectId)));
        link.verdict = row.value(2, "verdict", ReadBackVerdict::NotChecked);
        s.links.append(link);
    });
    if (!linksRead)
        return std::nullopt;

    QSqlQuery &events = m_tables.prepared(QStringLiteral(
        "SELECT id, at_ms, at_offset, kind, text, card_ids FROM events WHERE session_id = ? ORDER BY position"));
    const bool eventsRead = readList(events, id, QStringLiteral("events"), SessionLimits::List::Events, [&](LibraryRow &row) {
        TimelineEvent event;
        event.id = row.text(0, "id");
        row.setRow(QStringLiteral("session_id %1, id %2").arg(id).arg(quoted(event.id)));
        event.at = row.time(1, "at_ms", "at_offset");
        event.kind = row.value(3, "kind", EventKind::Note);
        event.text = row.text(4, "text");
        event.cardIds = row.ids(5, "card_ids");
        s.timeline.append(std::move(event));
    });
    if (!eventsRead)
        return std::nullopt;

    QSqlQuery &actions = m_tables.prepared(m_tables.hasCauseCategories()
        ? QStringLiteral("SELECT id, text, owner, due_day, category, horizon, status, card_ids, event_ids, link, done_day"
                         " FROM actions WHERE session_id = ? ORDER BY position")
        : QStringLiteral("SELECT id, text, owner, due_day, category, horizon, status, card_ids, event_ids, link, NULL"
                         " FROM actions WHERE session_id = ? ORDER BY position"));
    const bool actionsRead = readList(actions, id, QStringLiteral("actions"), SessionLimits::List::Actions, [&](LibraryRow &row) {
        ActionItem action;
        action.id = row.text(0, "id");
        row.setRow(QStringLiteral("session_id %1, id %2").arg(id).arg(quoted(action.id)));
        action.text = row.text(1, "text");
        action.owner = row.text(2, "owner");
        action.due = row.day(3, "due_day");
        action.category = row.value(4, "category", ActionCategory::None);
        action.horizon = row.value(5, "horizon", ActionHorizon::None);
        action.status = row.value(6, "status", ActionStatus::Open);
        action.cardIds = row.ids(7, "card_ids");
        action.eventIds = row.ids(8, "event_ids");
        action.link = row.text(9, "link");
        action.doneOn = row.day(10, "done_day");
        s.actions.append(std::move(action));
    });
    if (!actionsRead)
        return std::nullopt;

    if (m_tables.m_schemaVersion >= verdictsVersion) {
        QSqlQuery &findings = m_tables.prepared(QStringLiteral(
            "SELECT check_id, item_id, reason, position FROM dismissed_findings WHERE session_id = ? ORDER BY position"));
        const bool findingsRead = readList(findings, id, QStringLiteral("dismissed_findings"),
                                           SessionLimits::List::DismissedFindings, [&](LibraryRow &row) {
            row.setRow(QStringLiteral("session_id %1, position %2").arg(id).arg(row.integer(3, "position", 0, SessionLimits::maxItemNumber)));
            DismissedFinding finding;
            finding.checkId = row.text(0, "check_id");
            finding.itemId = row.text(1, "item_id");
            finding.reason = row.text(2, "reason");
            s.dismissedFindings.append(finding);
        });
        if (!findingsRead)
            return std::nullopt;
    }
    if (m_tables.hasParkingLot()) {
        QSqlQuery &ideas = m_tables.prepared(QStringLiteral(
            "SELECT id, text FROM parked_ideas WHERE session_id = ? ORDER BY position"));
        const bool ideasRead = readList(ideas, id, QStringLiteral("parked_ideas"), SessionLimits::List::ParkedIdeas,
                                        [&](LibraryRow &row) {
            ParkedIdea idea;
            idea.id = row.text(0, "id");
            row.setRow(QStringLiteral("session_id %1, id %2").arg(id).arg(quoted(idea.id)));
            idea.text = row.text(1, "text");
            s.parkingLot.append(idea);
        });
        if (!ideasRead)
            return std::nullopt;
    }
    // A file older than the counter (read-only) starts it past the numbers in use.
    s.lastItemNumber = std::max(s.lastItemNumber, s.highestItemNumber());
    if (s.lastItemNumber > SessionLimits::maxItemNumber) {
        m_error = Library::tr("table “sessions”, row id %1, column “last_item_number”: an item id's number is beyond %2")
                      .arg(id)
                      .arg(SessionLimits::maxItemNumber);
        return std::nullopt;
    }
    return s;
}

} // namespace Whyboard
