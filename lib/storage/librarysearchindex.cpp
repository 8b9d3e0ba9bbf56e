// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarysearchindex.h"

#include "storage/librarycolumns.h"
#include "storage/libraryschema.h"
#include "storage/librarytables.h"

#include <QSqlQuery>
#include <QVariant>

namespace Whyboard {

namespace {

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : LibraryColumns::text(text);
}

} // namespace

LibrarySearchIndex::LibrarySearchIndex(LibraryTables &tables)
    : m_tables(tables)
{
}

bool LibrarySearchIndex::isEnabled() const
{
    return m_tables.m_schemaVersion >= LibrarySchema::searchIndexVersion();
}

bool LibrarySearchIndex::writeSession(const Session &session)
{
    return write(session.id, QStringLiteral("session"), QString(), {session.title, session.summary, {}, {}, {}, {}, {}},
                 std::nullopt);
}

bool LibrarySearchIndex::writeCard(SessionId session, const Card &card)
{
    return write(session, QStringLiteral("card"), card.id, {{}, {}, card.text, card.evidence, {}, {}, {}},
                 card.kind == CardKind::Why ? std::optional<QString>(card.text) : std::nullopt);
}

bool LibrarySearchIndex::writeEvent(SessionId session, const TimelineEvent &event)
{
    return write(session, QStringLiteral("event"), event.id, {{}, {}, {}, {}, event.text, {}, {}}, std::nullopt);
}

bool LibrarySearchIndex::writeAction(SessionId session, const ActionItem &action)
{
    return write(session, QStringLiteral("action"), action.id, {{}, {}, {}, {}, {}, action.text, action.owner},
                 std::nullopt);
}

bool LibrarySearchIndex::rowOf(SessionId session, const QString &kind, const QString &itemId, std::optional<qint64> *row)
{
    QSqlQuery &query = m_tables.prepared(
        QStringLiteral("SELECT id FROM search_items WHERE session_id = ? AND kind = ? AND item_id = ?"));
    query.addBindValue(session);
    query.addBindValue(kind);
    query.addBindValue(LibraryColumns::text(itemId));
    if (!m_tables.run(query))
        return false;
    *row = query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
    query.finish();
    return true;
}

bool LibrarySearchIndex::write(SessionId session, const QString &kind, const QString &itemId,
                               const QStringList &columns, const std::optional<QString> &cause)
{
    if (!isEnabled())
        return true;
    std::optional<qint64> row;
    if (!rowOf(session, kind, itemId, &row))
        return false;
    if (!row) {
        QSqlQuery &insert = m_tables.prepared(
            QStringLiteral("INSERT INTO search_items (session_id, kind, item_id) VALUES (?, ?, ?) RETURNING id"));
        insert.addBindValue(session);
        insert.addBindValue(kind);
        insert.addBindValue(LibraryColumns::text(itemId));
        if (!m_tables.run(insert) || !insert.next())
            return false;
        row = insert.value(0).toLongLong();
        insert.finish();
    }

    // The words as the index holds them: written only when they changed.
    QSqlQuery &held = m_tables.prepared(QStringLiteral(
        "SELECT coalesce(title, ''), coalesce(summary, ''), coalesce(card, ''), coalesce(evidence, ''),"
        " coalesce(timeline, ''), coalesce(action, ''), coalesce(owner, '') FROM search_text WHERE rowid = ?"));
    held.addBindValue(*row);
    if (!m_tables.run(held))
        return false;
    const bool exists = held.next();
    bool same = exists;
    for (int c = 0; same && c < columns.size(); ++c)
        same = held.value(c).toString() == columns.at(c);
    held.finish();
    if (!same) {
        QSqlQuery &change = m_tables.prepared(
            exists ? QStringLiteral("UPDATE search_text SET title = ?, summary = ?, card = ?, evidence = ?, timeline = ?,"
                                    " action = ?, owner = ? WHERE rowid = ?")
                   : QStringLiteral("INSERT INTO search_text (title, summary, card, evidence, timeline, action, owner,"
                                    " rowid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QString &column : columns)
            change.addBindValue(orNull(column));
        change.addBindValue(*row);
        if (!m_tables.run(change))
            return false;
    }

    QSqlQuery &words = m_tables.prepared(QStringLiteral("SELECT text FROM cause_words WHERE rowid = ?"));
    words.addBindValue(*row);
    if (!m_tables.run(words))
        return false;
    const std::optional<QString> heldCause = words.next() ? std::optional<QString>(words.value(0).toString()) : std::nullopt;
    words.finish();
    if (heldCause == cause)
        return true;
    QSqlQuery &change = m_tables.prepared(
        !cause ? QStringLiteral("DELETE FROM cause_words WHERE rowid = ?")
        : heldCause ? QStringLiteral("UPDATE cause_words SET text = ? WHERE rowid = ?")
                    : QStringLiteral("INSERT INTO cause_words (text, rowid) VALUES (?, ?)"));
    if (cause)
        change.addBindValue(LibraryColumns::text(*cause));
    change.addBindValue(*row);
    return m_tables.run(change);
}

bool LibrarySearchIndex::removeItem(SessionId session, const QString &kind, const QString &itemId)
{
    if (!isEnabled())
        return true;
    for (const QString &sql :
         {QStringLiteral("DELETE FROM search_text WHERE rowid = (SELECT id FROM search_items"
                         " WHERE session_id = ? AND kind = ? AND item_id = ?)"),
          QStringLiteral("DELETE FROM cause_words WHERE rowid = (SELECT id FROM search_items"
                         " WHERE session_id = ? AND kind = ? AND item_id = ?)"),
          QStringLiteral("DELETE FROM search_items WHERE session_id = ? AND kind = ? AND item_id = ?")}) {
        QSqlQuery &query = m_tables.prepared(sql);
        query.addBindValue(session);
        query.addBindValue(kind);
        query.addBindValue(LibraryColumns::text(itemId));
        if (!m_tables.run(query))
            return false;
    }
    return true;
}

bool LibrarySearchIndex::removeSession(SessionId session)
{
    if (!isEnabled())
        return true;
    for (const QString &sql :
         {QStringLiteral("DELETE FROM search_text WHERE rowid IN (SELECT id FROM search_items WHERE session_id = ?)"),
          QStringLiteral("DELETE FROM cause_words WHERE rowid IN (SELECT id FROM search_items WHERE session_id = ?)"),
          QStringLiteral("DELETE FROM search_items WHERE session_id = ?")}) {
        QSqlQuery &query = m_tables.prepared(sql);
        query.addBindValue(session);
        if (!m_tables.run(query))
            return false;
    }
    return true;
}

bool LibrarySearchIndex::removeTrashedSessions()
{
    if (!isEnabled())
        return true;
    const QString trashed = QStringLiteral("(SELECT m.id FROM search_items m JOIN sessions s ON s.id = m.session_id"
                                           " WHERE s.deleted_ms IS NOT NULL)");
    for (const QString &sql :
         {QStringLiteral("DELETE FROM search_text WHERE rowid IN %1").arg(trashed),
          QStringLiteral("DELETE FROM cause_words WHERE rowid IN %1").arg(trashed),
          QStringLiteral("DELETE FROM search_items WHERE session_id IN (SELECT id FROM sessions WHERE deleted_ms IS NOT NULL)")}) {
        if (!m_tables.run(m_tables.prepared(sql)))
            return false;
    }
    return true;
}

} // namespace Whyboard
