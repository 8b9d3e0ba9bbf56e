// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/libraryserveropening.h"

#include "storage/librarylease.h"

#include "storage/librarylocation.h"
#include "storage/libraryschema.h"
#include "storage/librarytables.h"
#include "storage/postgresdialect.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace Whyboard {

struct LibraryServerOpening::Found
{
    bool marked = false;   // holds whyboard_library
    int tableCount = 0;
    qint64 applicationId = 0;
    int version = 0;
    bool mayWrite = false; // the role may insert sessions (or create the schema in an empty database)
};

namespace {

bool exec(QSqlDatabase &database, const QString &sql, QSqlError *error)
{
    QSqlQuery query(database);
    if (query.exec(sql))
        return true;
    *error = query.lastError();
    return false;
}

// One value from a query that returns one row.
QVariant valueOf(QSqlDatabase &database, const QString &sql, QSqlError *error)
{
    QSqlQuery query(database);
    if (query.exec(sql) && query.next())
        return query.value(0);
    *error = query.lastError();
    return {};
}

} // namespace

bool LibraryServerOpening::connect(const QString &name, const LibraryLocation &where, bool readOnly, QSqlError *error)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    database.setHostName(where.host());
    if (where.port() > 0)
        database.setPort(where.port());
    database.setUserName(where.user());
    database.setPassword(where.password());
    database.setDatabaseName(where.database());
    QStringList options;
    if (!where.connectOptionsString().isEmpty())
        options << where.connectOptionsString();
    if (where.connectOption(QStringLiteral("connect_timeout")).isEmpty())
        options << QStringLiteral("connect_timeout=10");
    database.setConnectOptions(options.join(QLatin1Char(';')));
    if (!database.open()) {
        *error = database.lastError();
        return false;
    }
    // Others are told who holds a session's lease by this name (unless the address gives one).
    if (where.connectOption(QStringLiteral("application_name")).isEmpty())
        LibraryLease::announce(database);
    // Notices (an index that already exists, ...) are not for the user; a write that waits on
    // another client's lock gives up rather than freezing the window.
    return exec(database, QStringLiteral("SET client_min_messages = warning"), error)
           && exec(database, QStringLiteral("SET lock_timeout = '10s'"), error)
           && (!readOnly || exec(database, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), error));
}

LibraryOpening::Refusal LibraryServerOpening::refusalFor(const QSqlError &error, const LibraryLocation &where)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString detail = text.simplified();
    if (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist")))
        return {LibraryOpenError::NotPermitted,
                tr("the server has no user “%1” (%2).").arg(where.user().isEmpty() ? tr("(your login name)") : where.user(), detail),
                false};
    if (state == QLatin1String("28P01") || state == QLatin1String("28000")
        || text.contains(QLatin1String("password authentication failed")) || text.contains(QLatin1String("no password supplied")))
        return {LibraryOpenError::AuthenticationFailed,
                tr("the server did not accept the user “%1” without the right password (%2).")
                    .arg(where.user().isEmpty() ? tr("(your login name)") : where.user(), detail),
                false};
    if (state == QLatin1String("3D000") || (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist"))))
        return {LibraryOpenError::NotFound,
                tr("the server has no database “%1”. Create it first (createdb), then open it here.").arg(where.database()),
                false};
    if (state == QLatin1String("42501") || text.contains(QLatin1String("permission denied")))
        return {LibraryOpenError::NotPermitted, tr("the server does not let this user do that (%1).").arg(detail), false};
    return {LibraryOpenError::ServerUnreachable, tr("the server cannot be reached (%1).").arg(detail), false};
}

std::optional<LibraryOpening::Refusal> LibraryServerOpening::inspect(QSqlDatabase &database, const LibraryLocation &where,
                                                                     Found *found)
{
    QSqlError error;
    const QString inSchema = QStringLiteral("table_schema = current_schema()");
    const QVariant tables = valueOf(database,
                                    QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE %1").arg(inSchema), &error);
    const QVariant marked = valueOf(database,
                                    QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE %1"
                                                   " AND table_name = 'whyboard_library'").arg(inSchema), &error);
    // Triggers, views and rules would run another writer's code as every editor: refused, as
    // in a file. (Foreign keys' own triggers are internal.)
    const QVariant foreignCode = valueOf(database, QStringLiteral(
        "SELECT (SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        "  WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace)"
        " + (SELECT count(*) FROM pg_views WHERE schemaname = current_schema())"
        " + (SELECT count(*) FROM pg_rules WHERE schemaname = current_schema())"), &error);
    if (!tables.isValid() || !marked.isValid() || !foreignCode.isValid())
        return refusalFor(error, where);
    found->tableCount = tables.toInt();
    found->marked = marked.toInt() > 0;
    if (found->tableCount > 0 && !found->marked)
        return LibraryOpening::Refusal{LibraryOpenError::ForeignDatabase,
                                       tr("the database holds tables of another program, not a Whyboard library."), false};
    if (foreignCode.toInt() > 0)
        return LibraryOpening::Refusal{LibraryOpenError::UntrustedSchema,
                                       tr("the database holds triggers, views or rules that Whyboard did not create, so it is not opened."),
                                       false};
    if (found->marked) {
        QSqlQuery query(database);
        if (!query.exec(QStringLiteral("SELECT application_id, schema_version FROM whyboard_library")) || !query.next())
            return LibraryOpening::Refusal{LibraryOpenError::DamagedContent,
                                           tr("its table whyboard_library is empty, so it is not a whole Whyboard library."), false};
        found->applicationId = query.value(0).toLongLong();
        found->version = query.value(1).toInt();
        if (found->applicationId != LibrarySchema::applicationId)
            return LibraryOpening::Refusal{LibraryOpenError::ForeignDatabase,
                                           tr("the database is marked as another program's, not a Whyboard library."), false};
        if (found->version < 0)
            return LibraryOpening::Refusal{LibraryOpenError::NotADatabase,
                                           tr("its library version (%1) is not one Whyboard ever wrote, so it is not opened.")
                                               .arg(found->version),
                                           false};
    }
    const QVariant mayWrite = valueOf(database,
                                      found->marked ? QStringLiteral("SELECT has_table_privilege('sessions', 'INSERT')")
                                                    : QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')"),
                                      &error);
    found->mayWrite = mayWrite.toBool();
    return std::nullopt;
}

// The team's roles (README, "A team library"): when the editor role exists and this user is
// one of its members, the tables are made as that role, so that every editor owns them and
// any of them can run a later migration; the reader role may read them. Without the roles
// the tables belong to whoever created them.
bool LibraryServerOpening::actAsEditorRole(QSqlDatabase &database, QSqlError *error)
{
    QSqlQuery query(database);
    // Only where that role may create the tables (a superuser is a member of every role).
    if (!query.exec(QStringLiteral("SELECT pg_has_role(oid, 'MEMBER') AND has_schema_privilege(oid, current_schema(), 'CREATE')"
                                   " FROM pg_roles WHERE rolname = '%1'")
                        .arg(QLatin1String(editorRole)))) {
        *error = query.lastError();
        return false;
    }
    if (!query.next() || !query.value(0).toBool())
        return true;
    return exec(database, QStringLiteral("SET LOCAL ROLE %1").arg(QLatin1String(editorRole)), error);
}

bool LibraryServerOpening::grantToTeamRoles(QSqlDatabase &database, QSqlError *error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT rolname, current_schema() FROM pg_roles WHERE rolname IN ('%1', '%2')")
                        .arg(QLatin1String(editorRole), QLatin1String(readerRole)))) {
        *error = query.lastError();
        return false;
    }
    QStringList grants;
    while (query.next()) {
        const QString schema = database.driver()->escapeIdentifier(query.value(1).toString(), QSqlDriver::TableName);
        if (query.value(0).toString() == QLatin1String(readerRole))
            grants << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, QLatin1String(readerRole));
        else
            grants << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
                          .arg(schema, QLatin1String(editorRole))
                   << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, QLatin1String(editorRole));
    }
    for (const QString &grant : std::as_const(grants)) {
        if (!exec(database, grant, error))
            return false;
    }
    return true;
}

// Search finds substrings with ILIKE, which reads every row of search_text; PostgreSQL's
// pg_trgm makes that an index look-up for words of three letters or more. It ships with the
// server and a database's owner may install it; without it search is the same, only slower.
// Asked first, never tried: a failed statement would abort the migration's transaction.
bool LibraryServerOpening::indexTrigrams(QSqlDatabase &database, QSqlError *error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'),"
            " EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm')"
            "  AND has_database_privilege(current_database(), 'CREATE')"))
        || !query.next()) {
        *error = query.lastError();
        return false;
    }
    const bool installed = query.value(0).toBool();
    if (!installed && !query.value(1).toBool())
        return true;
    QStringList columns;
    for (const char *column : {"title", "summary", "card", "evidence", "timeline", "action", "owner"})
        columns << QStringLiteral("%1 gin_trgm_ops").arg(QLatin1String(column));
    return (installed || exec(database, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"), error))
           && exec(database, QStringLiteral("CREATE INDEX IF NOT EXISTS search_text_trigrams ON search_text USING gin (%1)")
                                 .arg(columns.join(QLatin1String(", "))),
                   error);
}

// In one transaction, after every other client's migration: the version is read again under
// the lock, since another client may have created or migrated the library meanwhile.
QString LibraryServerOpening::createOrMigrate(QSqlDatabase &database, const LibraryLocation &where)
{
    if (!database.transaction())
        return database.lastError().text();
    QSqlError error;
    QString failure;
    if (!exec(database, QStringLiteral("SELECT pg_advisory_xact_lock(%1, 0)").arg(lockClass), &error)
        || !actAsEditorRole(database, &error)) {
        failure = error.text();
    } else {
        Found found;
        if (const std::optional<LibraryOpening::Refusal> refusal = inspect(database, where, &found)) {
            failure = refusal->reason;
        } else if (!found.marked) {
            for (const QString &statement : PostgresDialect::markStatements(0)) {
                if (failure.isEmpty() && !exec(database, statement, &error))
                    failure = error.text();
            }
        }
        if (failure.isEmpty() && found.version < LibrarySchema::currentVersion())
            failure = LibrarySchema::migrate(database, found.version);
        if (failure.isEmpty() && (!grantToTeamRoles(database, &error) || !indexTrigrams(database, &error)))
            failure = error.text();
    }
    if (failure.isEmpty() && database.commit())
        return {};
    if (failure.isEmpty())
        failure = database.lastError().text();
    database.rollback();
    return failure;
}

std::optional<LibraryOpening::Refusal> LibraryServerOpening::open(const LibraryLocation &where, Library::OpenMode mode,
                                                                  Opened *opened)
{
    opened->connectionName = LibraryOpening::newConnectionName();
    opened->readOnly = mode == Library::OpenMode::ReadOnly;
    QSqlDatabase database;
    auto refuse = [&](const LibraryOpening::Refusal &refusal) {
        database = QSqlDatabase(); // the last handle goes before the connection is removed
        LibraryOpening::closeConnection(opened->connectionName);
        opened->connectionName.clear();
        return refusal;
    };
    QSqlError error;
    if (!connect(opened->connectionName, where, opened->readOnly, &error))
        return refuse(refusalFor(error, where));
    database = QSqlDatabase::database(opened->connectionName, false);
    Found found;
    if (const std::optional<LibraryOpening::Refusal> refusal = inspect(database, where, &found))
        return refuse(*refusal);
    if (!found.marked && opened->readOnly)
        return refuse({LibraryOpenError::NotFound,
                       tr("the database “%1” holds no Whyboard library yet; open it once for writing to create one.")
                           .arg(where.database()),
                       false});
    if (found.version > LibrarySchema::currentVersion() && !opened->readOnly)
        return refuse({LibraryOpenError::NewerSchema,
                       tr("it was made by a newer Whyboard (library version %1; this version knows up to %2). "
                          "It can be opened read-only.")
                           .arg(found.version)
                           .arg(LibrarySchema::currentVersion()),
                       false});
    if (!found.mayWrite && !opened->readOnly)
        return refuse({LibraryOpenError::NotPermitted,
                       found.marked ? tr("the user “%1” may read this library but not change it. It can be opened read-only.")
                                          .arg(where.user().isEmpty() ? tr("(your login name)") : where.user())
                                    : tr("the user “%1” may not create tables in the database “%2”: the library's "
                                         "editor role must own the database or be granted CREATE on its schema.")
                                          .arg(where.user().isEmpty() ? tr("(your login name)") : where.user(), where.database()),
                       false});
    if (found.marked) {
        const QString damage = LibrarySchema::missingPart(database, found.version);
        if (!damage.isEmpty())
            return refuse({LibraryOpenError::DamagedContent, damage, false});
    }
    if (!opened->readOnly && found.version < LibrarySchema::currentVersion()) {
        const QString failure = createOrMigrate(database, where);
        if (!failure.isEmpty())
            return refuse({LibraryOpenError::NotADatabase,
                           tr("the library could not be brought up to this version of Whyboard (%1).").arg(failure), false});
        found.version = LibrarySchema::currentVersion();
    }
    opened->schemaVersion = found.version;
    LibraryTables tables(database, found.version);
    const QString badRow = tables.checkSessionRows();
    if (!badRow.isEmpty())
        return refuse({LibraryOpenError::DamagedContent,
                       tr("%1. Whyboard never writes such a value, so the library is not opened.").arg(badRow), false});
    return std::nullopt;
}

} // namespace Whyboard
