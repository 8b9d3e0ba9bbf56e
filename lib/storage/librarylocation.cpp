// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarylocation.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Whyboard {

namespace {

// The libpq keywords a URI's query may carry through to the connection. Others are refused
// with their name, so a mistyped "sslmod" is never silently ignored.
const char *const passedThrough[] = {
    "sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "sslcrldir", "sslpassword", "sslcompression", "sslsni",
    "ssl_min_protocol_version", "ssl_max_protocol_version", "connect_timeout", "application_name", "options",
    "service", "passfile", "target_session_attrs", "hostaddr", "keepalives", "keepalives_idle",
    "keepalives_interval", "keepalives_count", "tcp_user_timeout", "gssencmode", "krbsrvname", "requirepeer",
    "channel_binding",
};

const char *const sslModes[] = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

bool isPassedThrough(const QString &key)
{
    return std::any_of(std::begin(passedThrough), std::end(passedThrough),
                       [&](const char *known) { return key == QLatin1String(known); });
}

// libpq's %-decoding: every part of the URI may be encoded; a broken escape or %00 is an error.
std::optional<QString> decoded(const QString &part)
{
    static const QRegularExpression brokenEscape(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (brokenEscape.match(part).hasMatch() || part.contains(QLatin1String("%00")))
        return std::nullopt;
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part.toUtf8()));
}

QString encoded(const QString &part, const char *keptAsIs)
{
    return QString::fromLatin1(part.toUtf8().toPercentEncoding(QByteArray(keptAsIs)));
}

// The "scheme://" start of an address. One letter is a Windows drive ("C://x"), not a scheme.
const QRegularExpression &addressShape()
{
    static const QRegularExpression shape(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+)://"));
    return shape;
}

} // namespace

LibraryLocation LibraryLocation::file(const QString &path)
{
    LibraryLocation location;
    location.m_filePath = path;
    return location;
}

LibraryLocation LibraryLocation::server(const QString &host, int port, const QString &database, const QString &user,
                                        const QStringList &connectOptions)
{
    LibraryLocation location;
    location.m_kind = Kind::Postgres;
    location.m_host = host;
    location.m_port = port;
    location.m_database = database;
    location.m_user = user;
    location.m_connectOptions = connectOptions;
    return location;
}

LibraryLocation LibraryLocation::ofLibraryPath(const QString &libraryPath)
{
    return parse(libraryPath).value_or(file(libraryPath));
}

std::optional<LibraryLocation> LibraryLocation::parse(const QString &argument, QString *refusal)
{
    // A pasted address with a space before it is still an address, never a file " postgresql:".
    const QString text = argument.trimmed();
    const QString shown = withoutPassword(text);
    auto refuse = [&](const QString &reason) -> std::optional<LibraryLocation> {
        if (refusal)
            *refusal = reason;
        return std::nullopt;
    };
    static const QRegularExpression postgresScheme(QStringLiteral("^postgres(ql)?:"),
                                                   QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch shape = addressShape().match(text);
    if (!shape.hasMatch() && !postgresScheme.match(text).hasMatch())
        return file(argument);
    const QString scheme = shape.captured(1).toLower();
    if (shape.hasMatch() && scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return refuse(tr("“%1” looks like an address, but Whyboard opens only a library file or a PostgreSQL "
                         "server (postgresql://host/database).")
                          .arg(shown));
    if (!shape.hasMatch() || text.contains(QLatin1Char('#')))
        return refuse(tr("“%1” is not a PostgreSQL address Whyboard can read: write it as "
                         "postgresql://user@host:port/database.")
                          .arg(shown));
    const auto brokenEscape = [&](const QString &part) {
        return refuse(tr("“%1” has a broken %-escape in “%2”: write a character the address needs literally as "
                         "%XX (for example %40 for @).")
                          .arg(shown, part));
    };
    const auto badPort = [&](const QString &port) {
        return refuse(tr("“%1”: “%2” is not a port number (1 to 65535).").arg(shown, port));
    };
    const auto portNumber = [](const QString &port) {
        bool ok = false;
        const int number = port.toInt(&ok);
        return ok && number > 0 && number <= 65535 && !port.startsWith(QLatin1Char('+')) ? number : -1;
    };

    LibraryLocation location;
    location.m_kind = Kind::Postgres;
    QString rest = text.mid(shape.capturedLength());
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString authority = rest.left(slash);
    const QString path = slash >= 0 ? rest.mid(slash + 1) : QString();
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        const std::optional<QString> user = decoded(userInfo.left(colon));
        const std::optional<QString> password = decoded(colon >= 0 ? userInfo.mid(colon + 1) : QString());
        if (!user)
            return brokenEscape(userInfo.left(colon));
        if (!password)
            return brokenEscape(QStringLiteral("****"));
        location.m_user = *user;
        location.m_password = *password;
    }
    if (authority.contains(QLatin1Char(',')))
        return refuse(tr("“%1” names several servers; Whyboard connects to one.").arg(shown));
    QString hostText = authority;
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        const QString after = close >= 0 ? authority.mid(close + 1) : QString();
        if (close < 0 || (!after.isEmpty() && !after.startsWith(QLatin1Char(':'))))
            return refuse(tr("“%1”: an IPv6 address goes in brackets, as in postgresql://[::1]:5432/database.").arg(shown));
        hostText = authority.mid(1, close - 1);
        portText = after.mid(1);
        if (after == QLatin1String(":"))
            return badPort(QString());
    } else if (const qsizetype colon = authority.indexOf(QLatin1Char(':')); colon >= 0) {
        if (authority.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return refuse(tr("“%1”: an IPv6 address goes in brackets, as in postgresql://[::1]:5432/database.").arg(shown));
        hostText = authority.left(colon);
        portText = authority.mid(colon + 1);
        if (portText.isEmpty())
            return badPort(portText);
    }
    const std::optional<QString> host = decoded(hostText);
    if (!host)
        return brokenEscape(hostText);
    location.m_host = *host;
    if (!portText.isEmpty() && (location.m_port = portNumber(portText)) < 0)
        return badPort(portText);
    const std::optional<QString> database = decoded(path);
    if (!database)
        return brokenEscape(path);
    location.m_database = *database;

    for (const QString &item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals < 0 || item.indexOf(QLatin1Char('='), equals + 1) >= 0)
            return refuse(tr("“%1”: “%2” in the address is not a setting written as key=value.").arg(shown, item));
        const std::optional<QString> key = decoded(item.left(equals));
        const std::optional<QString> value = decoded(item.mid(equals + 1));
        if (!key || !value)
            return brokenEscape(item.startsWith(QLatin1String("password=")) ? QStringLiteral("password=****") : item);
        if (*key == QLatin1String("host")) {
            location.m_host = *value;
        } else if (*key == QLatin1String("port")) {
            if ((location.m_port = portNumber(*value)) < 0)
                return badPort(*value);
        } else if (*key == QLatin1String("user")) {
            location.m_user = *value;
        } else if (*key == QLatin1String("dbname")) {
            location.m_database = *value;
        } else if (*key == QLatin1String("password")) {
            location.m_password = *value;
        } else if (*key == QLatin1String("ssl") && *value == QLatin1String("true")) {
            location.m_connectOptions << QStringLiteral("sslmode=require"); // libpq's JDBC spelling
        } else if (isPassedThrough(*key)) {
            if (value->contains(QLatin1Char(';')))
                return refuse(tr("“%1”: the value of %2 may not hold a “;”.").arg(shown, *key));
            location.m_connectOptions << QString(*key + QLatin1Char('=') + *value);
        } else {
            return refuse(tr("“%1”: “%2” is not a PostgreSQL connection setting Whyboard passes on.").arg(shown, *key));
        }
    }
    const QString sslMode = location.connectOption(QStringLiteral("sslmode"));
    if (!sslMode.isEmpty()
        && std::none_of(std::begin(sslModes), std::end(sslModes), [&](const char *mode) { return sslMode == QLatin1String(mode); }))
        return refuse(tr("“%1”: sslmode is one of disable, allow, prefer, require, verify-ca or verify-full, not “%2”.")
                          .arg(shown, sslMode));
    if (location.m_host.contains(QLatin1Char(',')))
        return refuse(tr("“%1” names several servers; Whyboard connects to one.").arg(shown));
    // A service file may name the database; otherwise a library needs one named in the address.
    if (location.m_database.isEmpty() && location.connectOption(QStringLiteral("service")).isEmpty())
        return refuse(tr("“%1” names no database: add it after the server, as in postgresql://host/whyboard.")
                          .arg(shown));
    return location;
}

QString LibraryLocation::connectOption(const QString &key) const
{
    QString value;
    const QString prefix = key + QLatin1Char('=');
    for (const QString &option : m_connectOptions) {
        if (option.startsWith(prefix))
            value = option.mid(prefix.size()); // the last one counts, as in libpq
    }
    return value;
}

QString LibraryLocation::connectOptionsString() const
{
    QStringList quoted;
    for (const QString &option : m_connectOptions) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        QString value = option.mid(equals + 1);
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('\''), QLatin1String("\\'"));
        quoted << QString(option.left(equals) + QLatin1String("='") + value + QLatin1Char('\''));
    }
    return quoted.join(QLatin1Char(';'));
}

QString LibraryLocation::uri(bool withPassword) const
{
    // Encoded only where the URI needs it, so that a socket folder stays readable: ?host=/run/postgresql.
    const char *const inQuery = "/:@!$'()*,;";
    const char *const inUser = "!$'()*,;";
    QString uri = QStringLiteral("postgresql://");
    const bool hasPassword = withPassword && !m_password.isEmpty();
    if (!m_user.isEmpty() || hasPassword) {
        uri += encoded(m_user, inUser);
        if (hasPassword)
            uri += QLatin1Char(':') + encoded(m_password, inUser);
        uri += QLatin1Char('@');
    }
    const bool inAuthority = !m_host.isEmpty() && !m_host.startsWith(QLatin1Char('/'));
    if (inAuthority) {
        uri += m_host.contains(QLatin1Char(':')) ? QString(QLatin1Char('[') + m_host + QLatin1Char(']'))
                                                 : encoded(m_host, inUser);
        if (m_port > 0)
            uri += QLatin1Char(':') + QString::number(m_port);
    }
    uri += QLatin1Char('/') + encoded(m_database, ":@!$'()*,;");
    QStringList query;
    if (!inAuthority && !m_host.isEmpty())
        query << QString(QLatin1String("host=") + encoded(m_host, inQuery));
    if (!inAuthority && m_port > 0)
        query << QString(QLatin1String("port=") + QString::number(m_port));
    for (const QString &option : m_connectOptions) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        query << QString(option.left(equals) + QLatin1Char('=') + encoded(option.mid(equals + 1), inQuery));
    }
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

QString LibraryLocation::displayName() const
{
    return m_kind == Kind::File ? m_filePath : uri(false);
}

QString LibraryLocation::toArgument() const
{
    return m_kind == Kind::File ? m_filePath : uri(true);
}

QString LibraryLocation::serverName() const
{
    if (m_kind == Kind::File)
        return {};
    if (m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')))
        return m_port > 0 && m_port != 5432 ? tr("this computer, port %1").arg(m_port) : tr("this computer");
    const QString host = m_host.contains(QLatin1Char(':')) ? QString(QLatin1Char('[') + m_host + QLatin1Char(']')) : m_host;
    return m_port > 0 && m_port != 5432 ? QString(host + QLatin1Char(':') + QString::number(m_port)) : host;
}

QString LibraryLocation::name() const
{
    if (m_kind == Kind::File)
        return QFileInfo(m_filePath).fileName();
    return m_database.isEmpty() ? connectOption(QStringLiteral("service")) : m_database;
}

QString LibraryLocation::shortName() const
{
    if (m_kind == Kind::File)
        return name();
    //: A library on a PostgreSQL server in the window title: "team on db.example.com".
    return tr("%1 on %2").arg(name(), serverName());
}

QString LibraryLocation::withoutPassword(const QString &argument)
{
    const QRegularExpressionMatch shape = addressShape().match(argument.trimmed());
    if (!shape.hasMatch())
        return argument;
    QString text = argument.trimmed();
    const qsizetype start = shape.capturedLength();
    qsizetype end = text.indexOf(QRegularExpression(QStringLiteral("[/?#]")), start);
    if (end < 0)
        end = text.size();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), end - 1);
    const qsizetype colon = at >= start ? text.indexOf(QLatin1Char(':'), start) : -1;
    if (colon >= 0 && colon < at)
        text.replace(colon + 1, at - colon - 1, QStringLiteral("****"));
    static const QRegularExpression passwordItem(QStringLiteral("([?&]password=)[^&#]*"));
    text.replace(passwordItem, QStringLiteral("\\1****"));
    return text;
}

} // namespace Whyboard
