// SPDX-License-Identifier: GPL-3.0-or-later
// Select All and Find on the board itself: every card at once with Ctrl+A, a card being typed in
// keeping its own Ctrl+A, and the matches of a find in reading order, accents and case aside.
#include "board/boardactions.h"
#include "board/boardeditor.h"
#include "board/boardfind.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "boardtesthelpers.h"
#include "document/sessiondocument.h"
#include "samplesessions.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace Whyboard;

class TestBoardFind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrlASelectsEveryCard()
    {
        Test::BoardHarness board(Test::richSampleSession());
        board.view()->setFocus();
        board.scene()->selectCards({QStringLiteral("c2")});
        const qreal zoom = board.view()->zoom();
        QTest::keyClick(board.view(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(board.scene()->selectedCardIds().size(), 6);
        QCOMPARE(board.view()->zoom(), zoom);
        // Select All is in the board's edit actions (the Edit menu), with the platform's key.
        QVERIFY(board.actions()->editActions().contains(board.actions()->selectAll()));
        QCOMPARE(board.actions()->selectAll()->shortcut(), QKeySequence(QKeySequence::SelectAll));
        QVERIFY(board.actions()->editActions().contains(board.actions()->find()));
    }

    void ctrlAWhileTypingSelectsTheCardText()
    {
        Test::BoardHarness board(Test::chainSession(2));
        board.view()->setFocus();
        board.scene()->selectCards({QStringLiteral("c2")});
        QTest::keyClick(board.view(), Qt::Key_F2);
        QVERIFY(board.scene()->editor()->isEditing());
        QTest::keyClick(board.view(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(board.view(), QStringLiteral("Replaced"));
        QTest::keyClick(board.view(), Qt::Key_Return);
        QCOMPARE(board.document()->session().card(QStringLiteral("c2"))->text, QStringLiteral("Replaced"));
        QCOMPARE(board.scene()->selectedCardIds(), QStringList{QStringLiteral("c2")});
    }

    void findIgnoresCaseAndAccents()
    {
        Session session = Test::chainSession(3);
        session.cards[1].text = QStringLiteral("Le déploiement a échoué");
        session.cards[2].evidence = QStringLiteral("Journal des ÉVÉNEMENTS, ligne 12");
        session.cards[3].text = QStringLiteral("Straße gesperrt");
        Test::BoardHarness board(session);
        BoardFind *find = BoardFind::of(board.view());
        QCOMPARE(BoardFind::of(board.view()), find); // one per view
        find->setText(QStringLiteral("DEPLOIEMENT"));
        QCOMPARE(find->matches(), QStringList{session.cards[1].id});
        find->setText(QStringLiteral("evenements"));
        QCOMPARE(find->matches(), QStringList{session.cards[2].id}); // found in the evidence
        find->setText(QStringLiteral("STRASSE"));
        QCOMPARE(find->matches(), QStringList{session.cards[3].id}); // case folding: ß is ss
        find->setText(QStringLiteral("nothing like it"));
        QVERIFY(find->matches().isEmpty());
        QCOMPARE(find->currentIndex(), -1);
    }

    void hiddenNamesFindNothing()
    {
        // With names hidden for a recorded meeting, a find must not point at where a name stands.
        Session session = Test::chainSession(2);
        session.participants.append(Participant{QStringLiteral("p1"), QStringLiteral("Dana"), {}});
        session.cards[1].text = QStringLiteral("Dana restarted the primary");
        session.cards[2].evidence = QStringLiteral("Dana's shell history");
        Test::BoardHarness board(session);
        BoardFind *find = BoardFind::of(board.view());
        find->setText(QStringLiteral("dana"));
        QCOMPARE(find->matches(), (QStringList{session.cards[1].id, session.cards[2].id}));
        board.scene()->setNamesHidden(true);
        find->setText(QStringLiteral("dan"));
        QVERIFY(find->matches().isEmpty());
        find->setText(QStringLiteral("restarted")); // the rest of the card is still found
        QCOMPARE(find->matches(), QStringList{session.cards[1].id});
    }

    void matchesGoRoundInReadingOrderAtTheSameZoom()
    {
        Test::BoardHarness board(Test::richSampleSession(), QSize(700, 500));
        board.view()->setZoom(1.6);
        BoardFind *find = BoardFind::of(board.view());
        QSignalSpy results(find, &BoardFind::resultChanged);
        // "page" is in c1's evidence ("Status page"), c3 ("paged") and c6 ("pager").
        find->setText(QStringLiteral("page"));
        const QStringList expected{QStringLiteral("c1"), QStringLiteral("c3"), QStringLiteral("c6")};
        QCOMPARE(find->matches(), expected);
        QCOMPARE(find->currentIndex(), 0);
        QCOMPARE(board.scene()->selectedCardIds(), QStringList{QStringLiteral("c1")});
        for (const QString &id : {QStringLiteral("c3"), QStringLiteral("c6"), QStringLiteral("c1")}) {
            find->next();
            QCOMPARE(board.scene()->selectedCardIds(), QStringList{id});
            const QRect onScreen = board.view()->mapFromScene(board.scene()->cardItem(id)->sceneBoundingRect()).boundingRect();
            QVERIFY2(board.view()->viewport()->rect().intersects(onScreen), qPrintable(id));
        }
        find->previous();
        QCOMPARE(find->currentCardId(), QStringLiteral("c6"));
        QCOMPARE(board.view()->zoom(), 1.6);
        QVERIFY(results.size() >= 5);
    }

    void matchesFollowEdits()
    {
        Test::BoardHarness board(Test::richSampleSession());
        BoardFind *find = BoardFind::of(board.view());
        find->setText(QStringLiteral("rota"));
        QCOMPARE(find->matches(), QStringList{QStringLiteral("c6")});
        board.view()->setFocus();
        board.scene()->selectCards({QStringLiteral("c2")});
        QTest::keyClick(board.view(), Qt::Key_F2);
        QTest::keyClick(board.view(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(board.view(), QStringLiteral(" (rota)"));
        QTest::keyClick(board.view(), Qt::Key_Return);
        QCOMPARE(find->matches(), (QStringList{QStringLiteral("c2"), QStringLiteral("c6")}));
    }
};

QTEST_MAIN(TestBoardFind)
#include "tst_boardfind.moc"
