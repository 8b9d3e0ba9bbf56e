// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/searchhit.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Whyboard {

class Library;
class LibraryTables;

// Queries over the library's full-text index (schema version 7: search_text, cause_words,
// search_items, kept by triggers). Every query is one indexed look-up; trashed sessions are
// left out. The user's words are always quoted: quotes, *, NEAR, - or : in a query are text
// to find, never syntax.
class LibrarySearch
{
public:
    explicit LibrarySearch(QSqlDatabase database);

    // Sessions outside the trash holding every word somewhere (title, summary, a card, its
    // evidence, the timeline, an action or its owner), case-insensitively, as substrings.
    // In id order. std::nullopt when a query fails (the error in *error).
    std::optional<QList<SessionId>> sessionIds(const QStringList &words, QString *error = nullptr);
    // The items that hold any of the words, best first: titles weigh most, then cards and
    // summaries, then evidence, actions and the timeline.
    std::optional<QList<SearchHit>> hits(const QStringList &words, int limit, QString *error = nullptr);

    // True when the library's file holds the index (every library this version writes; not
    // one from before it opened read-only).
    static bool isAvailable(const Library &library);
    // hits() for the text in the library, kept to the sessions that hold every word; empty
    // without the index or on failure (*error).
    static QList<SearchHit> hits(const Library &library, const QString &text, int limit, QString *error = nullptr);

    // Library::search in a library from before the index (read-only): sessions holding every
    // word, read row by row.
    static QList<SessionId> sessionsWithoutIndex(LibraryTables &tables, const QStringList &words);
    // The words of a query as the search takes them.
    static QStringList wordsOf(const QString &text);
    // A word as an FTS5 string: in double quotes, its own quotes doubled.
    static QString quoted(const QString &word);

private:
    QString matchingRows(const QStringList &words, QStringList *binds) const;

    QSqlDatabase m_database;
    bool m_server = false;
};

} // namespace Whyboard
