// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetesthelpers.h"
#include "document/commands/dismissfindingcommand.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/parkideacommand.h"
#include "document/commands/setlinkverdictcommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"
#include "storage/libraryschema.h"
#include "storage/sessionjsonwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// Each migration step is run on a file made by the program one version before it.
// tests/fixtures/library-v1.whyboard was written by the version 1 library code: session 1 is
// the rich sample session as it stood then (no link verdicts, no dismissed findings),
// session 2 a chain of three whys.
class TestLibraryMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyOfFixture(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(QStringLiteral(WHYBOARD_FIXTURES_DIR "/library-v1.whyboard"), path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // The facts version 1 stored, which every later version must still read.
    void verifyVersion1Content(Library &library)
    {
        const QList<SessionSummary> summaries = library.sessions();
        QCOMPARE(summaries.size(), 2);
        const std::optional<Session> rich = library.loadSession(1);
        QVERIFY(rich);
        QCOMPARE(rich->title, QStringLiteral("Checkout down 🔥 — 結帳中斷 / תקלה בתשלום"));
        QCOMPARE(rich->severity, 2);
        QCOMPARE(rich->status, SessionStatus::Reviewed);
        QCOMPARE(rich->startedAt.offsetFromUtc(), -7 * 3600);
        QCOMPARE(rich->impact.usersAffected, std::optional<qint64>(123456));
        QCOMPARE(rich->participants.size(), 4);
        QCOMPARE(rich->participants.at(1).name, QStringLiteral("王小明"));
        QCOMPARE(rich->cards.size(), 6);
        QCOMPARE(rich->cards.at(0).kind, CardKind::Problem);
        QCOMPARE(rich->cards.at(4).text, QStringLiteral("ההגדרות נערכו ידנית"));
        QCOMPARE(rich->links.size(), 6);
        for (const CausalLink &link : rich->links)
            QCOMPARE(link.verdict, ReadBackVerdict::NotChecked);
        QCOMPARE(rich->timeline.size(), 6);
        const TimelineEvent &detection = rich->timeline.at(1);
        QCOMPARE(detection.text, QStringLiteral("Customer tweet 🐦\n\"can't pay\""));
        QCOMPARE(detection.at.offsetFromUtc(), 5 * 3600 + 30 * 60);
        QCOMPARE(detection.at.toMSecsSinceEpoch(), qint64(1772674950000));
        QCOMPARE(detection.cardIds, QStringList({QStringLiteral("c3"), QStringLiteral("c6")}));
        QVERIFY(!rich->timeline.at(5).at.isValid());
        QCOMPARE(rich->actions.size(), 3);
        QCOMPARE(rich->actions.at(0).eventIds, QStringList{QStringLiteral("e1")});
        QVERIFY(rich->dismissedFindings.isEmpty());
        const std::optional<Session> chain = library.loadSession(2);
        QVERIFY(chain);
        QCOMPARE(chain->cards.size(), 4);
        QCOMPARE(chain->links.size(), 3);
    }

private Q_SLOTS:
    void fixtureIsVersion1()
    {
        const QString path = copyOfFixture(QStringLiteral("probe.whyboard"));
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }

    void version1OpensReadOnlyWithoutMigrating()
    {
        const QString path = copyOfFixture(QStringLiteral("readonly.whyboard"));
        const QByteArray before = Test::fileChecksum(path);
        {
            auto library = Library::open(path, Library::OpenMode::ReadOnly);
            QVERIFY(library);
            verifyVersion1Content(*library);
        }
        QCOMPARE(Test::fileChecksum(path), before);
    }

    void version1To2KeepsDataAndAddsVerdictsAndFindings()
    {
        const QString path = copyOfFixture(QStringLiteral("migrate.whyboard"));
        {
            auto library = Library::open(path, Library::OpenMode::OpenExisting);
            QVERIFY(library);
            verifyVersion1Content(*library);
            SessionDocument document(*library->loadSession(1));
            library->attach(&document);
            document.push(new SetLinkVerdictCommand(&document, QStringLiteral("c2"), QStringLiteral("c1"), ReadBackVerdict::Holds));
            document.push(new DismissFindingCommand(&document, {QStringLiteral("shallow"), QStringLiteral("c5"), QStringLiteral("fine")}));
        }
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA user_version")).toInt(), LibrarySchema::currentVersion());
        auto reopened = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(reopened);
        const Session rich = *reopened->loadSession(1);
        QCOMPARE(rich.links.at(0).verdict, ReadBackVerdict::Holds);
        QCOMPARE(rich.dismissedFindings.size(), 1);
        QCOMPARE(rich.dismissedFindings.at(0).reason, QStringLiteral("fine"));
    }

    // Version 2 as step 2 left it: the version 1 fixture with the version 2 statements run, and
    // a session whose highest item number (e42) is not in a card.
    void version2To3StartsTheCountersPastEveryIdInUse()
    {
        const QString path = copyOfFixture(QStringLiteral("version2.whyboard"));
        QCOMPARE(Test::executeSql(path, {
            QStringLiteral("ALTER TABLE links ADD COLUMN verdict INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE dismissed_findings (session_id INTEGER NOT NULL REFERENCES sessions(id)"
                           " ON DELETE CASCADE, position INTEGER NOT NULL, check_id TEXT NOT NULL,"
                           " item_id TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (session_id, position)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO events (session_id, id, position, kind, text, card_ids)"
                           " VALUES (2, 'e42', 0, 0, 'late', '')"),
            QStringLiteral("PRAGMA user_version = 2"),
        }), QString());
        {
            auto library = Library::open(path, Library::OpenMode::OpenExisting);
            QVERIFY(library);
            QCOMPARE(library->sessions().size(), 2);
            QVERIFY(library->trashedSessions().isEmpty());
            QCOMPARE(library->loadSession(1)->lastItemNumber, qint64(6));
            QCOMPARE(library->loadSession(2)->lastItemNumber, qint64(42));
            SessionDocument document(*library->loadSession(2));
            QCOMPARE(document.newCardId(), QStringLiteral("c43"));
            QCOMPARE(library->insertSession(Session{}), SessionId(3));
            QVERIFY(library->trashSession(3));
        }
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA user_version")).toInt(), LibrarySchema::currentVersion());
        QCOMPARE(Test::querySql(path, QStringLiteral("SELECT last_item_number FROM sessions WHERE id = 2")).toInt(), 42);
        auto reopened = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(reopened);
        QCOMPARE(reopened->trashedSessions().size(), 1);
        QCOMPARE(reopened->insertSession(Session{}), SessionId(4));
    }

    // Every older card reads as "not accepted without action" and every session has an empty
    // parking lot; both then keep what the room enters.
    void version3To4AddsNoActionMarksAndTheParkingLot()
    {
        const QString path = copyOfFixture(QStringLiteral("version4.whyboard"));
        {
            auto library = Library::open(path, Library::OpenMode::OpenExisting);
            QVERIFY(library);
            const Session rich = *library->loadSession(1);
            QVERIFY(rich.parkingLot.isEmpty());
            for (const Card &card : rich.cards)
                QVERIFY(!card.noActionAccepted && card.noActionReason.isEmpty());
            SessionDocument document(rich);
            library->attach(&document);
            Card card = *rich.card(QStringLiteral("c3"));
            card.noActionAccepted = true;
            card.noActionReason = QStringLiteral("Replaced next quarter");
            QVERIFY(document.push(new EditCardCommand(&document, card)));
            QVERIFY(document.push(new ParkIdeaCommand(&document, {QString(), QStringLiteral("Page two people")})));
        }
        auto reopened = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(reopened);
        const Session rich = *reopened->loadSession(1);
        QVERIFY(rich.card(QStringLiteral("c3"))->noActionAccepted);
        QCOMPARE(rich.card(QStringLiteral("c3"))->noActionReason, QStringLiteral("Replaced next quarter"));
        QCOMPARE(rich.parkingLot.size(), 1);
        QCOMPARE(rich.parkingLot.at(0).text, QStringLiteral("Page two people"));
        QCOMPARE(rich.parkingLot.at(0).id, QStringLiteral("i7"));
    }

    void failedMigrationLeavesTheFileUnchanged()
    {
        const QString path = copyOfFixture(QStringLiteral("blocked.whyboard"));
        // A table in the way of step 2 makes it fail half-way.
        QCOMPARE(Test::executeSql(path, {QStringLiteral("CREATE TABLE dismissed_findings (x)")}), QString());
        const QByteArray before = Test::fileChecksum(path);
        LibraryOpenError error = LibraryOpenError::None;
        QString message;
        QVERIFY(!Library::open(path, Library::OpenMode::OpenExisting, &error, &message));
        QCOMPARE(error, LibraryOpenError::NotADatabase);
        QVERIFY2(message.contains(path), qPrintable(message));
        QCOMPARE(Test::fileChecksum(path), before);
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }

    // tests/fixtures/library-v7.whyboard: the three example stories imported by version 7.
    void version7To8CountsWriteStepsAndKeepsEverySession()
    {
        const QString path = m_dir.filePath(QStringLiteral("v7.whyboard"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(WHYBOARD_FIXTURES_DIR "/library-v7.whyboard"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA user_version")).toInt(), 7);
        QHash<SessionId, QByteArray> before;
        {
            std::unique_ptr<Library> old = Library::open(path, Library::OpenMode::ReadOnly);
            QVERIFY(old);
            for (const SessionSummary &summary : old->sessions())
                before.insert(summary.id, SessionJsonWriter::write(*old->loadSession(summary.id)));
        }
        QCOMPARE(before.size(), 3);

        std::unique_ptr<Library> library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(library);
        QCOMPARE(Test::querySql(path, QStringLiteral("PRAGMA user_version")).toInt(), 8);
        QCOMPARE(Test::querySql(path, QStringLiteral("SELECT count(*) FROM sessions WHERE revision = 0")).toInt(), 3);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(SessionJsonWriter::write(*library->loadSession(it.key())), it.value());
        QCOMPARE(library->search(QStringLiteral("hammer")).size(), 1);

        // Each write step of a session counts once; the other sessions keep theirs.
        SessionDocument document(*library->loadSession(2));
        library->attach(&document);
        Card card = document.session().cards.at(1);
        card.text = QStringLiteral("Counted");
        QVERIFY(document.push(new EditCardCommand(&document, card)));
        QVERIFY(document.push(new ParkIdeaCommand(&document, {QString(), QStringLiteral("Later")})));
        QCOMPARE(Test::querySql(path, QStringLiteral("SELECT revision FROM sessions WHERE id = 2")).toInt(), 2);
        QCOMPARE(Test::querySql(path, QStringLiteral("SELECT sum(revision) FROM sessions")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryMigration)
#include "tst_librarymigration.moc"
