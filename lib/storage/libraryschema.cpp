// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/libraryschema.h"

#include "storage/library.h"
#include "storage/sqlitedialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace Whyboard {

namespace {

// Times are two integers (epoch milliseconds, offset seconds) because parsing text times
// dominated load time; lists of ids inside a row are JSON arrays of strings. Child rows keep
// the document's order in a position column. Item ids are made by the program and unique
// inside their session only, hence (session_id, id) keys.
const char *const version1[] = {
    "CREATE TABLE sessions ("
    " id INTEGER PRIMARY KEY,"
    " title TEXT NOT NULL DEFAULT '',"
    " summary TEXT NOT NULL DEFAULT '',"
    " severity INTEGER NOT NULL DEFAULT 0,"
    " status INTEGER NOT NULL DEFAULT 0,"
    " started_ms INTEGER, started_offset INTEGER,"
    " detected_ms INTEGER, detected_offset INTEGER,"
    " resolved_ms INTEGER, resolved_offset INTEGER,"
    " impact_description TEXT NOT NULL DEFAULT '',"
    " users_affected INTEGER,"
    " cost_per_minute REAL,"
    " currency TEXT NOT NULL DEFAULT '',"
    " facilitator TEXT NOT NULL DEFAULT '')",

    "CREATE TABLE participants ("
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " name TEXT NOT NULL DEFAULT '',"
    " roles INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (session_id, id)) WITHOUT ROWID",

    "CREATE TABLE cards ("
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " kind INTEGER NOT NULL,"
    " text TEXT NOT NULL DEFAULT '',"
    " evidence TEXT NOT NULL DEFAULT '',"
    " verified INTEGER NOT NULL DEFAULT 0,"
    " x REAL NOT NULL DEFAULT 0,"
    " y REAL NOT NULL DEFAULT 0,"
    " PRIMARY KEY (session_id, id)) WITHOUT ROWID",

    // Deferred so that one command step may remove a card and its links in any order.
    "CREATE TABLE links ("
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " cause_id TEXT NOT NULL,"
    " effect_id TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " PRIMARY KEY (session_id, cause_id, effect_id),"
    " FOREIGN KEY (session_id, cause_id) REFERENCES cards(session_id, id)"
    "  ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " FOREIGN KEY (session_id, effect_id) REFERENCES cards(session_id, id)"
    "  ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID",

    "CREATE INDEX links_by_effect ON links(session_id, effect_id)",

    "CREATE TABLE events ("
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " at_ms INTEGER, at_offset INTEGER,"
    " kind INTEGER NOT NULL,"
    " text TEXT NOT NULL DEFAULT '',"
    " card_ids TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (session_id, id)) WITHOUT ROWID",

    "CREATE TABLE actions ("
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " text TEXT NOT NULL DEFAULT '',"
    " owner TEXT NOT NULL DEFAULT '',"
    " due_day INTEGER,"
    " category INTEGER NOT NULL DEFAULT 0,"
    " horizon INTEGER NOT NULL DEFAULT 0,"
    " status INTEGER NOT NULL DEFAULT 0,"
    " card_ids TEXT NOT NULL DEFAULT '',"
    " event_ids TEXT NOT NULL DEFAULT '',"
    " link TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (session_id, id)) WITHOUT ROWID",
};

// The read-back's verdict on each link, and the chain-check findings the room set aside.
const char *const version2[] = {
    "ALTER TABLE links ADD COLUMN verdict INTEGER NOT NULL DEFAULT 0",

    "CREATE TABLE dismissed_findings ("
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " check_id TEXT NOT NULL,"
    " item_id TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (session_id, position)) WITHOUT ROWID",
};

// Ids are never reused. Session ids come from a counter that only grows (started past every
// id in the file; ids of sessions deleted before this version cannot be known). Deleted
// sessions stay in the file, marked with the time they went to the trash, until the user
// empties it. Each session keeps the highest item number it handed out, started past every
// numeric id suffix it holds.
const char *const version3[] = {
    "CREATE TABLE counters ("
    " name TEXT PRIMARY KEY,"
    " value INTEGER NOT NULL) WITHOUT ROWID",

    "INSERT INTO counters (name, value) VALUES ('last_session_id', (SELECT coalesce(max(id), 0) FROM sessions))",

    "ALTER TABLE sessions ADD COLUMN deleted_ms INTEGER",

    "ALTER TABLE sessions ADD COLUMN last_item_number INTEGER NOT NULL DEFAULT 0",

    "UPDATE sessions SET last_item_number = (SELECT coalesce(max(n), 0) FROM ("
    " SELECT CAST(substr(id, 2) AS INTEGER) AS n FROM cards WHERE session_id = sessions.id"
    " UNION ALL SELECT CAST(substr(id, 2) AS INTEGER) FROM events WHERE session_id = sessions.id"
    " UNION ALL SELECT CAST(substr(id, 2) AS INTEGER) FROM actions WHERE session_id = sessions.id"
    " UNION ALL SELECT CAST(substr(id, 2) AS INTEGER) FROM participants WHERE session_id = sessions.id))",
};

// The room's "accepted, no action" mark on a card with its reason, and the parking lot of
// fix ideas set aside during the drill-down.
const char *const version4[] = {
    "ALTER TABLE cards ADD COLUMN no_action INTEGER NOT NULL DEFAULT 0",

    "ALTER TABLE cards ADD COLUMN no_action_reason TEXT NOT NULL DEFAULT ''",

    "CREATE TABLE parked_ideas ("
    " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
    " id TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " text TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (session_id, id)) WITHOUT ROWID",
};

// The sessions list counts each session's cards and open actions. Counted through the
// tables, that reads every card's text in the file; these narrow indexes hold just enough.
const char *const version5[] = {
    "CREATE INDEX cards_by_session ON cards(session_id)",

    "CREATE INDEX actions_by_session ON actions(session_id, status)",
};

// The library remembers across incidents: each why card's contributing-factor category and
// tags (services, teams; a JSON array of strings), the day each action was done, and the
// team's own list of categories (empty: the defaults).
const char *const version6[] = {
    "ALTER TABLE cards ADD COLUMN category TEXT NOT NULL DEFAULT ''",

    "ALTER TABLE cards ADD COLUMN tags TEXT NOT NULL DEFAULT ''",

    "ALTER TABLE actions ADD COLUMN done_day INTEGER",

    "CREATE TABLE cause_categories ("
    " position INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL)",
};

// Library search and the repeat-cause alert read a full-text index kept in the same
// transaction as each edit (LibrarySearchIndex, called by every write of LibraryTables).
// Triggers cannot keep it: the library is read with trusted_schema off, under which a trigger
// may not write a full-text table, and a file with triggers is refused. The item tables have
// no rowid, so search_items gives each indexed item one, found through its unique key.
// search_text (trigram: substrings in any language) serves search; cause_words (stemmed
// words) holds why cards only, for the alert. Trashed sessions stay indexed and are left out
// when asked.
const char *const version7[] = {
    "CREATE TABLE search_items ("
    " id INTEGER PRIMARY KEY,"
    " session_id INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " item_id TEXT NOT NULL)",

    "CREATE UNIQUE INDEX search_items_by_item ON search_items(session_id, kind, item_id)",

    "CREATE VIRTUAL TABLE search_text USING fts5("
    " title, summary, card, evidence, timeline, action, owner, tokenize = 'trigram')",

    "CREATE VIRTUAL TABLE cause_words USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2')",

    "INSERT INTO search_items (session_id, kind, item_id)"
    " SELECT id, 'session', '' FROM sessions"
    " UNION ALL SELECT session_id, 'card', id FROM cards"
    " UNION ALL SELECT session_id, 'event', id FROM events"
    " UNION ALL SELECT session_id, 'action', id FROM actions",

    "INSERT INTO search_text (rowid, title, summary)"
    " SELECT m.id, s.title, s.summary FROM search_items m JOIN sessions s ON s.id = m.session_id"
    " WHERE m.kind = 'session'",

    "INSERT INTO search_text (rowid, card, evidence)"
    " SELECT m.id, c.text, c.evidence FROM search_items m"
    " JOIN cards c ON c.session_id = m.session_id AND c.id = m.item_id WHERE m.kind = 'card'",

    "INSERT INTO search_text (rowid, timeline)"
    " SELECT m.id, e.text FROM search_items m"
    " JOIN events e ON e.session_id = m.session_id AND e.id = m.item_id WHERE m.kind = 'event'",

    "INSERT INTO search_text (rowid, action, owner)"
    " SELECT m.id, a.text, a.owner FROM search_items m"
    " JOIN actions a ON a.session_id = m.session_id AND a.id = m.item_id WHERE m.kind = 'action'",

    "INSERT INTO cause_words (rowid, text)"
    " SELECT m.id, c.text FROM search_items m"
    " JOIN cards c ON c.session_id = m.session_id AND c.id = m.item_id WHERE m.kind = 'card' AND c.kind = 1",
};

// A server library is written by several clients and its connection can drop between a COMMIT
// and its answer: every write step of a session counts here, so a writer can tell after a
// reconnect whether its last step was kept, and whether anyone else wrote the session.
const char *const version8[] = {
    "ALTER TABLE sessions ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
};

struct Step
{
    const char *const *statements;
    int count;
};

template<std::size_t N>
constexpr Step step(const char *const (&statements)[N])
{
    return {statements, int(N)};
}

// The ordered migrations: steps[i] takes a file from version i to version i + 1.
const Step steps[] = {
    step(version1),
    step(version2),
    step(version3),
    step(version4),
    step(version5),
    step(version6),
    step(version7),
    step(version8),
};

using Columns = LibraryDialect::TableColumns;

// What the first `version` steps build, read from a scratch database in memory, so that the
// check can never disagree with the migrations.
const Columns &expectedColumns(int version)
{
    static QHash<int, Columns> cache;
    auto it = cache.find(version);
    if (it != cache.end())
        return *it;
    Columns columns;
    const QString name = QStringLiteral("whyboard-expected-schema-%1").arg(version);
    {
        QSqlDatabase scratch = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        scratch.setDatabaseName(QStringLiteral(":memory:"));
        QSqlQuery query(scratch);
        bool ok = scratch.open();
        for (int v = 0; ok && v < version; ++v) {
            for (int i = 0; ok && i < steps[v].count; ++i)
                ok = query.exec(QString::fromLatin1(steps[v].statements[i]));
        }
        query.finish();
        if (ok)
            columns = SqliteDialect().tableColumns(scratch, &ok);
        scratch.close();
    }
    QSqlDatabase::removeDatabase(name);
    return *cache.insert(version, columns);
}

} // namespace

QString LibrarySchema::missingPart(QSqlDatabase &database, int version)
{
    bool ok = false;
    const LibraryDialect &dialect = LibraryDialect::of(database);
    const Columns found = dialect.tableColumns(database, &ok);
    if (!ok)
        return Library::tr("its tables cannot be read.");
    QHash<QString, QStringList> byTable;
    for (const auto &[table, columns] : found)
        byTable.insert(table, columns);
    for (const auto &[table, columns] : expectedColumns(std::clamp(version, 1, currentVersion()))) {
        if (!dialect.keepsTable(table))
            continue;
        const auto it = byTable.constFind(table);
        if (it == byTable.cend())
            return Library::tr("its table “%1” is missing, so it is not a whole Whyboard library.").arg(table);
        for (const QString &column : columns) {
            if (!it->contains(column))
                return Library::tr("its table “%1” has no column “%2”, so it is not a whole Whyboard library.")
                    .arg(table, column);
        }
    }
    return {};
}

int LibrarySchema::currentVersion()
{
    return int(std::size(steps));
}

int LibrarySchema::searchIndexVersion()
{
    const auto found = std::find_if(std::begin(steps), std::end(steps),
                                    [](const Step &s) { return s.statements == version7; });
    return int(found - std::begin(steps)) + 1;
}

QString LibrarySchema::migrate(QSqlDatabase &database, int fromVersion)
{
    QSqlQuery query(database);
    const LibraryDialect &dialect = LibraryDialect::of(database);
    if (fromVersion < 0)
        return Library::tr("its library version (%1) is not one Whyboard ever wrote, so it is not opened.")
            .arg(fromVersion);
    for (int version = fromVersion; version < currentVersion(); ++version) {
        const Step &current = steps[version];
        for (int i = 0; i < current.count; ++i) {
            for (const QString &statement : dialect.schemaStatements(QString::fromLatin1(current.statements[i]))) {
                if (!query.exec(statement))
                    return query.lastError().text();
            }
        }
    }
    if (!query.exec(dialect.versionStatement(currentVersion())))
        return query.lastError().text();
    return {};
}

} // namespace Whyboard
