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
class LibraryLocation
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::LibraryLocation)

public:
    enum class Kind { File, Postgres };

    // std::nullopt with *refusal set (in words for the user) when the argument looks like an
    // address Whyboard does not open, or is a PostgreSQL URI it cannot use.
    static std::optional<LibraryLocation> parse(const QString &argument, QString *refusal = nullptr);
    static LibraryLocation file(const QString &path);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Postgres; }

    // File: the path as given.
    QString filePath() const { return m_filePath; }

    // Postgres: the parts QPSQL takes. An empty host means libpq's default (the local socket);
    // port -1 its default; an empty user the login name.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    // In memory only: from the URI or the password prompt, never written anywhere.
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    // libpq connection keywords from the URI's query ("sslmode=verify-full", "sslrootcert=…").
    QStringList connectOptions() const { return m_connectOptions; }

    // What the user sees and what settings keep: the file path, or the URI without a password.
    QString displayName() const;

private:
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
