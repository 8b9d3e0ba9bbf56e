// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarycauseindex.h"

#include "analysis/causewords.h"
#include "data/sessionlimits.h"
#include "storage/library.h"
#include "storage/librarydialect.h"
#include "storage/libraryrow.h"
#include "storage/librarysearch.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Whyboard {

LibraryCauseIndex::LibraryCauseIndex(const Library *library)
    : m_connectionName(library ? library->database().connectionName() : QString())
    , m_hasIndex(library && LibrarySearch::isAvailable(*library))
{
}

QList<SeenCause> LibraryCauseIndex::candidates(SessionId besides, const QString &cause, int limit)
{
    QList<SeenCause> result;
    QStringList terms;
    for (const QString &word : CauseWords::contentWords(cause))
        terms << LibrarySearch::quoted(word);
    if (!m_hasIndex || terms.size() < 2)
        return result;
    ++m_queries;
    const QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(database);
    query.setForwardOnly(true);
    // The index ranks first; the session and the card's kind are checked on those few rows.
    // SQLite's FTS5 ranks by bm25 (lower is better); PostgreSQL's text search by ts_rank, negated
    // to sort the same way. Both stem English words and take the quoted words joined by OR.
    const QString ranked = LibraryDialect::of(database).isServer()
        ? QStringLiteral("SELECT rowid AS id, -ts_rank(words, q) AS rank FROM cause_words,"
                         " websearch_to_tsquery('english', ?) q WHERE words @@ q ORDER BY rank LIMIT ?")
        : QStringLiteral("SELECT rowid AS id, rank FROM cause_words WHERE cause_words MATCH ? ORDER BY rank LIMIT ?");
    const bool prepared = query.prepare(QStringLiteral(
        "SELECT m.session_id, s.title, s.started_ms, s.started_offset, m.item_id, c.text"
        " FROM (%1) r"
        " JOIN search_items m ON m.id = r.id AND m.kind = 'card'"
        " JOIN sessions s ON s.id = m.session_id"
        " JOIN cards c ON c.session_id = m.session_id AND c.id = m.item_id"
        " WHERE m.session_id <> ? AND s.deleted_ms IS NULL AND c.kind = 1 ORDER BY r.rank").arg(ranked));
    query.addBindValue(terms.mid(0, 24).join(QLatin1String(" OR ")));
    query.addBindValue(std::clamp(limit, 1, 200));
    query.addBindValue(besides);
    if (!prepared || !query.exec()) {
        m_error = query.lastError().text();
        return result;
    }
    m_error.clear();
    LibraryRow row(query, QStringLiteral("cards"), &m_error);
    while (query.next()) {
        SeenCause seen;
        seen.sessionId = row.integer(0, "session_id", 1, SessionLimits::maxItemNumber);
        seen.sessionTitle = row.listedText(1, "title");
        seen.startedAt = row.time(2, "started_ms", "started_offset");
        seen.cardId = row.text(4, "id");
        seen.text = row.text(5, "text");
        if (row.failed())
            return {};
        result.append(seen);
    }
    return result;
}

std::optional<SeenCause> LibraryCauseIndex::seenBefore(SessionId session, const Card &card)
{
    return RepeatCauses::best(card.text, candidates(session, card.text));
}

} // namespace Whyboard
