// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexcheck.h"

#include "storagetesthelpers.h"
#include "storage/librarylocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QList>
#include <QUuid>
#include <QVariant>

namespace Whyboard::Test {

namespace {

const char *const expectedText =
    "SELECT m.id, s.title, s.summary, '', '', '', '', '' FROM search_items m"
    " JOIN sessions s ON s.id = m.session_id WHERE m.kind = 'session' AND m.item_id = ''"
    " UNION ALL SELECT m.id, '', '', c.text, c.evidence, '', '', '' FROM search_items m"
    " JOIN cards c ON c.session_id = m.session_id AND c.id = m.item_id WHERE m.kind = 'card'"
    " UNION ALL SELECT m.id, '', '', '', '', e.text, '', '' FROM search_items m"
    " JOIN events e ON e.session_id = m.session_id AND e.id = m.item_id WHERE m.kind = 'event'"
    " UNION ALL SELECT m.id, '', '', '', '', '', a.text, a.owner FROM search_items m"
    " JOIN actions a ON a.session_id = m.session_id AND a.id = m.item_id WHERE m.kind = 'action'";

const char *const actualText =
    "SELECT rowid, coalesce(title, ''), coalesce(summary, ''), coalesce(card, ''), coalesce(evidence, ''),"
    " coalesce(timeline, ''), coalesce(action, ''), coalesce(owner, '') FROM search_text";

const char *const expectedWords =
    "SELECT m.id, c.text FROM search_items m JOIN cards c ON c.session_id = m.session_id AND c.id = m.item_id"
    " WHERE m.kind = 'card' AND c.kind = 1";

const char *const actualWords = "SELECT rowid, text FROM cause_words";

struct Check
{
    QString description;
    QString sql;
};

// Each a count that is 0 when the index agrees with the tables.
QList<Check> checks()
{
    return {
        {QStringLiteral("items without an index row or index rows without an item"),
         QStringLiteral("SELECT (SELECT count(*) FROM search_items) - (SELECT count(*) FROM sessions)"
                        " - (SELECT count(*) FROM cards) - (SELECT count(*) FROM events) - (SELECT count(*) FROM actions)")},
        {QStringLiteral("cards without an index row"),
         QStringLiteral("SELECT count(*) FROM cards c WHERE NOT EXISTS (SELECT 1 FROM search_items m"
                        " WHERE m.session_id = c.session_id AND m.kind = 'card' AND m.item_id = c.id)")},
        {QStringLiteral("events without an index row"),
         QStringLiteral("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM search_items m"
                        " WHERE m.session_id = e.session_id AND m.kind = 'event' AND m.item_id = e.id)")},
        {QStringLiteral("actions without an index row"),
         QStringLiteral("SELECT count(*) FROM actions a WHERE NOT EXISTS (SELECT 1 FROM search_items m"
                        " WHERE m.session_id = a.session_id AND m.kind = 'action' AND m.item_id = a.id)")},
        {QStringLiteral("sessions without an index row"),
         QStringLiteral("SELECT count(*) FROM sessions s WHERE NOT EXISTS (SELECT 1 FROM search_items m"
                        " WHERE m.session_id = s.id AND m.kind = 'session')")},
        {QStringLiteral("search_text rows that differ from the tables"),
         QStringLiteral("SELECT (SELECT count(*) FROM (SELECT * FROM (%1) AS e EXCEPT SELECT * FROM (%2) AS a) AS d)"
                        " + (SELECT count(*) FROM (SELECT * FROM (%2) AS a EXCEPT SELECT * FROM (%1) AS e) AS d)")
             .arg(QLatin1String(expectedText), QLatin1String(actualText))},
        {QStringLiteral("search_text rows"),
         QStringLiteral("SELECT (SELECT count(*) FROM search_text) - (SELECT count(*) FROM search_items)")},
        {QStringLiteral("cause_words rows that differ from the why cards"),
         QStringLiteral("SELECT (SELECT count(*) FROM (SELECT * FROM (%1) AS e EXCEPT SELECT * FROM (%2) AS a) AS d)"
                        " + (SELECT count(*) FROM (SELECT * FROM (%2) AS a EXCEPT SELECT * FROM (%1) AS e) AS d)")
             .arg(QLatin1String(expectedWords), QLatin1String(actualWords))}
    };
}

// A server library: each check through Test::querySql (PostgreSQL has no FTS5 integrity check).
QString serverMismatch(const QString &uri)
{
    for (const Check &check : checks()) {
        const QVariant n = querySql(uri, check.sql);
        if (!n.isValid())
            return check.sql + QStringLiteral(": the query failed");
        if (n.toLongLong() != 0)
            return QStringLiteral("%1: %2").arg(check.description).arg(n.toLongLong());
    }
    return {};
}

} // namespace

QString searchIndexMismatch(const QString &libraryPath)
{
    const auto location = LibraryLocation::parse(libraryPath);
    if (location && location->isServer())
        return serverMismatch(libraryPath);
    const QString name = QStringLiteral("search-index-check-") + QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(libraryPath);
        if (!database.open())
            return QStringLiteral("cannot open: ") + database.lastError().text();
        QSqlQuery query(database);
        const auto count = [&](const QString &sql) -> qint64 {
            if (!query.exec(sql) || !query.next()) {
                result = sql + QStringLiteral(": ") + query.lastError().text();
                return -1;
            }
            return query.value(0).toLongLong();
        };
        for (const Check &check : checks()) {
            const qint64 n = count(check.sql);
            if (!result.isEmpty())
                break;
            if (n != 0) {
                result = QStringLiteral("%1: %2").arg(check.description).arg(n);
                break;
            }
        }
        for (const char *table : {"search_text", "cause_words"}) {
            if (!result.isEmpty())
                break;
            if (!query.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(QLatin1String(table))))
                result = QStringLiteral("%1 integrity-check: %2").arg(QLatin1String(table), query.lastError().text());
        }
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace Whyboard::Test
