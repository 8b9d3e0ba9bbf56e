// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Whyboard {

// Where a library lives: a file (SQLite), or a database on a PostgreSQL server named by a
// libpq URI (postgresql://[user[:password]@]host[:port]/dbname[?key=value&…]).
//
// The one place that decides what a LIBRARY argument means. An argument shaped like an
// address (scheme://…) that is not a PostgreSQL URI is refused rather than taken as a file
// name, so that "sqlite://x" never becomes a folder "sqlite:" in the current directory.
//
// The URI follows libpq's rules: postgres:// is the same scheme, every part may be
// %-encoded, the query's host, port, user, dbname and password override the parts before
// it (so ?host=/run/postgresql names a socket folder), [::1] is an IPv6 address, and a
// query key libpq would not know is refused with its name.
class LibraryLocation
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::LibraryLocation)

public:
    enum class Kind { File, Postgres };

    // std::nullopt with *refusal set (in words for the user, naming the argument without its
    // password) when the argument looks like an address Whyboard does not open, or is a
    // PostgreSQL URI it cannot use.
    static std::optional<LibraryLocation> parse(const QString &argument, QString *refusal = nullptr);
    static LibraryLocation file(const QString &path);
    // A server location from its parts (the connection dialog); connectOptions as in
    // connectOptions(). Nothing is checked: parse(toArgument()) does that.
    static LibraryLocation server(const QString &host, int port, const QString &database, const QString &user,
                                  const QStringList &connectOptions = {});
    // The location of an open library from Library::path() (a file path, or displayName()).
    static LibraryLocation ofLibraryPath(const QString &libraryPath);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Postgres; }

    // File: the path as given.
    QString filePath() const { return m_filePath; }

    // Postgres: the parts QPSQL takes. An empty host means libpq's default (the local socket),
    // a host starting with "/" a socket folder; port -1 its default; an empty user the login name.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    // In memory only: from the URI or the password prompt, never written anywhere.
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    // libpq connection keywords from the URI's query ("sslmode=verify-full", "sslrootcert=…"),
    // values decoded, in the URI's order.
    QStringList connectOptions() const { return m_connectOptions; }
    // The same for QSqlDatabase::setConnectOptions: "key='value';…", quoted as libpq's
    // conninfo wants it (QPSQL turns each ";" into a space and appends the rest as it is).
    QString connectOptionsString() const;
    // The value of one connect option ("sslmode"), empty when the URI does not give it.
    QString connectOption(const QString &key) const;

    // What the user sees and what settings keep: the file path, or the URI without a password.
    QString displayName() const;
    // What Library::open takes to open this location again: displayName() with the password
    // (%-encoded) when there is one. Kept in memory only, never shown or stored.
    QString toArgument() const;
    // What a team calls the library: the file's name, or the database's (the service's when
    // the address names only a service).
    QString name() const;
    // A few words for a window title: the file's name, or "team on db.example.com".
    QString shortName() const;
    // Where the server is, for people: "db.example.com:5433", or "this computer" for the local socket.
    QString serverName() const;

    // The argument with the password of a URI-shaped one replaced by "****", for messages.
    static QString withoutPassword(const QString &argument);

private:
    QString uri(bool withPassword) const;

    Kind m_kind = Kind::File;
    QString m_filePath;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_database;
    QString m_password;
    QStringList m_connectOptions;
};

} // namespace Whyboard
