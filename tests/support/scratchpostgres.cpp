#include "scratchpostgres.h"

#include "storage/librarylocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Whyboard::Test {

ScratchPostgres::ScratchPostgres(const QString &serverUri)
{
    static int count = 0;
    ++count;
    m_name = QStringLiteral("wb_scratch_%1_%2").arg(QCoreApplication::applicationPid()).arg(count);
    m_connection = QStringLiteral("scratch-maintenance-%1").arg(count);
    const std::optional<LibraryLocation> where = LibraryLocation::parse(serverUri, &m_error);
    if (!where || !where->isServer()) {
        m_error = missingServer().isEmpty() ? m_error : missingServer();
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(where->host());
    if (where->port() > 0)
        db.setPort(where->port());
    db.setUserName(where->user());
    db.setPassword(where->password());
    db.setDatabaseName(where->database());
    QSqlQuery create(db);
    if (!db.open() || !create.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(m_name))) {
        m_error = db.isOpen() ? create.lastError().text() : db.lastError().text();
        return;
    }
    // The same address with this database's name.
    const qsizetype slash = serverUri.indexOf(QLatin1Char('/'), serverUri.indexOf(QLatin1String("://")) + 3);
    const qsizetype query = serverUri.indexOf(QLatin1Char('?'), slash);
    m_uri = serverUri.left(slash + 1) + m_name + (query < 0 ? QString() : serverUri.mid(query));
}

ScratchPostgres::~ScratchPostgres()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!m_uri.isEmpty())
            QSqlQuery(db).exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name));
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString ScratchPostgres::missingServer()
{
    if (!qEnvironmentVariableIsEmpty("WHYBOARD_TEST_PG_URI"))
        return {};
    return QStringLiteral("WHYBOARD_TEST_PG_URI is not set: start a server with "
                          "`eval \"$(bash packaging/test-postgres.sh)\"`");
}

} // namespace Whyboard::Test
