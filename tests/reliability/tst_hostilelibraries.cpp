// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "data/sessionlimits.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Whyboard;

// Library files crafted from a sound one: a value Whyboard never writes in any column, a table
// or a column gone, a disk that is full. Each is refused with a message naming what is wrong
// (table, row and column), the file stays byte for byte as it was, and nothing crashes.
class TestHostileLibraries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sound;

    QString copyOfSound(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_sound, path) ? path : QString();
    }

    Test::CommandRun run(const QStringList &arguments) const { return Test::runWhyboard(arguments, m_dir.path()); }

    // Open for writing and read-only, list, load the session: the reason every step that
    // fails gives, and whether any step failed at all.
    static QString firstRefusal(const QString &path, LibraryOpenError *code)
    {
        for (const Library::OpenMode mode : {Library::OpenMode::OpenExisting, Library::OpenMode::ReadOnly}) {
            QString message;
            *code = LibraryOpenError::None;
            std::unique_ptr<Library> library = Library::open(path, mode, code, &message);
            if (!library)
                return message;
            const QList<SessionSummary> sessions = library->sessions();
            if (!library->lastError().isEmpty())
                return library->lastError();
            for (const SessionSummary &summary : sessions) {
                if (!library->loadSession(summary.id))
                    return library->lastError();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sound = m_dir.filePath(QStringLiteral("sound.whyboard"));
        auto library = Library::open(m_sound, Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        QVERIFY(library->insertSession(Test::richSampleSession()) > 0);
    }

    void badValuesAreRefusedNamingTableRowColumn_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QStringList>("named"); // words the message must hold

        const auto row = [](const char *name, QStringList statements, QStringList named) {
            QTest::newRow(name) << statements << named;
        };
        row("action category 99", {"UPDATE actions SET category = 99"}, {"actions", "category", "99"});
        row("action horizon -1", {"UPDATE actions SET horizon = -1"}, {"actions", "horizon", "-1"});
        row("action status 7", {"UPDATE actions SET status = 7"}, {"actions", "status", "7"});
        row("card kind 7", {"UPDATE cards SET kind = 7 WHERE id = 'c2'"}, {"cards", "kind", "c2", "7"});
        row("event kind 6", {"UPDATE events SET kind = 6"}, {"events", "kind", "6"});
        row("link verdict 3", {"UPDATE links SET verdict = 3"}, {"links", "verdict", "3"});
        row("participant roles 64", {"UPDATE participants SET roles = 64"}, {"participants", "roles", "64"});
        row("session status 5", {"UPDATE sessions SET status = 5"}, {"sessions", "status", "5"});
        row("session severity 9", {"UPDATE sessions SET severity = 9"}, {"sessions", "severity", "9"});
        row("text in a number column", {"UPDATE cards SET kind = 'problem' WHERE id = 'c2'"}, {"cards", "kind", "text"});
        row("real in a number column", {"UPDATE actions SET category = 1.5"}, {"actions", "category", "real"});
        row("blob for a text", {"UPDATE cards SET text = x'00ff' WHERE id = 'c2'"}, {"cards", "text", "binary"});
        row("infinite position", {"UPDATE cards SET x = 9e999 WHERE id = 'c2'"}, {"cards", "x", "finite"});
        row("position far off the board", {"UPDATE cards SET y = 1e300 WHERE id = 'c2'"}, {"cards", "y", "off the board"});
        row("text in a position", {"UPDATE cards SET x = 'left' WHERE id = 'c2'"}, {"cards", "x", "text"});
        row("text too long", {"UPDATE cards SET text = printf('%.*c', 20001, 'x') WHERE id = 'c2'"},
            {"cards", "text", "20"});
        row("time beyond year 9999", {"UPDATE events SET at_ms = 300000000000000"}, {"events", "at_ms"});
        row("offset of days", {"UPDATE sessions SET started_offset = 9999999"}, {"sessions", "started_offset"});
        row("due day in year 20000", {"UPDATE actions SET due_day = 9000000 WHERE due_day IS NOT NULL"},
            {"actions", "due_day"});
        row("ids that are no list", {"UPDATE events SET card_ids = '{\"a\":1}' WHERE card_ids <> ''"},
            {"events", "card_ids"});
        row("item counter beyond 2^53", {"UPDATE sessions SET last_item_number = 9223372036854775807"},
            {"sessions", "last_item_number"});
        row("session counter behind the ids", {"UPDATE counters SET value = 0 WHERE name = 'last_session_id'"},
            {"counters", "last_session_id"});
        row("session counter gone", {"DELETE FROM counters WHERE name = 'last_session_id'"}, {"counters", "last_session_id"});
        row("10,001 cards",
            {"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10001)"
             " INSERT INTO cards (session_id, id, position, kind, text) SELECT 1, 'x' || i, 1000 + i, 1, '' FROM n"},
            {"cards", "10"});
    }

    void badValuesAreRefusedNamingTableRowColumn()
    {
        QFETCH(QStringList, statements);
        QFETCH(QStringList, named);
        const QString path = copyOfSound(QStringLiteral("bad.whyboard"));
        QCOMPARE(Test::executeSql(path, QStringList{QStringLiteral("PRAGMA foreign_keys = OFF")} + statements), QString());
        const QByteArray before = Test::fileChecksum(path);

        LibraryOpenError code = LibraryOpenError::None;
        const QString message = firstRefusal(path, &code);
        QVERIFY2(!message.isEmpty(), "the crafted library was taken as sound");
        for (const QString &word : named)
            QVERIFY2(message.contains(word), qPrintable(message));
        QCOMPARE(Test::fileChecksum(path), before);

        // The verbs say the same and stop with exit status 2; nothing is written.
        const Test::CommandRun exported = run({QStringLiteral("--export-json"), m_dir.filePath(QStringLiteral("out.json")),
                                                QStringLiteral("--session"), QStringLiteral("1"), path});
        QCOMPARE(exported.exitCode, 2);
        for (const QString &word : named)
            QVERIFY2(exported.err.contains(word), qPrintable(exported.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.json"))));
        QCOMPARE(Test::fileChecksum(path), before);
    }

    void missingTablesAndColumnsAreRefused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("named");
        QTest::newRow("no cards table") << QStringLiteral("DROP TABLE cards") << QStringLiteral("“cards”");
        QTest::newRow("no actions table") << QStringLiteral("DROP TABLE actions") << QStringLiteral("“actions”");
        QTest::newRow("no parked ideas") << QStringLiteral("DROP TABLE parked_ideas") << QStringLiteral("“parked_ideas”");
        QTest::newRow("no evidence column") << QStringLiteral("ALTER TABLE cards DROP COLUMN evidence")
                                            << QStringLiteral("“evidence”");
    }

    void missingTablesAndColumnsAreRefused()
    {
        QFETCH(QString, statement);
        QFETCH(QString, named);
        const QString path = copyOfSound(QStringLiteral("partial.whyboard"));
        QCOMPARE(Test::executeSql(path, {QStringLiteral("PRAGMA foreign_keys = OFF"), statement}), QString());
        const QByteArray before = Test::fileChecksum(path);
        for (const Library::OpenMode mode :
             {Library::OpenMode::OpenExisting, Library::OpenMode::ReadOnly, Library::OpenMode::CreateIfMissing}) {
            LibraryOpenError code = LibraryOpenError::None;
            QString message;
            QVERIFY(!Library::open(path, mode, &code, &message));
            QCOMPARE(code, LibraryOpenError::DamagedContent);
            QVERIFY2(message.contains(named), qPrintable(message));
        }
        // Every verb refuses it clearly: listing printed nothing with success, import failed
        // with "Parameter count mismatch".
        const Test::CommandRun list = run({QStringLiteral("--list"), path});
        QCOMPARE(list.exitCode, 2);
        QVERIFY2(list.err.contains(named), qPrintable(list.err));
        const Test::CommandRun import =
            run({QStringLiteral("--import"), QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json"), path});
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.err.contains(named), qPrintable(import.err));
        QCOMPARE(Test::fileChecksum(path), before);
    }

    // The library never stores what it would refuse to load.
    void storingRefusesWhatLoadingWouldRefuse()
    {
        const QString path = copyOfSound(QStringLiteral("store.whyboard"));
        auto library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(library);
        Session session = Test::richSampleSession();
        session.cards[1].evidence = QString(SessionLimits::maxTextLength + 1, QLatin1Char('x'));
        QCOMPARE(library->insertSession(session), SessionId(0));
        QVERIFY2(library->lastError().contains(QStringLiteral("at most")), qPrintable(library->lastError()));
        QCOMPARE(library->sessions().size(), 1);
    }

    // On a full disk even reading fails (SQLite makes its index file beside the library): the
    // message says the disk is full and the library untouched, not that it is damaged.
    void fullDiskIsToldAsSuch()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root; the full-disk message is not tried");
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                        QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mountPoint.path()})
            != 0)
            QSKIP("this system does not let the test mount a tmpfs");
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint.path()}); });
        const QString path = mountPoint.filePath(QStringLiteral("full.whyboard"));
        QVERIFY(QFile::copy(m_sound, path));
        {
            QFile filler(mountPoint.filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        const QByteArray before = Test::fileChecksum(path);
        for (const Library::OpenMode mode : {Library::OpenMode::ReadOnly, Library::OpenMode::OpenExisting}) {
            LibraryOpenError code = LibraryOpenError::None;
            QString message;
            QVERIFY(!Library::open(path, mode, &code, &message));
            QCOMPARE(code, LibraryOpenError::DiskFull);
            QVERIFY2(message.contains(QStringLiteral("full")) && message.contains(QStringLiteral("untouched")),
                     qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("damaged")), qPrintable(message));
        }
        const Test::CommandRun list = run({QStringLiteral("--list"), path});
        QCOMPARE(list.exitCode, 2);
        QVERIFY2(list.err.contains(QStringLiteral("full")), qPrintable(list.err));
        QVERIFY2(!list.err.contains(QStringLiteral("not a Whyboard library")), qPrintable(list.err));
        QCOMPARE(Test::fileChecksum(path), before);
    }
};

QTEST_GUILESS_MAIN(TestHostileLibraries)
#include "tst_hostilelibraries.moc"
