// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "samplesessions.h"
#include "postgrestesthelpers.h"
#include "storagetesthelpers.h"
#include "storage/library.h"
#include "storage/librarylocation.h"
#include "storage/sessionjsonformat.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Whyboard;

// `whyboard --copy-library FROM [--force] TO` through the real binary, between library files
// and libraries on a PostgreSQL server (those rows need WHYBOARD_TEST_PG_URI and are skipped,
// with the reason, without it).
class TestCopyLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::vector<std::unique_ptr<Test::ScratchLibrary>> m_databases;

    static QStringList examples()
    {
        return {QStringLiteral("gitlab-database-outage"), QStringLiteral("aws-s3-outage"),
                QStringLiteral("linkedin-app-deleted"), QStringLiteral("cloudflare-waf-regex")};
    }

    Test::CommandRun run(const QStringList &arguments) const { return Test::runWhyboard(arguments, m_dir.path()); }

    QString newFile() { return m_dir.filePath(QStringLiteral("library-%1.whyboard").arg(++m_files)); }

    // A new library file holding every example, imported through the real binary; empty when
    // an import failed.
    QString newFileWithExamples()
    {
        const QString path = newFile();
        for (const QString &example : examples()) {
            if (run({QStringLiteral("--import"), QStringLiteral(WHYBOARD_EXAMPLES_DIR "/%1.json").arg(example), path}).exitCode != 0)
                return {};
        }
        return path;
    }

    // A new, empty place for a library: a file path that does not exist yet, or an empty
    // database on the server. Empty when the server's database could not be made.
    QString newLocation(bool server)
    {
        if (!server)
            return newFile();
        m_databases.push_back(std::make_unique<Test::ScratchLibrary>(Test::LibraryBackend::Postgres));
        if (!m_databases.back()->isValid())
            qWarning("%s", qPrintable(m_databases.back()->error()));
        return m_databases.back()->location();
    }

    // How many tables a server database's schema holds.
    static int tableCount(const QString &uri)
    {
        const std::optional<LibraryLocation> where = LibraryLocation::parse(uri);
        return where ? Test::querySql(*where, QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                             " WHERE table_schema = current_schema()"))
                           .toInt()
                     : -1;
    }

    QString listOf(const QString &library) const
    {
        const Test::CommandRun listed = run({QStringLiteral("--list"), library});
        return listed.exitCode == 0 ? listed.out : QStringLiteral("failed: ") + listed.err;
    }

    // Every listed session's --export-json, by id.
    QMap<QString, QByteArray> exportsOf(const QString &library) const
    {
        QMap<QString, QByteArray> exports;
        for (const QString &line : listOf(library).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString id = line.section(QLatin1Char('\t'), 0, 0);
            const QString out = m_dir.filePath(QStringLiteral("export.json"));
            const Test::CommandRun exported =
                run({QStringLiteral("--export-json"), out, QStringLiteral("--session"), id, library});
            QFile file(out);
            exports.insert(id, exported.exitCode == 0 && file.open(QIODevice::ReadOnly) ? file.readAll()
                                                                                       : exported.err.toUtf8());
        }
        return exports;
    }

    static bool isCopiedLine(const QString &out, int sessions, int trashed)
    {
        return out.startsWith(QStringLiteral("copied %1 sessions (%2 in the trash) from ").arg(sessions).arg(trashed))
               && out.trimmed().endsWith(QLatin1String("; every session reads back the same"));
    }

    static void addDirections()
    {
        QTest::addColumn<bool>("fromServer");
        QTest::addColumn<bool>("toServer");
        QTest::newRow("file to file") << false << false;
        QTest::newRow("file to server") << false << true;
        QTest::newRow("server to file") << true << false;
        QTest::newRow("server to server") << true << true;
    }

    static void addTargets()
    {
        QTest::addColumn<bool>("toServer");
        QTest::newRow("file") << false;
        QTest::newRow("server") << true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WHYBOARD_BINARY)), WHYBOARD_BINARY);
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("runtime"))));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void cleanup() { m_databases.clear(); }

    void theExampleStoriesReadTheSameOnAServerAndBack()
    {
        WHYBOARD_REQUIRE_POSTGRES();
        const QString file = newFile();
        const QString server = newLocation(true);
        QVERIFY(!server.isEmpty());
        for (const QString &example : examples()) {
            const QString json = QStringLiteral(WHYBOARD_EXAMPLES_DIR "/%1.json").arg(example);
            for (const QString &library : {file, server}) {
                const Test::CommandRun imported = run({QStringLiteral("--import"), json, library});
                QVERIFY2(imported.exitCode == 0, qPrintable(example + QLatin1String(": ") + imported.err));
            }
        }
        const QString listed = listOf(file);
        QCOMPARE(listed.count(QLatin1Char('\n')), examples().size());
        QCOMPARE(listOf(server), listed);
        const QMap<QString, QByteArray> exported = exportsOf(file);
        QCOMPARE(exportsOf(server), exported);
        for (const QString &id : exported.keys()) {
            const Test::CommandRun checked = run({QStringLiteral("--check"), QStringLiteral("--session"), id, server});
            QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        }

        const QString back = newFile();
        Test::CommandRun copied = run({QStringLiteral("--copy-library"), server, back});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY2(isCopiedLine(copied.out, examples().size(), 0), qPrintable(copied.out));
        QCOMPARE(listOf(back), listed);
        QCOMPARE(exportsOf(back), exported);

        const QString again = newLocation(true);
        copied = run({QStringLiteral("--copy-library"), back, again});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QCOMPARE(listOf(again), listed);
        QCOMPARE(exportsOf(again), exported);
    }

    void copiesTheTrashAndTheCategories_data() { addDirections(); }
    void copiesTheTrashAndTheCategories()
    {
        QFETCH(bool, fromServer);
        QFETCH(bool, toServer);
        if (fromServer || toServer)
            WHYBOARD_REQUIRE_POSTGRES();
        const QString from = newLocation(fromServer);
        const QString to = newLocation(toServer);
        QVERIFY(!from.isEmpty() && !to.isEmpty());
        const QDateTime deleted(QDate(2024, 3, 1), QTime(10, 15, 30, 250), Qt::UTC);
        const QStringList categories{QStringLiteral("Tooling"), QStringLiteral("People"), QStringLiteral("Luck")};
        QMap<SessionId, QByteArray> expected;
        {
            std::unique_ptr<Library> source = Library::open(from, Library::OpenMode::CreateIfMissing);
            QVERIFY(source);
            for (const QString &example : examples())
                QVERIFY2(source->insertSession(Test::fixtureSession(QLatin1String("examples/") + example)) > 0,
                         qPrintable(source->lastError()));
            QVERIFY(source->trashSession(2, deleted));
            QVERIFY(source->setCauseCategories(categories));
            for (const SessionSummary &summary : source->sessions() + source->trashedSessions())
                expected.insert(summary.id, SessionJsonFormat::write(*source->loadSession(summary.id)));
        }

        const Test::CommandRun copied = run({QStringLiteral("--copy-library"), from, to});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY2(isCopiedLine(copied.out, examples().size(), 1), qPrintable(copied.out));

        std::unique_ptr<Library> target = Library::open(to, Library::OpenMode::ReadOnly);
        QVERIFY(target);
        QCOMPARE(target->sessions().size(), examples().size() - 1);
        const QList<SessionSummary> trashed = target->trashedSessions();
        QCOMPARE(trashed.size(), 1);
        QCOMPARE(trashed.constFirst().id, SessionId(2));
        QCOMPARE(trashed.constFirst().deletedAt.toMSecsSinceEpoch(), deleted.toMSecsSinceEpoch());
        QCOMPARE(target->causeCategories(), categories);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const std::optional<Session> session = target->loadSession(it.key());
            QVERIFY(session);
            QCOMPARE(SessionJsonFormat::write(*session), it.value());
        }
    }

    void refusesATargetThatHoldsSessions_data() { addTargets(); }
    void refusesATargetThatHoldsSessions()
    {
        QFETCH(bool, toServer);
        if (toServer)
            WHYBOARD_REQUIRE_POSTGRES();
        const QString from = newFileWithExamples();
        QVERIFY(!from.isEmpty());
        const QString to = newLocation(toServer);
        QVERIFY(!to.isEmpty());
        QCOMPARE(run({QStringLiteral("--import"), QStringLiteral(WHYBOARD_EXAMPLES_DIR "/aws-s3-outage.json"), to}).exitCode, 0);
        const QString listed = listOf(to);
        const QMap<QString, QByteArray> exported = exportsOf(to);
        const QByteArray checksum = toServer ? QByteArray() : Test::fileChecksum(to);

        Test::CommandRun refused = run({QStringLiteral("--copy-library"), from, to});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("already holds a session")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("nothing was copied")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(listOf(to), listed);
        QCOMPARE(exportsOf(to), exported);
        if (!toServer)
            QCOMPARE(Test::fileChecksum(to), checksum);

        // --force never merges under other ids: the target's session 1 is in the way.
        refused = run({QStringLiteral("--copy-library"), from, QStringLiteral("--force"), to});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("already has sessions with the ids 1")), qPrintable(refused.err));
        QCOMPARE(listOf(to), listed);
        QCOMPARE(exportsOf(to), exported);
    }

    void forceAddsBesideSessionsUnderOtherIds_data() { addTargets(); }
    void forceAddsBesideSessionsUnderOtherIds()
    {
        QFETCH(bool, toServer);
        if (toServer)
            WHYBOARD_REQUIRE_POSTGRES();
        const QString from = newFileWithExamples();
        QVERIFY(!from.isEmpty());
        const QString to = newLocation(toServer);
        QVERIFY(!to.isEmpty());
        {
            std::unique_ptr<Library> target = Library::open(to, Library::OpenMode::CreateIfMissing);
            QVERIFY(target);
            Session own = Test::fixtureSession(QStringLiteral("examples/aws-s3-outage"));
            own.id = 100;
            QVERIFY2(target->insertSessionKeepingId(own), qPrintable(target->lastError()));
            QVERIFY(target->setCauseCategories({QStringLiteral("Vendors")}));
        }
        const Test::CommandRun copied = run({QStringLiteral("--copy-library"), from, QStringLiteral("--force"), to});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY2(isCopiedLine(copied.out, examples().size(), 0), qPrintable(copied.out));
        const QMap<QString, QByteArray> exported = exportsOf(to);
        QCOMPARE(exported.size(), examples().size() + 1);
        QVERIFY(exported.contains(QStringLiteral("100")));
        const QMap<QString, QByteArray> source = exportsOf(from);
        for (auto it = source.cbegin(); it != source.cend(); ++it)
            QCOMPARE(exported.value(it.key()), it.value());
        std::unique_ptr<Library> target = Library::open(to, Library::OpenMode::ReadOnly);
        QVERIFY(target);
        QCOMPARE(target->causeCategories().constFirst(), QStringLiteral("Vendors"));
        QVERIFY(target->causeCategories().size() > 1); // the source's (the defaults) after it
    }

    void aBadSourceCreatesNothing_data() { addTargets(); }
    void aBadSourceCreatesNothing()
    {
        QFETCH(bool, toServer);
        if (toServer)
            WHYBOARD_REQUIRE_POSTGRES();
        const QString notALibrary = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile text(notALibrary);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("These are meeting notes, not a library.\n");
        text.close();
        for (const QString &from : {notALibrary, m_dir.filePath(QStringLiteral("missing.whyboard"))}) {
            const QString to = newLocation(toServer);
            QVERIFY(!to.isEmpty());
            const Test::CommandRun refused = run({QStringLiteral("--copy-library"), from, to});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(!refused.err.isEmpty());
            QVERIFY(refused.out.isEmpty());
            if (toServer)
                QCOMPARE(tableCount(to), 0);
            else
                QVERIFY(!QFile::exists(to));
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.whyboard"))));
    }

    void aFailedCopyKeepsNothing_data() { addTargets(); }
    void aFailedCopyKeepsNothing()
    {
        QFETCH(bool, toServer);
        if (toServer)
            WHYBOARD_REQUIRE_POSTGRES();
        // A title holding U+0000, as an SQLite library written before the rule may hold one:
        // no library takes it, so the copy fails at the second session.
        const QString from = newFileWithExamples();
        QVERIFY(!from.isEmpty());
        QCOMPARE(Test::executeSql(from, {QStringLiteral("UPDATE sessions SET title = 'S3' || char(0) || 'outage' WHERE id = 2")}),
                 QString());
        const QString to = newLocation(toServer);
        QVERIFY(!to.isEmpty());
        const Test::CommandRun failed = run({QStringLiteral("--copy-library"), from, to});
        QCOMPARE(failed.exitCode, 2);
        QVERIFY2(failed.err.contains(QLatin1String("nothing was copied")), qPrintable(failed.err));
        QVERIFY2(failed.err.contains(QLatin1String("U+0000")), qPrintable(failed.err));
        if (toServer)
            QCOMPARE(tableCount(to), 0);
        else
            QVERIFY(!QFile::exists(to));
    }

    void aNulCharacterIsRefusedAlikeOnBothBackends_data() { addTargets(); }
    void aNulCharacterIsRefusedAlikeOnBothBackends()
    {
        QFETCH(bool, toServer);
        if (toServer)
            WHYBOARD_REQUIRE_POSTGRES();
        QFile example(QStringLiteral(WHYBOARD_EXAMPLES_DIR "/cloudflare-waf-regex.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QByteArray json = example.readAll();
        json.replace("\"title\": \"Cloudflare:", "\"title\": \"Cloud\\u0000flare:");
        const QString path = m_dir.filePath(QStringLiteral("nul.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const QString library = newLocation(toServer);
        QVERIFY(!library.isEmpty());
        const Test::CommandRun refused = run({QStringLiteral("--import"), path, library});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("session.title: the text holds the character U+0000 (at character 6)")),
                 qPrintable(refused.err));
        const Test::CommandRun listed = run({QStringLiteral("--list"), library});
        QVERIFY(listed.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCopyLibrary)
#include "tst_copylibrary.moc"
