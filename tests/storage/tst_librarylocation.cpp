// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarylocation.h"

#include <QTest>

using namespace Whyboard;

// What a LIBRARY argument means: a file path stays a file path, a PostgreSQL URI is split the
// way libpq reads it, and anything else shaped like an address is refused in words that name
// it, never its password.
class TestLibraryLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filePathsStayFiles_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("relative") << "library.whyboard";
        QTest::newRow("relative folder") << "team/library.whyboard";
        QTest::newRow("absolute") << "/home/ana/Postmortems/library.whyboard";
        QTest::newRow("spaces") << "/home/ana/Team Postmortems/our library.whyboard";
        QTest::newRow("windows drive") << "C:/x";
        QTest::newRow("windows drive with two slashes") << "C://Users/ana/library.whyboard";
        QTest::newRow("windows backslashes") << "C:\\Users\\ana\\library.whyboard";
        QTest::newRow("colon later in the name") << "notes: postgresql.whyboard";
        QTest::newRow("address inside a path") << "./postgresql://host/db";
        QTest::newRow("word postgres without colon") << "postgresql.whyboard";
        QTest::newRow("unicode") << "/tmp/Überlast 2017.whyboard";
    }

    void filePathsStayFiles()
    {
        QFETCH(QString, argument);
        QString refusal;
        const std::optional<LibraryLocation> location = LibraryLocation::parse(argument, &refusal);
        QVERIFY2(location, qPrintable(refusal));
        QCOMPARE(location->kind(), LibraryLocation::Kind::File);
        QVERIFY(!location->isServer());
        QCOMPARE(location->filePath(), argument);
        QCOMPARE(location->displayName(), argument);
        QCOMPARE(location->toArgument(), argument);
    }

    void serverAddressesAreSplitAsLibpqDoes_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("displayName");

        QTest::newRow("host and database") << "postgresql://db.example.com/team" << "db.example.com" << -1 << ""
                                           << "" << "team" << QStringList() << "postgresql://db.example.com/team";
        QTest::newRow("tcp with port") << "postgresql://ana@db.example.com:5433/team" << "db.example.com" << 5433
                                       << "ana" << "" << "team" << QStringList()
                                       << "postgresql://ana@db.example.com:5433/team";
        QTest::newRow("socket folder in the query")
            << "postgresql://postgres@/db?host=/tmp/dir&port=5544" << "/tmp/dir" << 5544 << "postgres" << "" << "db"
            << QStringList() << "postgresql://postgres@/db?host=/tmp/dir&port=5544";
        QTest::newRow("socket folder encoded as the host")
            << "postgresql://%2Fvar%2Frun%2Fpostgresql/team" << "/var/run/postgresql" << -1 << "" << "" << "team"
            << QStringList() << "postgresql:///team?host=/var/run/postgresql";
        QTest::newRow("default socket") << "postgresql:///team" << "" << -1 << "" << "" << "team" << QStringList()
                                        << "postgresql:///team";
        QTest::newRow("ipv6 loopback") << "postgresql://[::1]/team" << "::1" << -1 << "" << "" << "team"
                                       << QStringList() << "postgresql://[::1]/team";
        QTest::newRow("ipv6 with port") << "postgresql://ana@[2001:db8::1234]:6543/team" << "2001:db8::1234" << 6543
                                        << "ana" << "" << "team" << QStringList()
                                        << "postgresql://ana@[2001:db8::1234]:6543/team";
        QTest::newRow("percent-encoded parts")
            << "postgresql://ana%40ops:p%40ss%3Aw%2Fd@db.example.com/post%20mortems" << "db.example.com" << -1
            << "ana@ops" << "p@ss:w/d" << "post mortems" << QStringList()
            << "postgresql://ana%40ops@db.example.com/post%20mortems";
        QTest::newRow("unicode database") << "postgresql://h/%C3%9Cberlast" << "h" << -1 << "" << "" << "Überlast"
                                          << QStringList() << "postgresql://h/%C3%9Cberlast";
        QTest::newRow("postgres alias") << "postgres://ana@h/team" << "h" << -1 << "ana" << "" << "team"
                                        << QStringList() << "postgresql://ana@h/team";
        QTest::newRow("scheme in capitals") << "PostgreSQL://ana@h/team" << "h" << -1 << "ana" << "" << "team"
                                            << QStringList() << "postgresql://ana@h/team";
        QTest::newRow("query overrides the parts before it")
            << "postgresql://ana:old@h1:1111/one?host=h2&port=2222&user=bo&dbname=two&password=new" << "h2" << 2222
            << "bo" << "new" << "two" << QStringList() << "postgresql://bo@h2:2222/two";
        QTest::newRow("dbname only in the query") << "postgresql://h?dbname=team" << "h" << -1 << "" << "" << "team"
                                                  << QStringList() << "postgresql://h/team";
        QTest::newRow("tls settings passed through")
            << "postgresql://h/team?sslmode=verify-full&sslrootcert=/etc/ssl/team%20ca.pem" << "h" << -1 << "" << ""
            << "team" << QStringList{"sslmode=verify-full", "sslrootcert=/etc/ssl/team ca.pem"}
            << "postgresql://h/team?sslmode=verify-full&sslrootcert=/etc/ssl/team%20ca.pem";
        QTest::newRow("jdbc ssl=true") << "postgresql://h/team?ssl=true" << "h" << -1 << "" << "" << "team"
                                       << QStringList{"sslmode=require"} << "postgresql://h/team?sslmode=require";
        QTest::newRow("options with an encoded equals sign")
            << "postgresql://h/team?options=-c%20search_path%3Dwhyboard&application_name=board" << "h" << -1 << ""
            << "" << "team" << QStringList{"options=-c search_path=whyboard", "application_name=board"}
            << "postgresql://h/team?options=-c%20search_path%3Dwhyboard&application_name=board";
        QTest::newRow("service without database") << "postgresql://?service=team" << "" << -1 << "" << "" << ""
                                                  << QStringList{"service=team"} << "postgresql:///?service=team";
        QTest::newRow("space before it") << "  postgresql://h/team" << "h" << -1 << "" << "" << "team" << QStringList()
                                         << "postgresql://h/team";
        QTest::newRow("empty password") << "postgresql://ana:@h/team" << "h" << -1 << "ana" << "" << "team"
                                        << QStringList() << "postgresql://ana@h/team";
    }

    void serverAddressesAreSplitAsLibpqDoes()
    {
        QFETCH(QString, argument);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, database);
        QFETCH(QStringList, options);
        QFETCH(QString, displayName);
        QString refusal;
        const std::optional<LibraryLocation> location = LibraryLocation::parse(argument, &refusal);
        QVERIFY2(location, qPrintable(refusal));
        QVERIFY(location->isServer());
        QCOMPARE(location->host(), host);
        QCOMPARE(location->port(), port);
        QCOMPARE(location->user(), user);
        QCOMPARE(location->password(), password);
        QCOMPARE(location->database(), database);
        QCOMPARE(location->connectOptions(), options);
        QCOMPARE(location->displayName(), displayName);

        // What settings keep opens the same place again, and what Library::open is given in
        // memory opens it with the password too.
        const std::optional<LibraryLocation> again = LibraryLocation::parse(location->displayName(), &refusal);
        QVERIFY2(again, qPrintable(refusal));
        QCOMPARE(again->host(), host);
        QCOMPARE(again->port(), port);
        QCOMPARE(again->user(), user);
        QCOMPARE(again->database(), database);
        QCOMPARE(again->connectOptions(), options);
        QCOMPARE(again->password(), QString());
        const std::optional<LibraryLocation> withPassword = LibraryLocation::parse(location->toArgument(), &refusal);
        QVERIFY2(withPassword, qPrintable(refusal));
        QCOMPARE(withPassword->password(), password);
        QCOMPARE(withPassword->displayName(), displayName);
    }

    void displayNameNeverHoldsThePassword_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("in the user part") << "postgresql://ana:s3cret-Pw@h/team";
        QTest::newRow("in the query") << "postgresql://ana@h/team?password=s3cret-Pw";
        QTest::newRow("encoded") << "postgresql://ana:s3cret%2DPw@h/team";
        QTest::newRow("socket") << "postgresql://ana:s3cret-Pw@/team?host=/tmp/x";
    }

    void displayNameNeverHoldsThePassword()
    {
        QFETCH(QString, argument);
        const std::optional<LibraryLocation> location = LibraryLocation::parse(argument);
        QVERIFY(location);
        QCOMPARE(location->password(), QStringLiteral("s3cret-Pw"));
        QVERIFY2(!location->displayName().contains(QLatin1String("s3cret")), qPrintable(location->displayName()));
        QVERIFY(!location->shortName().contains(QLatin1String("s3cret")));
        QVERIFY(!LibraryLocation::withoutPassword(argument).contains(QLatin1String("s3cret")));
        QVERIFY(location->toArgument().contains(QLatin1String("s3cret")));
        QString refusal;
        const QString refused = argument + QLatin1String(argument.contains(QLatin1Char('?')) ? "&bogus=1" : "?bogus=1");
        QVERIFY(!LibraryLocation::parse(refused, &refusal));
        QVERIFY2(!refusal.isEmpty() && !refusal.contains(QLatin1String("s3cret")), qPrintable(refusal));
    }

    void refusedShapesSayWhy_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("named"); // the refusal must name the argument like this
        QTest::addColumn<QString>("reason"); // and say this much of why
        QTest::newRow("sqlite scheme") << "sqlite://x" << "sqlite://x" << "PostgreSQL server";
        QTest::newRow("file uri") << "file:///tmp/x" << "file:///tmp/x" << "library file";
        QTest::newRow("http") << "http://x/y" << "http://x/y" << "looks like an address";
        QTest::newRow("http with password") << "http://u:pw@x/y" << "http://u:****@x/y" << "looks like an address";
        QTest::newRow("postgresql without slashes") << "postgresql:x" << "postgresql:x" << "postgresql://";
        QTest::newRow("postgres with one slash") << "postgres:/h/db" << "postgres:/h/db" << "postgresql://";
        QTest::newRow("no database") << "postgresql://host/" << "postgresql://host/" << "names no database";
        QTest::newRow("no path at all") << "postgresql://host" << "postgresql://host" << "names no database";
        QTest::newRow("unknown query key") << "postgresql://h/db?bogus=1" << "postgresql://h/db?bogus=1" << "“bogus”";
        QTest::newRow("mistyped sslmode key") << "postgresql://h/db?sslmod=require" << "postgresql://h/db" << "“sslmod”";
        QTest::newRow("bad sslmode") << "postgresql://h/db?sslmode=always" << "postgresql://h/db" << "verify-full";
        QTest::newRow("several hosts") << "postgresql://h1,h2/db" << "postgresql://h1,h2/db" << "several servers";
        QTest::newRow("several hosts with ports") << "postgresql://h1:5432,h2:5433/db" << "h1:5432,h2:5433"
                                                  << "several servers";
        QTest::newRow("several hosts in the query") << "postgresql:///db?host=h1,h2" << "host=h1,h2" << "several servers";
        QTest::newRow("port not a number") << "postgresql://h:abc/db" << "postgresql://h:abc/db" << "port number";
        QTest::newRow("port too big") << "postgresql://h:70000/db" << "70000" << "port number";
        QTest::newRow("empty port") << "postgresql://h:/db" << "postgresql://h:/db" << "port number";
        QTest::newRow("port in the query") << "postgresql://h/db?port=0" << "postgresql://h/db?port=0" << "port number";
        QTest::newRow("ipv6 without brackets") << "postgresql://::1/db" << "postgresql://::1/db" << "brackets";
        QTest::newRow("unclosed ipv6") << "postgresql://[::1/db" << "postgresql://[::1/db" << "brackets";
        QTest::newRow("broken escape") << "postgresql://h/db%zz" << "postgresql://h/db%zz" << "%-escape";
        QTest::newRow("nul escape") << "postgresql://h/db%00" << "postgresql://h/db%00" << "%-escape";
        QTest::newRow("query item without value") << "postgresql://h/db?sslmode" << "postgresql://h/db?sslmode"
                                                  << "key=value";
        QTest::newRow("fragment") << "postgresql://h/db#x" << "postgresql://h/db#x" << "postgresql://";
        QTest::newRow("semicolon in an option") << "postgresql://h/db?application_name=a;b" << "application_name"
                                                << "“;”";
        QTest::newRow("password of a refused address is hidden")
            << "postgresql://ana:pw@h/db?bogus=1" << "postgresql://ana:****@h/db?bogus=1" << "“bogus”";
    }

    void refusedShapesSayWhy()
    {
        QFETCH(QString, argument);
        QFETCH(QString, named);
        QFETCH(QString, reason);
        QString refusal;
        QVERIFY(!LibraryLocation::parse(argument, &refusal));
        QVERIFY2(refusal.contains(named), qPrintable(refusal));
        QVERIFY2(refusal.contains(reason), qPrintable(refusal));
    }

    void connectOptionsAreQuotedForTheDriver()
    {
        const std::optional<LibraryLocation> location = LibraryLocation::parse(
            QStringLiteral("postgresql://h/team?sslmode=verify-ca&sslrootcert=/home/ana/it%27s%20ca.pem&connect_timeout=5"));
        QVERIFY(location);
        QCOMPARE(location->connectOptionsString(),
                 QStringLiteral("sslmode='verify-ca';sslrootcert='/home/ana/it\\'s ca.pem';connect_timeout='5'"));
        QCOMPARE(location->connectOption(QStringLiteral("sslmode")), QStringLiteral("verify-ca"));
        QCOMPARE(location->connectOption(QStringLiteral("sslcert")), QString());
    }

    void shortNamesForTheWindowTitle_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("shortName");
        QTest::newRow("file") << "/home/ana/team.whyboard" << "team.whyboard";
        QTest::newRow("server") << "postgresql://ana:pw@db.example.com/team" << "team on db.example.com";
        QTest::newRow("server with port") << "postgresql://db.example.com:5433/team" << "team on db.example.com:5433";
        QTest::newRow("default port") << "postgresql://db.example.com:5432/team" << "team on db.example.com";
        QTest::newRow("ipv6") << "postgresql://[::1]:5433/team" << "team on [::1]:5433";
        QTest::newRow("local socket") << "postgresql:///team" << "team on this computer";
        QTest::newRow("socket folder and port") << "postgresql:///team?host=/tmp/pg&port=5544"
                                                << "team on this computer, port 5544";
    }

    void shortNamesForTheWindowTitle()
    {
        QFETCH(QString, argument);
        QFETCH(QString, shortName);
        const std::optional<LibraryLocation> location = LibraryLocation::parse(argument);
        QVERIFY(location);
        QCOMPARE(location->shortName(), shortName);
    }

    void aLocationBuiltFromItsPartsParsesBack()
    {
        const LibraryLocation built = LibraryLocation::server(QStringLiteral("/run/postgresql"), 5433, QStringLiteral("post mortems"),
                                                              QStringLiteral("ana@ops"),
                                                              {QStringLiteral("sslmode=disable")});
        QCOMPARE(built.displayName(),
                 QStringLiteral("postgresql://ana%40ops@/post%20mortems?host=/run/postgresql&port=5433&sslmode=disable"));
        const std::optional<LibraryLocation> parsed = LibraryLocation::parse(built.displayName());
        QVERIFY(parsed);
        QCOMPARE(parsed->user(), QStringLiteral("ana@ops"));
        QCOMPARE(parsed->database(), QStringLiteral("post mortems"));
        QCOMPARE(parsed->host(), QStringLiteral("/run/postgresql"));
        QCOMPARE(parsed->port(), 5433);

        LibraryLocation withPassword = built;
        withPassword.setPassword(QStringLiteral("a&b?c@d:e/f%g"));
        QVERIFY(!withPassword.displayName().contains(QLatin1String("a&b")));
        const std::optional<LibraryLocation> back = LibraryLocation::parse(withPassword.toArgument());
        QVERIFY(back);
        QCOMPARE(back->password(), QStringLiteral("a&b?c@d:e/f%g"));
        QCOMPARE(back->user(), QStringLiteral("ana@ops"));

        QCOMPARE(LibraryLocation::ofLibraryPath(built.displayName()).database(), QStringLiteral("post mortems"));
        QVERIFY(!LibraryLocation::ofLibraryPath(QStringLiteral("/tmp/x.whyboard")).isServer());
    }
};

QTEST_GUILESS_MAIN(TestLibraryLocation)
#include "tst_librarylocation.moc"
