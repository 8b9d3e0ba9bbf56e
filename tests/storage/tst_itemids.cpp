// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrestesthelpers.h"
#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "document/commands/addcardcommand.h"
#include "document/commands/addeventcommand.h"
#include "document/commands/dismissfindingcommand.h"
#include "document/commands/removecardscommand.h"
#include "document/sessiondocument.h"
#include "storage/library.h"
#include "storage/sessionjsonformat.h"

#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

// Item ids come from a per-session counter that only grows and is kept in the library with
// the step that used it, so no id is handed out twice: not after undo, not after a reload.
class TestItemIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoneAddDoesNotGiveItsIdAgain_data() { Test::addBackendRows(); }
    void undoneAddDoesNotGiveItsIdAgain()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        const QString path = scratch.location();
        QString added;
        {
            auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
            QVERIFY(library);
            const SessionId id = library->insertSession(Test::richSampleSession());
            SessionDocument document(*library->loadSession(id));
            library->attach(&document);
            QVERIFY(document.push(new AddCardCommand(&document, Card{}, QStringLiteral("c1"))));
            added = document.session().cards.constLast().id;
            document.undoStack()->undo();
            QVERIFY(!document.session().card(added));
            QVERIFY(document.push(new AddCardCommand(&document, Card{}, QStringLiteral("c1"))));
            QVERIFY(document.session().cards.constLast().id != added);
        }
        // After a restart, with the card that used it undone and gone from the file.
        auto library = Library::open(path, Library::OpenMode::OpenExisting);
        QVERIFY(library);
        SessionDocument document(*library->loadSession(library->sessions().constFirst().id));
        library->attach(&document);
        document.undoStack()->clear();
        QVERIFY(document.push(new AddEventCommand(&document, TimelineEvent{})));
        const QString event = document.session().timeline.constLast().id;
        QVERIFY(event.mid(1).toLongLong() > added.mid(1).toLongLong() + 1);
    }

    void deletedCardsIdAndDismissalGoToNoNewCard_data() { Test::addBackendRows(); }
    void deletedCardsIdAndDismissalGoToNoNewCard()
    {
        WHYBOARD_REQUIRE_BACKEND();
        Test::ScratchLibrary scratch(Test::backend());
        auto library = Library::open(scratch.location(), Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        const SessionId id = library->insertSession(Test::chainSession(2)); // c1 <- c2 <- c3
        SessionDocument document(*library->loadSession(id));
        library->attach(&document);
        const QString last = document.session().cards.constLast().id;
        QVERIFY(document.push(new DismissFindingCommand(&document, {QStringLiteral("shallow"), last, QStringLiteral("known")})));
        QVERIFY(document.push(new RemoveCardsCommand(&document, {last})));
        QVERIFY(document.push(new AddCardCommand(&document, Card{}, document.session().cards.constLast().id)));
        const QString fresh = document.session().cards.constLast().id;
        QVERIFY(fresh != last);
        for (const DismissedFinding &finding : document.session().dismissedFindings)
            QVERIFY(finding.itemId != fresh);
        QCOMPARE(library->loadSession(id)->lastItemNumber, document.session().lastItemNumber);
    }

    void jsonKeepsTheCounter()
    {
        Session session = Test::richSampleSession();
        session.lastItemNumber = 40;
        const QByteArray json = SessionJsonFormat::write(session);
        QVERIFY(json.contains("\"lastItemNumber\""));
        const SessionJsonFormat::ReadResult read = SessionJsonFormat::read(json);
        QVERIFY2(read.session, qPrintable(read.error));
        QCOMPARE(read.session->lastItemNumber, qint64(40));
        // Without the field, the counter starts past every number in use.
        Session plain = Test::richSampleSession();
        plain.lastItemNumber = 0;
        QByteArray withoutField = SessionJsonFormat::write(plain);
        const SessionJsonFormat::ReadResult readPlain = SessionJsonFormat::read(withoutField);
        QVERIFY2(readPlain.session, qPrintable(readPlain.error));
        QCOMPARE(readPlain.session->lastItemNumber, plain.highestItemNumber());
    }
};

QTEST_GUILESS_MAIN(TestItemIds)
#include "tst_itemids.moc"
