// SPDX-License-Identifier: GPL-3.0-or-later
// The tests' PostgreSQL plumbing: every storage test with a postgres row stands on it. A scratch
// library is a new, empty, private database (or an unused file path) and leaves nothing behind.
#include "postgrestesthelpers.h"
#include "storagetesthelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Whyboard;

namespace {

// How many databases of that name the server has, asked through the URI the tests were given.
qlonglong databasesNamed(const QString &name)
{
    return Test::querySql(qEnvironmentVariable("WHYBOARD_TEST_PG_URI"),
                          QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name))
        .toLongLong();
}

} // namespace

class tst_PostgresServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aScratchLibraryIsNewAndUnused_data() { Test::addBackendRows(); }
    void aScratchLibraryIsNewAndUnused()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        if (Test::backend() == Test::LibraryBackend::Sqlite) {
            const QFileInfo file(scratch.location());
            QVERIFY(file.isAbsolute());
            QVERIFY(!file.exists());
            QVERIFY(file.dir().exists());
            QVERIFY(file.absolutePath().startsWith(QDir::tempPath()));
            QVERIFY(Test::folderEntries(file.absolutePath()).isEmpty());
            return;
        }
        // A plain QPSQL connection built from the location's URI opens it.
        const auto location = LibraryLocation::parse(scratch.location());
        QVERIFY(location && location->isServer());
        QCOMPARE(location->database(), scratch.databaseName());
        QVERIFY(scratch.databaseName().startsWith(QStringLiteral("wb_")));
        const auto given = LibraryLocation::parse(qEnvironmentVariable("WHYBOARD_TEST_PG_URI"));
        QCOMPARE(location->host(), given->host());
        QCOMPARE(location->port(), given->port());
        QCOMPARE(location->user(), given->user());
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("plain"));
            database.setHostName(location->host());
            database.setPort(location->port());
            database.setUserName(location->user());
            database.setDatabaseName(location->database());
            QVERIFY2(database.open(), qPrintable(database.lastError().text()));
            QSqlQuery query(database);
            QVERIFY2(query.exec(QStringLiteral("SELECT 1")) && query.next(), qPrintable(query.lastError().text()));
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(query.exec(QStringLiteral("SELECT current_database()")) && query.next());
            QCOMPARE(query.value(0).toString(), scratch.databaseName());
            // Empty: no table, view or sequence outside the system schemas.
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                              "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
                                              "AND n.nspname NOT LIKE 'pg_toast%'"))
                    && query.next());
            QCOMPARE(query.value(0).toLongLong(), 0);
            database.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    }

    void tamperingReachesTheLibraryBehindItsBack_data() { Test::addBackendRows(); }
    void tamperingReachesTheLibraryBehindItsBack()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        QCOMPARE(Test::executeSql(scratch.location(),
                                  {QStringLiteral("CREATE TABLE marks (name TEXT)"),
                                   QStringLiteral("INSERT INTO marks VALUES ('tampered')")}),
                 QString());
        QCOMPARE(Test::querySql(scratch.location(), QStringLiteral("SELECT name FROM marks")).toString(),
                 QStringLiteral("tampered"));
        const auto location = LibraryLocation::parse(scratch.location());
        QVERIFY(location);
        QCOMPARE(Test::querySql(*location, QStringLiteral("SELECT count(*) FROM marks")).toLongLong(), 1);
        QVERIFY(!Test::executeSql(scratch.location(), {QStringLiteral("SELECT * FROM no_such_table")}).isEmpty());
    }

    void twoScratchLibrariesAreDifferentDatabases()
    {
        WHYBOARD_REQUIRE_POSTGRES();
        Test::ScratchLibrary first(Test::LibraryBackend::Postgres);
        Test::ScratchLibrary second(Test::LibraryBackend::Postgres);
        QVERIFY2(first.isValid() && second.isValid(), qPrintable(first.error() + second.error()));
        QVERIFY(first.databaseName() != second.databaseName());
        QVERIFY(first.location() != second.location());
        QCOMPARE(Test::executeSql(first.location(), {QStringLiteral("CREATE TABLE only_in_first (x INTEGER)")}),
                 QString());
        QCOMPARE(Test::querySql(second.location(),
                                QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_first'"))
                     .toLongLong(),
                 0);
    }

    void theDatabaseIsGoneAfterwardsEvenWithAConnectionOpen()
    {
        WHYBOARD_REQUIRE_POSTGRES();
        QString name;
        {
            Test::ScratchLibrary scratch(Test::LibraryBackend::Postgres);
            QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
            name = scratch.databaseName();
            QCOMPARE(databasesNamed(name), 1);
            // A library a test forgot to close, or a killed child's, must not keep the database.
            const auto location = LibraryLocation::parse(scratch.location());
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("left-open"));
            database.setHostName(location->host());
            database.setPort(location->port());
            database.setUserName(location->user());
            database.setDatabaseName(location->database());
            QVERIFY(database.open());
        }
        QCOMPARE(databasesNamed(name), 0);
        QSqlDatabase::removeDatabase(QStringLiteral("left-open"));
    }

    void aSqliteScratchFolderIsRemoved()
    {
        QString folder;
        {
            Test::ScratchLibrary scratch(Test::LibraryBackend::Sqlite);
            QVERIFY(scratch.isValid());
            folder = QFileInfo(scratch.location()).absolutePath();
            QCOMPARE(Test::executeSql(scratch.location(), {QStringLiteral("CREATE TABLE t (x)")}), QString());
            QVERIFY(QFileInfo::exists(scratch.location()));
        }
        QVERIFY(!QFileInfo::exists(folder));
    }
};

QTEST_GUILESS_MAIN(tst_PostgresServer)
#include "tst_postgresserver.moc"
