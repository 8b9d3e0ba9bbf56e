// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarylocation.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <optional>

// The tests' PostgreSQL server: packaging/test.sh starts one with packaging/test-postgres.sh and
// exports WHYBOARD_TEST_PG_URI (and WHYBOARD_TEST_PG_REQUIRED=1); by hand:
//     eval "$(bash packaging/test-postgres.sh)"
// Without a server the PostgreSQL rows are skipped with the reason printed, never passed silently.
//
// One test body for both backends:
//     void tst_x::keepsCards_data() { Test::addBackendRows(); }
//     void tst_x::keepsCards()
//     {
//         WHYBOARD_REQUIRE_BACKEND();   // the postgres row: skipped (or failed in CI) without a server
//         Test::ScratchLibrary scratch(Test::backend());
//         auto library = Library::open(scratch.location(), Library::CreateIfMissing);
//         ...
//     }
// A test needing the server in every row calls WHYBOARD_REQUIRE_POSTGRES() instead.
// tests/CMakeLists.txt labels a test that uses either macro "postgres" (ctest -L postgres), and ctest
// lists it as skipped when a row was skipped and none failed.

namespace Whyboard::Test {

enum class LibraryBackend { Sqlite, Postgres };

// Empty when WHYBOARD_TEST_PG_URI is set and a connection to it works; otherwise why not:
// WHYBOARD_TEST_PG_SKIP's text, the missing variable, or the connection's error.
// Checked once per process.
QString postgresUnavailableReason();

// WHYBOARD_TEST_PG_REQUIRED=1: a missing server is a failure, not a skip.
bool postgresRequired();

// For a _data() function: the column "backend" and the rows "sqlite" and "postgres".
void addBackendRows();
// The current row's backend (inside a test function fed by addBackendRows()).
LibraryBackend backend();
QString backendName(LibraryBackend backend);

// A library location nobody has used yet, removed again by the destructor.
// SQLite: a file path in a temporary folder, not created yet (Library::open(CreateIfMissing) makes it).
// PostgreSQL: the URI of a new empty database (CREATE DATABASE wb_<pid>_<n> TEMPLATE template0) on the
// server of WHYBOARD_TEST_PG_URI, with that URI's user, host and options; dropped WITH (FORCE), so
// connections still open to it do not keep it. Call WHYBOARD_REQUIRE_POSTGRES() first: without a
// server, isValid() is false and error() says why.
class ScratchLibrary
{
public:
    explicit ScratchLibrary(LibraryBackend backend);
    ~ScratchLibrary();
    ScratchLibrary(const ScratchLibrary &) = delete;
    ScratchLibrary &operator=(const ScratchLibrary &) = delete;

    LibraryBackend backend() const { return m_backend; }
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // What Library::open takes: the file path or the postgresql:// URI.
    QString location() const { return m_location; }
    // PostgreSQL: the database's name; SQLite: empty.
    QString databaseName() const { return m_database; }

private:
    LibraryBackend m_backend;
    std::optional<QTemporaryDir> m_folder;
    QString m_location;
    QString m_database;
    QString m_error;
};

// A server URI's database replaced (the host/port query form kept as given).
QString postgresUriWithDatabase(const QString &uri, const QString &database);

// Runs statements on a library (a file, or a database named by a postgresql:// URI) through a
// connection of its own, outside any Library: for tampering. An empty string or the error.
// (The QString overloads in storagetesthelpers.h accept a URI too.)
QString executeSql(const LibraryLocation &location, const QStringList &statements);
// The first column of the first row; invalid on error.
QVariant querySql(const LibraryLocation &location, const QString &statement);

} // namespace Whyboard::Test

Q_DECLARE_METATYPE(Whyboard::Test::LibraryBackend)

// Inside a test function: without a usable server, QSKIP with the reason (QFAIL when
// WHYBOARD_TEST_PG_REQUIRED=1, as in CI, where a server that should run and does not is a failure).
#define WHYBOARD_REQUIRE_POSTGRES()                                                                   \
    do {                                                                                             \
        const QString whyboardPgReason = ::Whyboard::Test::postgresUnavailableReason();              \
        if (!whyboardPgReason.isEmpty()) {                                                           \
            if (::Whyboard::Test::postgresRequired())                                                \
                QFAIL(qPrintable(QStringLiteral("PostgreSQL is required here (WHYBOARD_TEST_PG_REQUIRED=1) " \
                                                "and not available: %1").arg(whyboardPgReason)));    \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL tests are skipped: %1").arg(whyboardPgReason))); \
        }                                                                                            \
    } while (false)

// WHYBOARD_REQUIRE_POSTGRES() when the current row (from addBackendRows()) is the postgres one.
#define WHYBOARD_REQUIRE_BACKEND()                                                                    \
    do {                                                                                             \
        if (::Whyboard::Test::backend() == ::Whyboard::Test::LibraryBackend::Postgres)               \
            WHYBOARD_REQUIRE_POSTGRES();                                                             \
    } while (false)
