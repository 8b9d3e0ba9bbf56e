#include "storage/librarylocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Whyboard {

namespace {

// The libpq keywords a URI's query may carry through to the connection. Others are refused
// with their name, so a mistyped "sslmod" is never silently ignored.
const char *const passedThrough[] = {
    "sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "sslpassword", "sslcompression",
    "connect_timeout", "application_name", "options", "service", "passfile", "target_session_attrs",
    "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
    "gssencmode", "krbsrvname", "requirepeer", "channel_binding",
};

} // namespace

LibraryLocation LibraryLocation::file(const QString &path)
{
    LibraryLocation location;
    location.m_filePath = path;
    return location;
}

std::optional<LibraryLocation> LibraryLocation::parse(const QString &argument, QString *refusal)
{
    auto refuse = [&](const QString &reason) -> std::optional<LibraryLocation> {
        if (refusal)
            *refusal = reason;
        return std::nullopt;
    };
    static const QRegularExpression addressShape(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    static const QRegularExpression postgresScheme(QStringLiteral("^postgres(ql)?:"),
                                                   QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch shape = addressShape.match(argument);
    if (!shape.hasMatch() && !postgresScheme.match(argument).hasMatch())
        return file(argument);
    const QString scheme = shape.hasMatch() ? shape.captured(1).toLower() : QStringLiteral("postgresql");
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return refuse(tr("“%1” looks like an address, but Whyboard opens only a library file or a PostgreSQL "
                         "server (postgresql://host/database).")
                          .arg(argument));
    const QUrl url(argument, QUrl::StrictMode);
    if (!shape.hasMatch() || !url.isValid())
        return refuse(tr("“%1” is not a PostgreSQL address Whyboard can read: write it as "
                         "postgresql://user@host:port/database.")
                          .arg(argument));
    LibraryLocation location;
    location.m_kind = Kind::Postgres;
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(-1);
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_password = url.password(QUrl::FullyDecoded);
    location.m_database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            location.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            location.m_port = value.toInt(&ok);
            if (!ok || location.m_port <= 0 || location.m_port > 65535)
                return refuse(tr("“%1” is not a port number.").arg(value));
        } else if (key == QLatin1String("user")) {
            location.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            location.m_database = value;
        } else if (key == QLatin1String("password")) {
            location.m_password = value;
        } else if (std::find(std::begin(passedThrough), std::end(passedThrough), key.toLatin1()) != std::end(passedThrough)) {
            location.m_connectOptions << key + QLatin1Char('=') + value;
        } else {
            return refuse(tr("“%1” in the address is not a PostgreSQL connection setting Whyboard passes on.").arg(key));
        }
    }
    if (location.m_host.contains(QLatin1Char(',')))
        return refuse(tr("Whyboard connects to one server; the address names several (%1).").arg(location.m_host));
    if (location.m_database.isEmpty())
        return refuse(tr("“%1” names no database: add it after the server, as in postgresql://host/whyboard.")
                          .arg(argument));
    return location;
}

QString LibraryLocation::displayName() const
{
    if (m_kind == Kind::File)
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!socket)
        url.setHost(m_host.isEmpty() ? QString() : m_host);
    url.setPort(socket ? -1 : m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port > 0)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    }
    for (const QString &option : m_connectOptions) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        query.addQueryItem(option.left(equals), option.mid(equals + 1));
    }
    url.setQuery(query);
    return url.toString();
}

} // namespace Whyboard
