// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarysearch.h"

#include "data/sessionlimits.h"
#include "storage/library.h"
#include "storage/librarydialect.h"
#include "storage/libraryschema.h"
#include "storage/libraryrow.h"
#include "storage/librarytables.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace Whyboard {

namespace {

// search_text's columns, in their order, with their bm25 weights: a title names an incident,
// a card states a cause; the timeline repeats much of both.
struct Column
{
    const char *name;
    double weight;
};
const Column columns[] = {
    {"title", 20.0}, {"summary", 4.0}, {"card", 6.0}, {"evidence", 3.0},
    {"timeline", 2.0}, {"action", 3.0}, {"owner", 2.0},
};
constexpr int columnCount = int(std::size(columns));

// The trigram index finds substrings of three characters or more; shorter words are compared
// row by row (LIKE), which only a query of such words alone comes to.
bool indexable(const QString &word)
{
    return word.toUcs4().size() >= 3;
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE that of every letter
// (by the database's locale).
QString likeClause(bool server)
{
    QStringList parts;
    for (const Column &column : columns)
        parts << QStringLiteral("search_text.%1 %2 ? ESCAPE '\\'")
                     .arg(QLatin1String(column.name), server ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"));
    return QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

// PostgreSQL has no bm25. As there, a row holding more of the words ranks higher, then the
// weightier its column: each word adds a base of 10 and the weight of the weightiest column
// holding it (negated, to sort as bm25 does: lower is better).
QString weightedRank(const QStringList &words, QStringList *binds)
{
    std::vector<Column> byWeight(std::begin(columns), std::end(columns));
    std::stable_sort(byWeight.begin(), byWeight.end(), [](const Column &a, const Column &b) { return a.weight > b.weight; });
    QStringList terms;
    for (const QString &word : words) {
        QStringList cases;
        for (const Column &column : byWeight) {
            cases << QStringLiteral("WHEN search_text.%1 ILIKE ? ESCAPE '\\' THEN %2")
                         .arg(QLatin1String(column.name))
                         .arg(10.0 + column.weight);
            binds->append(likePattern(word));
        }
        terms << QStringLiteral("CASE %1 ELSE 0 END").arg(cases.join(QLatin1Char(' ')));
    }
    return QStringLiteral("-(%1)").arg(terms.join(QLatin1String(" + ")));
}

SearchItemKind kindOf(const QString &stored)
{
    if (stored == QLatin1String("card"))
        return SearchItemKind::Card;
    if (stored == QLatin1String("event"))
        return SearchItemKind::Event;
    if (stored == QLatin1String("action"))
        return SearchItemKind::Action;
    return SearchItemKind::Session;
}

// A window of about `width` characters around the first match, with every match in it marked.
void makeSnippet(const QString &text, const QStringList &words, SearchHit *hit, int width = 90)
{
    const QString line = text.simplified();
    QList<QPair<int, int>> found;
    for (const QString &word : words) {
        for (qsizetype at = line.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = line.indexOf(word, at + word.size(), Qt::CaseInsensitive))
            found.append({int(at), int(word.size())});
    }
    std::sort(found.begin(), found.end());
    int start = 0;
    if (!found.isEmpty() && line.size() > width)
        start = std::clamp(found.constFirst().first - width / 3, 0, int(line.size()) - width);
    int end = std::min(int(line.size()), start + width);
    // Cut between words where one is near, never inside a surrogate pair.
    if (start > 0) {
        const qsizetype space = line.lastIndexOf(QLatin1Char(' '), start);
        start = space < 0 ? (start < 15 ? 0 : start) : (start - space < 15 ? int(space) + 1 : start);
    }
    if (start > 0 && line.at(start).isLowSurrogate())
        --start;
    if (end < line.size()) {
        const qsizetype space = line.indexOf(QLatin1Char(' '), end);
        const int next = space < 0 ? int(line.size()) : int(space);
        if (next - end < 15)
            end = next;
    }
    if (end < line.size() && end > 0 && line.at(end - 1).isHighSurrogate())
        ++end;
    const QString prefix = start > 0 ? QStringLiteral("…") : QString();
    hit->snippet = prefix + line.mid(start, end - start) + (end < line.size() ? QStringLiteral("…") : QString());
    hit->marks.clear();
    int lastEnd = -1;
    for (const auto &[at, length] : std::as_const(found)) {
        if (at < start || at + length > end || at < lastEnd)
            continue; // outside the window, or inside a longer match already marked
        hit->marks.append({int(at - start + prefix.size()), length});
        lastEnd = at + length;
    }
}

} // namespace

QString SearchHit::markedSnippet(const QString &open, const QString &close) const
{
    QString result;
    int at = 0;
    for (const auto &[start, length] : marks) {
        result += snippet.mid(at, start - at) + open + snippet.mid(start, length) + close;
        at = start + length;
    }
    return result + snippet.mid(at);
}

LibrarySearch::LibrarySearch(QSqlDatabase database)
    : m_database(std::move(database))
    , m_server(LibraryDialect::of(m_database).isServer())
{
}

bool LibrarySearch::isAvailable(const Library &library)
{
    return library.schemaVersion() >= LibrarySchema::searchIndexVersion();
}

QList<SearchHit> LibrarySearch::hits(const Library &library, const QString &text, int limit, QString *error)
{
    if (!isAvailable(library))
        return {};
    LibrarySearch search(library.database());
    const QStringList words = wordsOf(text);
    std::optional<QList<SearchHit>> found = search.hits(words, limit, error);
    if (!found)
        return {};
    if (words.size() > 1) {
        const std::optional<QList<SessionId>> ids = search.sessionIds(words, error);
        const QSet<SessionId> every = ids ? QSet<SessionId>(ids->cbegin(), ids->cend()) : QSet<SessionId>();
        found->removeIf([&](const SearchHit &hit) { return !every.contains(hit.sessionId); });
    }
    return *found;
}

QList<SessionId> LibrarySearch::sessionsWithoutIndex(LibraryTables &tables, const QStringList &words)
{
    // SQLite ignores the case of ASCII letters only; other words are compared here.
    const bool ascii = std::all_of(words.cbegin(), words.cend(), [](const QString &word) {
        return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
    });
    if (ascii && !words.isEmpty()) {
        if (std::optional<QList<SessionId>> found = tables.searchAsciiWords(words))
            return *found;
    }
    QList<SessionId> result;
    tables.forEachSearchText([&](SessionId id, const QStringList &texts) {
        for (const QString &word : words) {
            const bool found = std::any_of(texts.cbegin(), texts.cend(), [&](const QString &candidate) {
                return candidate.contains(word, Qt::CaseInsensitive);
            });
            if (!found)
                return;
        }
        result.append(id);
    });
    return result;
}


QStringList LibrarySearch::wordsOf(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words = text.split(space, Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words.mid(0, 16); // a pasted paragraph is not a query
}

QString LibrarySearch::quoted(const QString &word)
{
    QString inner = word;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString LibrarySearch::matchingRows(const QStringList &words, QStringList *binds) const
{
    QStringList terms;
    for (const QString &word : words) {
        if (indexable(word) && !m_server)
            terms << quoted(word);
    }
    if (!terms.isEmpty()) {
        binds->append(terms.join(QLatin1String(" OR ")));
        return QStringLiteral("search_text MATCH ?");
    }
    QStringList clauses;
    for (const QString &word : words) {
        clauses << likeClause(m_server);
        for (int i = 0; i < columnCount; ++i)
            binds->append(likePattern(word));
    }
    return clauses.join(QLatin1String(" OR "));
}

std::optional<QList<SessionId>> LibrarySearch::sessionIds(const QStringList &words, QString *error)
{
    if (words.isEmpty())
        return QList<SessionId>();
    std::optional<QSet<SessionId>> all;
    for (const QString &word : words) {
        QStringList binds;
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        const QString sql = QStringLiteral(
            "SELECT DISTINCT m.session_id FROM search_text JOIN search_items m ON m.id = search_text.rowid"
            " JOIN sessions s ON s.id = m.session_id WHERE s.deleted_ms IS NULL AND (%1)")
                                .arg(matchingRows({word}, &binds));
        if (!query.prepare(sql)) {
            if (error)
                *error = query.lastError().text();
            return std::nullopt;
        }
        for (const QString &bind : std::as_const(binds))
            query.addBindValue(bind);
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            return std::nullopt;
        }
        QSet<SessionId> found;
        while (query.next())
            found.insert(query.value(0).toLongLong());
        all = all ? all->intersect(found) : found;
        if (all->isEmpty())
            break;
    }
    QList<SessionId> result(all->cbegin(), all->cend());
    std::sort(result.begin(), result.end());
    return result;
}

std::optional<QList<SearchHit>> LibrarySearch::hits(const QStringList &words, int limit, QString *error)
{
    QList<SearchHit> result;
    if (words.isEmpty())
        return result;
    QStringList binds;
    const QString rank = m_server ? weightedRank(words, &binds) : QString();
    const QString where = matchingRows(words, &binds);
    const bool ranked = binds.size() == 1 && where.contains(QLatin1String("MATCH"));
    QStringList weights;
    QStringList names;
    for (const Column &column : columns) {
        weights << QString::number(column.weight);
        names << QStringLiteral("coalesce(search_text.%1, '')").arg(QLatin1String(column.name));
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT m.session_id, s.title, m.kind, m.item_id, %1, %2 FROM search_text"
        " JOIN search_items m ON m.id = search_text.rowid JOIN sessions s ON s.id = m.session_id"
        " WHERE s.deleted_ms IS NULL AND (%3) ORDER BY 5, m.session_id DESC LIMIT %4")
                            .arg(m_server ? rank
                                 : ranked   ? QStringLiteral("bm25(search_text, %1)").arg(weights.join(QLatin1String(", ")))
                                            : QStringLiteral("0"),
                                 names.join(QLatin1String(", ")), where)
                            .arg(std::max(1, limit));
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    for (const QString &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    // Every value comes from the file: checked as any other row, a bad one ends the list.
    QString rowError;
    LibraryRow row(query, QStringLiteral("search_items"), &rowError);
    while (query.next()) {
        SearchHit hit;
        hit.sessionId = row.integer(0, "session_id", 1, SessionLimits::maxItemNumber);
        hit.sessionTitle = row.listedText(1, "title");
        hit.kind = kindOf(row.text(2, "kind"));
        hit.itemId = row.text(3, "item_id");
        hit.rank = query.value(4).toDouble();
        for (int c = 0; c < columnCount && !row.failed(); ++c) {
            const QString text = row.text(5 + c, columns[c].name);
            const bool holds = std::any_of(words.cbegin(), words.cend(), [&](const QString &word) {
                return text.contains(word, Qt::CaseInsensitive);
            });
            if (holds || (hit.field.isEmpty() && c == columnCount - 1)) {
                hit.field = QLatin1String(columns[c].name);
                makeSnippet(text, words, &hit);
                if (holds)
                    break;
            }
        }
        if (row.failed()) {
            if (error)
                *error = rowError;
            return std::nullopt;
        }
        result.append(hit);
    }
    return result;
}

} // namespace Whyboard
