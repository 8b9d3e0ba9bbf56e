// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "postgrestesthelpers.h"
#include "storagetesthelpers.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// The real whyboard binary's verbs: output, exit codes (0 done, 1 usage, 2 bad input or
// file), one line on stderr, and nothing on disk changed or created when they fail.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString example() { return QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json"); }

    Test::CommandRun run(const QStringList &arguments) const { return Test::runWhyboard(arguments, m_dir.path()); }

    // What a failed verb must leave as it was: a file's bytes, or on a server the row counts
    // and every row of the sessions table, as text.
    static QVariant libraryState(const QString &library)
    {
        if (Test::backend() == Test::LibraryBackend::Sqlite)
            return Test::fileChecksum(library);
        return Test::querySql(library, QStringLiteral(
            "SELECT concat_ws('|', (SELECT count(*) FROM sessions), (SELECT count(*) FROM cards),"
            " (SELECT count(*) FROM events), (SELECT count(*) FROM actions), (SELECT count(*) FROM search_items),"
            " (SELECT string_agg(s::text, ',' ORDER BY id) FROM sessions s),"
            " (SELECT string_agg(c::text, ',' ORDER BY name) FROM counters c))"));
    }

    static void writeFile(const QString &filePath, const QByteArray &bytes)
    {
        QFile file(filePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WHYBOARD_BINARY)), WHYBOARD_BINARY);
        QVERIFY(QDir().mkpath(path(QStringLiteral("runtime"))));
        QFile::setPermissions(path(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        writeFile(path(QStringLiteral("garbage.whyboard")), QByteArray(4096, 'x'));
        writeFile(path(QStringLiteral("bad.json")), "{\"format\": \"whyboard.session\", \"version\": 1, \"session\": {}}");
        writeFile(path(QStringLiteral("not json.json")), "this is not json");
        QCOMPARE(run({QStringLiteral("--import"), example(), path(QStringLiteral("one.whyboard"))}).exitCode, 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mustNotExist"); // a file the failed verb must not create

        const QString missing = path(QStringLiteral("missing.whyboard"));
        const QString one = path(QStringLiteral("one.whyboard"));
        const QString out = path(QStringLiteral("out.json"));
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QString();
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QString();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("--list")} << 1 << QString();
        QTest::newRow("unknown option alone") << QStringList{QStringLiteral("--frobnicate")} << 1 << QString();
        QTest::newRow("import without file") << QStringList{QStringLiteral("--import")} << 1 << QString();
        QTest::newRow("export without session")
            << QStringList{QStringLiteral("--export-json"), out, one} << 1 << out;
        QTest::newRow("session not a number")
            << QStringList{QStringLiteral("--export-json"), out, QStringLiteral("--session"), QStringLiteral("abc"), one} << 1 << out;
        QTest::newRow("two libraries") << QStringList{QStringLiteral("--list"), one, missing} << 1 << missing;
        QTest::newRow("two verbs") << QStringList{QStringLiteral("--list"), QStringLiteral("--import"), example()} << 1 << QString();
        QTest::newRow("list with session")
            << QStringList{QStringLiteral("--list"), QStringLiteral("--session"), QStringLiteral("1"), one} << 1 << QString();
        QTest::newRow("list missing library") << QStringList{QStringLiteral("--list"), missing} << 2 << missing;
        QTest::newRow("export from missing library")
            << QStringList{QStringLiteral("--export-json"), out, QStringLiteral("--session"), QStringLiteral("1"), missing} << 2 << missing;
        QTest::newRow("export unknown session")
            << QStringList{QStringLiteral("--export-json"), out, QStringLiteral("--session"), QStringLiteral("99"), one} << 2 << out;
        QTest::newRow("list garbage") << QStringList{QStringLiteral("--list"), path(QStringLiteral("garbage.whyboard"))} << 2 << QString();
        QTest::newRow("import missing json")
            << QStringList{QStringLiteral("--import"), path(QStringLiteral("nope.json")), missing} << 2 << missing;
        QTest::newRow("import invalid session")
            << QStringList{QStringLiteral("--import"), path(QStringLiteral("bad.json")), missing} << 2 << missing;
        QTest::newRow("import not json")
            << QStringList{QStringLiteral("--import"), path(QStringLiteral("not json.json")), missing} << 2 << missing;
        QTest::newRow("list default library before it exists") << QStringList{QStringLiteral("--list")} << 2
                                                               << path(QStringLiteral("data-home"));
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mustNotExist);
        const QByteArray garbageBefore = Test::fileChecksum(path(QStringLiteral("garbage.whyboard")));
        const QByteArray oneBefore = Test::fileChecksum(path(QStringLiteral("one.whyboard")));
        const Test::CommandRun result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        if (exitCode == 0) {
            QVERIFY(!result.out.isEmpty());
            QVERIFY(result.err.isEmpty());
        } else {
            QVERIFY(result.out.isEmpty());
            QVERIFY2(result.err.startsWith(QLatin1String("whyboard: ")), qPrintable(result.err));
            QCOMPARE(result.err.count(QLatin1Char('\n')), 1); // exactly one line
        }
        if (!mustNotExist.isEmpty())
            QVERIFY2(!QFileInfo::exists(mustNotExist), qPrintable(mustNotExist));
        QCOMPARE(Test::fileChecksum(path(QStringLiteral("garbage.whyboard"))), garbageBefore);
        QCOMPARE(Test::fileChecksum(path(QStringLiteral("one.whyboard"))), oneBefore);
    }

    void errorsNameTheFileAndTheReason()
    {
        const Test::CommandRun notFound = run({QStringLiteral("--list"), path(QStringLiteral("missing.whyboard"))});
        QVERIFY2(notFound.err.contains(path(QStringLiteral("missing.whyboard"))), qPrintable(notFound.err));
        const Test::CommandRun badJson = run({QStringLiteral("--import"), path(QStringLiteral("bad.json")), path(QStringLiteral("x.whyboard"))});
        QVERIFY2(badJson.err.contains(QLatin1String("bad.json")) && badJson.err.contains(QLatin1String("session")),
                 qPrintable(badJson.err));
    }

    void importPrintsIdAndListShowsIt_data() { Test::addBackendRows(); }
    void importPrintsIdAndListShowsIt()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        const QString library = scratch.location();
        const Test::CommandRun first = run({QStringLiteral("--import"), example(), library});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, QStringLiteral("1\n"));
        const Test::CommandRun second = run({QStringLiteral("--import"), example(), library});
        QCOMPARE(second.out, QStringLiteral("2\n"));
        const Test::CommandRun list = run({QStringLiteral("--list"), library});
        QCOMPARE(list.exitCode, 0);
        const QString line = QStringLiteral("\tThat time the LinkedIn app was deleted\t2\treviewed\n");
        QCOMPARE(list.out, QStringLiteral("1") + line + QStringLiteral("2") + line);
    }

    void exportedJsonImportsEqual_data() { Test::addBackendRows(); }
    void exportedJsonImportsEqual()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary firstLibrary(Test::backend());
        Test::ScratchLibrary secondLibrary(Test::backend());
        const QString first = firstLibrary.location();
        const QString second = secondLibrary.location();
        const QString exported = path(QStringLiteral("exported session.json"));
        QCOMPARE(run({QStringLiteral("--import"), example(), first}).exitCode, 0);
        const Test::CommandRun exportResult =
            run({QStringLiteral("--export-json"), exported, QStringLiteral("--session"), QStringLiteral("1"), first});
        QCOMPARE(exportResult.exitCode, 0);
        QVERIFY(exportResult.err.isEmpty());
        QCOMPARE(run({QStringLiteral("--import"), exported, second}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("--import"), exported, second}).out, QStringLiteral("2\n"));

        auto a = Library::open(first, Library::OpenMode::ReadOnly);
        auto b = Library::open(second, Library::OpenMode::ReadOnly);
        QVERIFY(a && b);
        Session original = *a->loadSession(1);
        Session reimported = *b->loadSession(2);
        reimported.id = original.id;
        QVERIFY(!original.cards.isEmpty());
        QCOMPARE(reimported, original);
    }

    void importIntoDefaultLibraryCreatesIt()
    {
        const Test::CommandRun result = run({QStringLiteral("--import"), example()});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("1\n"));
        const Test::CommandRun list = run({QStringLiteral("--list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.startsWith(QLatin1String("1\tThat time")));
    }

    void badImportLeavesLibraryUnchanged_data() { Test::addBackendRows(); }
    void badImportLeavesLibraryUnchanged()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        const QString library = scratch.location();
        QCOMPARE(run({QStringLiteral("--import"), example(), library}).exitCode, 0);
        const QVariant before = libraryState(library);
        QVERIFY(before.isValid());
        QCOMPARE(run({QStringLiteral("--import"), path(QStringLiteral("bad.json")), library}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--import"), path(QStringLiteral("not json.json")), library}).exitCode, 2);
        QCOMPARE(libraryState(library), before);
        QCOMPARE(run({QStringLiteral("--list"), library}).out.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
