// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrestesthelpers.h"

#include "storagetesthelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

#include <functional>

namespace Whyboard::Test {

namespace {

QString nextConnectionName()
{
    static int counter = 0;
    return QStringLiteral("postgres-test-%1").arg(++counter);
}

// Opens a QPSQL connection to a server location, runs work on it, closes and removes it.
// Returns the connection's error, or what work returned.
QString withServerConnection(const LibraryLocation &location, const std::function<QString(QSqlDatabase &)> &work)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver QPSQL is not installed (libqt6sql6-psql)");
    const QString name = nextConnectionName();
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        database.setHostName(location.host());
        database.setPort(location.port());
        database.setUserName(location.user());
        database.setPassword(location.password());
        database.setDatabaseName(location.database());
        QStringList options = location.connectOptions();
        options << QStringLiteral("connect_timeout=10");
        database.setConnectOptions(options.join(QLatin1Char(';')));
        if (!database.open())
            error = QStringLiteral("cannot connect to %1: %2").arg(location.displayName(), database.lastError().text());
        else
            error = work(database);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

std::optional<LibraryLocation> serverLocation(QString *reason)
{
    const QString uri = qEnvironmentVariable("WHYBOARD_TEST_PG_URI");
    if (uri.isEmpty()) {
        *reason = QStringLiteral("WHYBOARD_TEST_PG_URI is not set: start a server with "
                                 "`eval \"$(bash packaging/test-postgres.sh)\"`");
        return std::nullopt;
    }
    QString refusal;
    const auto location = LibraryLocation::parse(uri, &refusal);
    if (!location || !location->isServer()) {
        *reason = QStringLiteral("WHYBOARD_TEST_PG_URI is not a PostgreSQL URI (%1): %2").arg(uri, refusal);
        return std::nullopt;
    }
    return location;
}

QString execAll(QSqlDatabase &database, const QStringList &statements)
{
    QSqlQuery query(database);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return statement + QStringLiteral(": ") + query.lastError().text();
    }
    return {};
}

} // namespace

QString postgresUnavailableReason()
{
    static const QString reason = [] {
        const QString skip = qEnvironmentVariable("WHYBOARD_TEST_PG_SKIP");
        if (!skip.isEmpty())
            return skip;
        QString why;
        const auto location = serverLocation(&why);
        if (!location)
            return why;
        return withServerConnection(*location, [](QSqlDatabase &database) {
            return execAll(database, {QStringLiteral("SELECT 1")});
        });
    }();
    return reason;
}

bool postgresRequired()
{
    return qEnvironmentVariable("WHYBOARD_TEST_PG_REQUIRED") == QLatin1String("1");
}

void addBackendRows()
{
    QTest::addColumn<LibraryBackend>("backend");
    QTest::newRow("sqlite") << LibraryBackend::Sqlite;
    QTest::newRow("postgres") << LibraryBackend::Postgres;
}

LibraryBackend backend()
{
    return *static_cast<LibraryBackend *>(QTest::qData("backend", qMetaTypeId<LibraryBackend>()));
}

QString backendName(LibraryBackend backend)
{
    return backend == LibraryBackend::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

QString postgresUriWithDatabase(const QString &uri, const QString &database)
{
    // Only the path changes: QUrl would rewrite "postgres@/db?host=/socket" into another shape.
    static const QRegularExpression parts(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://[^/?]*)(/[^?]*)?(\\?.*)?$"));
    const QRegularExpressionMatch match = parts.match(uri);
    if (!match.hasMatch())
        return {};
    QString query = match.captured(3);
    if (!query.isEmpty()) {
        QUrlQuery items(query.mid(1));
        if (items.hasQueryItem(QStringLiteral("dbname"))) {
            items.removeAllQueryItems(QStringLiteral("dbname"));
            items.addQueryItem(QStringLiteral("dbname"), database);
            query = QLatin1Char('?') + items.query(QUrl::FullyEncoded);
        }
    }
    return match.captured(1) + QLatin1Char('/') + database + query;
}

ScratchLibrary::ScratchLibrary(LibraryBackend backend)
    : m_backend(backend)
{
    if (backend == LibraryBackend::Sqlite) {
        m_folder.emplace();
        if (!m_folder->isValid())
            m_error = QStringLiteral("no temporary folder: %1").arg(m_folder->errorString());
        else
            m_location = m_folder->filePath(QStringLiteral("library.whyboard"));
        return;
    }
    const QString reason = postgresUnavailableReason();
    if (!reason.isEmpty()) {
        m_error = reason;
        return;
    }
    const auto server = serverLocation(&m_error);
    if (!server)
        return;
    static int counter = 0;
    const QString name = QStringLiteral("wb_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    // template0: nothing a test or an earlier run left in template1 can leak into a scratch library.
    m_error = withServerConnection(*server, [&](QSqlDatabase &database) {
        return execAll(database, {QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(name)});
    });
    if (!m_error.isEmpty())
        return;
    m_database = name;
    m_location = postgresUriWithDatabase(qEnvironmentVariable("WHYBOARD_TEST_PG_URI"), name);
}

ScratchLibrary::~ScratchLibrary()
{
    if (m_database.isEmpty())
        return;
    QString unused;
    const auto server = serverLocation(&unused);
    if (!server)
        return;
    // FORCE: a library the test did not close (or a killed child's) must not keep the database.
    const QString error = withServerConnection(*server, [&](QSqlDatabase &database) {
        return execAll(database, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database)});
    });
    if (!error.isEmpty())
        qWarning("scratch database %s was not dropped: %s", qPrintable(m_database), qPrintable(error));
}

QString executeSql(const LibraryLocation &location, const QStringList &statements)
{
    if (!location.isServer())
        return executeSql(location.filePath(), statements);
    return withServerConnection(location, [&](QSqlDatabase &database) { return execAll(database, statements); });
}

QVariant querySql(const LibraryLocation &location, const QString &statement)
{
    if (!location.isServer())
        return querySql(location.filePath(), statement);
    QVariant result;
    withServerConnection(location, [&](QSqlDatabase &database) {
        QSqlQuery query(database);
        if (query.exec(statement) && query.next())
            result = query.value(0);
        return QString();
    });
    return result;
}

} // namespace Whyboard::Test
