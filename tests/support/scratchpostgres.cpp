#include "scratchpostgres.h"

#include "storage/librarylocation.h"
#include "storage/libraryserveropening.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Whyboard::Test {

namespace {

QString serverUri()
{
    return qEnvironmentVariable("WHYBOARD_TEST_PG_URI");
}

// The server URI with another database: postgresql://user@host/<name>?query
QString withDatabase(const QString &uri, const QString &name)
{
    static const QRegularExpression path(QStringLiteral("^(postgres(?:ql)?://[^/?]*)(/[^?]*)?"));
    QString result = uri;
    const QRegularExpressionMatch match = path.match(uri);
    return match.hasMatch() ? result.replace(0, match.capturedLength(0), match.captured(1) + QLatin1Char('/') + name)
                            : QString();
}

// Runs one statement on `database` of the server, through a connection of its own.
bool runOn(const QString &uri, const QString &statement, QString *error, int *firstValue = nullptr)
{
    static std::atomic<int> connections{0};
    const QString name = QStringLiteral("scratch-postgres-%1").arg(++connections);
    bool ok = false;
    {
        const std::optional<LibraryLocation> where = LibraryLocation::parse(uri, error);
        QSqlError sqlError;
        if (where && LibraryServerOpening::connect(name, *where, false, &sqlError)) {
            QSqlQuery query(QSqlDatabase::database(name, false));
            ok = query.exec(statement);
            if (!ok)
                *error = query.lastError().text();
            else if (firstValue)
                *firstValue = query.next() ? query.value(0).toInt() : -1;
        } else if (where) {
            *error = sqlError.text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString ScratchPostgres::missingReason()
{
    if (!serverUri().isEmpty())
        return {};
    const QString skip = qEnvironmentVariable("WHYBOARD_TEST_PG_SKIP");
    return skip.isEmpty() ? QStringLiteral("WHYBOARD_TEST_PG_URI is not set (run eval \"$(bash packaging/test-postgres.sh)\")")
                          : skip;
}

ScratchPostgres::ScratchPostgres()
{
    static std::atomic<int> count{0};
    m_name = QStringLiteral("wb_scratch_%1_%2").arg(QCoreApplication::applicationPid()).arg(++count);
    if (serverUri().isEmpty()) {
        m_error = missingReason();
        return;
    }
    if (runOn(serverUri(), QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(m_name), &m_error))
        m_uri = withDatabase(serverUri(), m_name);
}

ScratchPostgres::~ScratchPostgres()
{
    QString error;
    if (!m_uri.isEmpty())
        runOn(serverUri(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &error);
}

int ScratchPostgres::tableCount() const
{
    QString error;
    int count = -1;
    if (m_uri.isEmpty()
        || !runOn(m_uri, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"),
                  &error, &count))
        return -1;
    return count;
}

} // namespace Whyboard::Test
