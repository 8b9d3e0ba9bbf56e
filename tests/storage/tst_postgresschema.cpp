// SPDX-License-Identifier: GPL-3.0-or-later
// A library on a PostgreSQL server: what a database must hold to be opened, and what is refused.
// An empty database becomes a library; another program's database, one of a newer Whyboard
// (for writing), one with code in it, a damaged one and a reader's writable open are refused
// and left exactly as they were; two clients creating the library at once make it once.
#include "postgrestesthelpers.h"
#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "storage/library.h"
#include "storage/libraryschema.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace Whyboard;

Q_DECLARE_METATYPE(Whyboard::Library::OpenMode)
Q_DECLARE_METATYPE(Whyboard::LibraryOpenError)

namespace {

// A child process's body (see main): waits for a line on stdin, then opens the library at
// this address for writing, creating it if needed, stores one session and prints its id.
const char childUriVariable[] = "WHYBOARD_TEST_CREATE_LIBRARY_AT";

const QList<Library::OpenMode> everyMode{Library::OpenMode::OpenExisting, Library::OpenMode::CreateIfMissing,
                                         Library::OpenMode::ReadOnly};

// Everything in the database's schema as text: table names, their columns and every row of
// the tables a write could touch. Equal before and after = nothing changed.
QString dump(const QString &uri)
{
    return Test::querySql(uri, QStringLiteral(
        "SELECT concat_ws('|',"
        " (SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY table_name, ordinal_position)"
        "   FROM information_schema.columns WHERE table_schema = current_schema()),"
        " (SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables"
        "   WHERE table_schema = current_schema()),"
        " (SELECT string_agg(r::text, ',' ORDER BY r::text) FROM (SELECT * FROM sessions) AS r),"
        " (SELECT string_agg(r::text, ',' ORDER BY r::text) FROM (SELECT * FROM cards) AS r),"
        " (SELECT string_agg(r::text, ',' ORDER BY r::text) FROM (SELECT * FROM counters) AS r),"
        " (SELECT string_agg(r::text, ',' ORDER BY r::text) FROM (SELECT * FROM whyboard_library) AS r))"))
        .toString();
}

QString userUri(const QString &uri, const QString &user)
{
    QString result = uri;
    const int at = result.indexOf(QLatin1Char('@'));
    const int start = result.indexOf(QStringLiteral("://")) + 3;
    return at > start ? result.replace(start, at - start, user) : QString();
}

} // namespace

class TestPostgresSchema : public QObject
{
    Q_OBJECT

private:
    // A library with the rich sample in it; empty on failure.
    static QString makeLibrary(const Test::ScratchLibrary &scratch)
    {
        auto library = Library::open(scratch.location(), Library::OpenMode::CreateIfMissing);
        if (!library || library->insertSession(Test::richSampleSession()) != SessionId(1))
            return {};
        return scratch.location();
    }

    // Open for writing and read-only, list, load every session: the first refusal's words.
    static QString firstRefusal(const QString &uri, LibraryOpenError *code)
    {
        for (const Library::OpenMode mode : {Library::OpenMode::OpenExisting, Library::OpenMode::ReadOnly}) {
            QString message;
            *code = LibraryOpenError::None;
            std::unique_ptr<Library> library = Library::open(uri, mode, code, &message);
            if (!library)
                return message;
            for (const SessionSummary &summary : library->sessions()) {
                if (!library->loadSession(summary.id))
                    return library->lastError();
            }
            if (!library->lastError().isEmpty())
                return library->lastError();
        }
        return {};
    }

private Q_SLOTS:
    void init() { WHYBOARD_REQUIRE_POSTGRES(); }

    void anEmptyDatabaseBecomesALibrary()
    {
        Test::ScratchLibrary scratch(Test::LibraryBackend::Postgres);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        // Opening an empty database read-only creates nothing.
        LibraryOpenError error = LibraryOpenError::None;
        QVERIFY(!Library::open(scratch.location(), Library::OpenMode::ReadOnly, &error));
        QCOMPARE(error, LibraryOpenError::NotFound);
        QCOMPARE(Test::querySql(scratch.location(), QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                                   " WHERE table_schema = current_schema()")).toLongLong(),
                 0);
        {
            auto library = Library::open(scratch.location(), Library::OpenMode::CreateIfMissing, &error);
            QVERIFY(library);
            QCOMPARE(error, LibraryOpenError::None);
            QCOMPARE(library->schemaVersion(), LibrarySchema::currentVersion());
            QSqlDatabase database = library->database();
            QCOMPARE(LibrarySchema::missingPart(database, LibrarySchema::currentVersion()), QString());
            QCOMPARE(library->insertSession(Test::richSampleSession()), SessionId(1));
        }
        QCOMPARE(Test::querySql(scratch.location(), QStringLiteral("SELECT count(*) FROM whyboard_library")).toLongLong(), 1);
        auto reopened = Library::open(scratch.location(), Library::OpenMode::OpenExisting);
        QVERIFY(reopened);
        Session expected = Test::richSampleSession();
        expected.id = 1;
        QCOMPARE(*reopened->loadSession(1), expected);
    }

    void anotherProgramsDatabaseIsRefusedAndLeftUnchanged()
    {
        Test::ScratchLibrary scratch(Test::LibraryBackend::Postgres);
        QCOMPARE(Test::executeSql(scratch.location(),
                                  {QStringLiteral("CREATE TABLE notes (id BIGINT PRIMARY KEY, body TEXT)"),
                                   QStringLiteral("INSERT INTO notes VALUES (1, 'hello')")}),
                 QString());
        const auto notes = [&] {
            return Test::querySql(scratch.location(),
                                  QStringLiteral("SELECT (SELECT string_agg(table_name, ',') FROM information_schema.tables"
                                                 " WHERE table_schema = current_schema()) || ':'"
                                                 " || (SELECT string_agg(id || '=' || body, ',') FROM notes)"))
                .toString();
        };
        QCOMPARE(notes(), QStringLiteral("notes:1=hello"));
        for (const Library::OpenMode mode : everyMode) {
            LibraryOpenError error = LibraryOpenError::None;
            QString message;
            QVERIFY(!Library::open(scratch.location(), mode, &error, &message));
            QCOMPARE(error, LibraryOpenError::ForeignDatabase);
            QVERIFY2(message.contains(scratch.databaseName()), qPrintable(message));
        }
        // A table of that name with another program's mark is foreign too.
        QCOMPARE(Test::executeSql(scratch.location(),
                                  {QStringLiteral("CREATE TABLE whyboard_library (application_id BIGINT, schema_version INTEGER,"
                                                  " created_ms BIGINT)"),
                                   QStringLiteral("INSERT INTO whyboard_library VALUES (1234, 1, 0)")}),
                 QString());
        LibraryOpenError error = LibraryOpenError::None;
        QVERIFY(!Library::open(scratch.location(), Library::OpenMode::CreateIfMissing, &error));
        QCOMPARE(error, LibraryOpenError::ForeignDatabase);
        QCOMPARE(notes(), QStringLiteral("notes,whyboard_library:1=hello"));
    }

    void aNewerLibraryOpensOnlyReadOnly()
    {
        Test::ScratchLibrary scratch(Test::LibraryBackend::Postgres);
        const QString uri = makeLibrary(scratch);
        QVERIFY(!uri.isEmpty());
        const int newer = LibrarySchema::currentVersion() + 1;
        QCOMPARE(Test::executeSql(uri, {QStringLiteral("UPDATE whyboard_library SET schema_version = %1").arg(newer)}), QString());
        const QString before = dump(uri);
        for (const Library::OpenMode mode : {Library::OpenMode::OpenExisting, Library::OpenMode::CreateIfMissing}) {
            LibraryOpenError error = LibraryOpenError::None;
            QVERIFY(!Library::open(uri, mode, &error));
            QCOMPARE(error, LibraryOpenError::NewerSchema);
        }
        {
            auto library = Library::open(uri, Library::OpenMode::ReadOnly);
            QVERIFY(library);
            QVERIFY(library->isReadOnly());
            QCOMPARE(library->sessions().size(), 1);
            QCOMPARE(library->insertSession(Test::chainSession(2)), SessionId(0));
        }
        QCOMPARE(dump(uri), before);
    }

    void codeInTheSchemaIsRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("trigger") << QStringList{
            QStringLiteral("CREATE FUNCTION evil() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM sessions; RETURN NULL; END $$"),
            QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON cards FOR EACH ROW EXECUTE FUNCTION evil()")};
        QTest::newRow("view") << QStringList{QStringLiteral("CREATE VIEW evil AS SELECT * FROM cards")};
        QTest::newRow("rule") << QStringList{QStringLiteral("CREATE RULE evil AS ON INSERT TO cards DO ALSO DELETE FROM sessions")};
    }

    void codeInTheSchemaIsRefused()
    {
        QFETCH(QStringList, statements);
        Test::ScratchLibrary scratch(Test::LibraryBackend::Postgres);
        const QString uri = makeLibrary(scratch);
        QVERIFY(!uri.isEmpty());
        QCOMPARE(Test::executeSql(uri, statements), QString());
        const QString before = dump(uri);
        for (const Library::OpenMode mode : everyMode) {
            LibraryOpenError error = LibraryOpenError::None;
            QString message;
            QVERIFY(!Library::open(uri, mode, &error, &message));
            QCOMPARE(error, LibraryOpenError::UntrustedSchema);
            QVERIFY2(message.contains(scratch.databaseName()), qPrintable(message));
        }
        QCOMPARE(dump(uri), before);
    }

    void aDamagedValueIsRefusedNamingTableRowColumn()
    {
        Test::ScratchLibrary scratch(Test::LibraryBackend::Postgres);
        const QString uri = makeLibrary(scratch);
        QVERIFY(!uri.isEmpty());
        QCOMPARE(Test::executeSql(uri, {QStringLiteral("UPDATE cards SET kind = 99 WHERE id = 'c2'")}), QString());
        const QString before = dump(uri);
        LibraryOpenError code = LibraryOpenError::None;
        const QString message = firstRefusal(uri, &code);
        QVERIFY2(!message.isEmpty(), "the damaged library was taken as sound");
        for (const char *word : {"cards", "kind", "c2", "99"})
            QVERIFY2(message.contains(QLatin1String(word)), qPrintable(message));
        QCOMPARE(dump(uri), before);
    }

    void aMissingPartIsReported_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("named");
        QTest::newRow("no evidence column") << QStringLiteral("ALTER TABLE cards DROP COLUMN evidence") << QStringLiteral("“evidence”");
        QTest::newRow("no parked ideas") << QStringLiteral("DROP TABLE parked_ideas") << QStringLiteral("“parked_ideas”");
    }

    // The expected tables and columns are SQLite's reference schema, on a server too.
    void aMissingPartIsReported()
    {
        QFETCH(QString, statement);
        QFETCH(QString, named);
        Test::ScratchLibrary scratch(Test::LibraryBackend::Postgres);
        const QString uri = makeLibrary(scratch);
        QVERIFY(!uri.isEmpty());
        QCOMPARE(Test::executeSql(uri, {statement}), QString());
        for (const Library::OpenMode mode : everyMode) {
            LibraryOpenError error = LibraryOpenError::None;
            QString message;
            QVERIFY(!Library::open(uri, mode, &error, &message));
            QCOMPARE(error, LibraryOpenError::DamagedContent);
            QVERIFY2(message.contains(named), qPrintable(message));
        }
    }

    // Two Whyboards starting on one new database: the advisory lock lets one create the schema,
    // the other waits and finds it made.
    void twoClientsCreatingAtOnceMakeTheLibraryOnce()
    {
        Test::ScratchLibrary scratch(Test::LibraryBackend::Postgres);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childUriVariable), scratch.location());
        QProcess first;
        QProcess second;
        for (QProcess *child : {&first, &second}) {
            child->setProcessEnvironment(environment);
            child->start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child->waitForReadyRead(20000));
            QCOMPARE(child->readLine().trimmed(), QByteArray("ready"));
        }
        for (QProcess *child : {&first, &second})
            child->write("go\n");
        QList<SessionId> ids;
        for (QProcess *child : {&first, &second}) {
            QVERIFY(child->waitForFinished(30000));
            const QByteArray out = child->readAllStandardOutput();
            QVERIFY2(child->exitCode() == 0, QByteArray(out + child->readAllStandardError()).constData());
            ids << out.trimmed().toLongLong();
        }
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<SessionId>{1, 2}));
        QCOMPARE(Test::querySql(scratch.location(), QStringLiteral("SELECT count(*) FROM whyboard_library")).toLongLong(), 1);
        auto library = Library::open(scratch.location(), Library::OpenMode::OpenExisting);
        QVERIFY(library);
        QCOMPARE(library->sessions().size(), 2);
    }

    // A role with SELECT only reads; asking it to write is refused before anything is touched.
    void aReadOnlyRoleReadsButMayNotWrite()
    {
        const QString role = QStringLiteral("wb_reader_%1").arg(QCoreApplication::applicationPid());
        const QString server = qEnvironmentVariable("WHYBOARD_TEST_PG_URI");
        QCOMPARE(Test::executeSql(server, {QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
                                           QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)}),
                 QString());
        {
            Test::ScratchLibrary scratch(Test::LibraryBackend::Postgres);
            const QString uri = makeLibrary(scratch);
            QVERIFY(!uri.isEmpty());
            QCOMPARE(Test::executeSql(uri, {QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)}),
                     QString());
            const QString readerUri = userUri(uri, role);
            QVERIFY(!readerUri.isEmpty());
            const QString before = dump(uri);
            for (const Library::OpenMode mode : {Library::OpenMode::OpenExisting, Library::OpenMode::CreateIfMissing}) {
                LibraryOpenError error = LibraryOpenError::None;
                QString message;
                QVERIFY(!Library::open(readerUri, mode, &error, &message));
                QCOMPARE(error, LibraryOpenError::NotPermitted);
                QVERIFY2(message.contains(role), qPrintable(message));
            }
            {
                auto reader = Library::open(readerUri, Library::OpenMode::ReadOnly);
                QVERIFY(reader);
                QVERIFY(reader->isReadOnly());
                QCOMPARE(reader->sessions().size(), 1);
                Session expected = Test::richSampleSession();
                expected.id = 1;
                QCOMPARE(*reader->loadSession(1), expected);
                QCOMPARE(reader->insertSession(Test::chainSession(2)), SessionId(0));
            }
            QCOMPARE(dump(uri), before);
        }
        QCOMPARE(Test::executeSql(server, {QStringLiteral("DROP ROLE %1").arg(role)}), QString());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QString uri = qEnvironmentVariable(childUriVariable);
    if (!uri.isEmpty()) {
        QTextStream out(stdout);
        out << "ready" << Qt::endl;
        QTextStream in(stdin);
        in.readLine();
        auto library = Library::open(uri, Library::OpenMode::CreateIfMissing);
        if (!library)
            return 3;
        out << library->insertSession(Test::chainSession(2)) << Qt::endl;
        return 0;
    }
    TestPostgresSchema test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_postgresschema.moc"
