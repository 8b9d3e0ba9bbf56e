// SPDX-License-Identifier: GPL-3.0-or-later
// What a facilitator does with mouse and keyboard on the view, checked in the document.
#include "board/boardactions.h"
#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/linkitem.h"
#include "boardtesthelpers.h"
#include "document/sessiondocument.h"
#include "samplesessions.h"
#include "storage/library.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

namespace {

void drag(QWidget *viewport, const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    const int steps = 8;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / steps);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
}

// The texts from the problem down the first cause of each card.
QStringList chainTexts(const Session &session)
{
    QStringList texts;
    QString current = session.problemCard()->id;
    for (;;) {
        const QStringList causes = session.causesOf(current);
        if (causes.isEmpty())
            return texts;
        current = causes.first();
        texts.append(session.card(current)->text);
    }
}

// A library file holding the session, so a test can check what reached the disk.
struct StoredSession
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library;
    Session session;

    explicit StoredSession(const Session &original)
    {
        library = Library::open(dir.filePath(QStringLiteral("board.whyboard")), Library::OpenMode::CreateIfMissing);
        if (!library)
            return;
        const SessionId id = library->insertSession(original);
        session = library->loadSession(id).value_or(Session());
    }
    Session stored() const { return library->loadSession(session.id).value_or(Session()); }
};

} // namespace

class TestBoardInteraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draggingACardMovesItAndOneUndoPutsItBack();
    void draggingSeveralSelectedCardsIsOneStep();
    void snapToGridRoundsTheDrop();
    void readOnlyCardsDoNotMove();
    void keyboardBuildsAFiveDeepChain();
    void typedTextIsSavedAtEachKeystroke();
    void textChangedElsewhereWhileTypingIsShown();
    void ctrlEnterAddsASiblingCause();
    void escapeEndsEditingAndKeepsTheText();
    void arrowsAndTabFollowTheCardsWhereTheyAre();
    void deleteKeyRemovesAndUndoRestores();
    void draggingFromTheHandleLinksCards();
    void draggingFromTheHandleIntoACycleIsRefused();
    void shiftDragOnTheBackgroundSelectsWithARubberBand();
    void draggingTheBackgroundPans();
    void linkModeLinksTheTwoClickedCards();
    void zoomAndFit();
    void actionsHaveShortcutsAndFollowSelection();
};

void TestBoardInteraction::draggingACardMovesItAndOneUndoPutsItBack()
{
    StoredSession stored(Test::chainSession(2));
    QVERIFY(stored.library);
    Test::BoardHarness board(stored.session);
    stored.library->attach(board.document());
    const QPointF before = board.document()->session().card(QStringLiteral("c3"))->position;
    const QPoint from = board.viewportPointOf(QStringLiteral("c3"), QPointF(0.3, 0.6));
    drag(board.view()->viewport(), from, from + QPoint(150, 60));

    const QPointF after = board.document()->session().card(QStringLiteral("c3"))->position;
    const qreal zoom = board.view()->zoom();
    QCOMPARE(after, before + QPointF(150 / zoom, 60 / zoom));
    QCOMPARE(board.scene()->cardItem(QStringLiteral("c3"))->pos(), after);
    QCOMPARE(board.document()->undoStack()->count(), 1);
    QCOMPARE(stored.stored().card(QStringLiteral("c3"))->position, after);

    board.document()->undoStack()->undo();
    QCOMPARE(board.document()->session().card(QStringLiteral("c3"))->position, before);
    QCOMPARE(board.scene()->cardItem(QStringLiteral("c3"))->pos(), before);
    QCOMPARE(stored.stored().card(QStringLiteral("c3"))->position, before);
    stored.library->detach(board.document());
}

void TestBoardInteraction::draggingSeveralSelectedCardsIsOneStep()
{
    Test::BoardHarness board(Test::chainSession(3));
    board.scene()->selectCards({QStringLiteral("c3"), QStringLiteral("c4")});
    const QPointF c3 = board.document()->session().card(QStringLiteral("c3"))->position;
    const QPointF c4 = board.document()->session().card(QStringLiteral("c4"))->position;
    const QPoint from = board.viewportPointOf(QStringLiteral("c4"), QPointF(0.4, 0.6));
    drag(board.view()->viewport(), from, from + QPoint(-80, 40));

    const QPointF delta = board.document()->session().card(QStringLiteral("c4"))->position - c4;
    QVERIFY(!delta.isNull());
    QCOMPARE(board.document()->session().card(QStringLiteral("c3"))->position, c3 + delta);
    QCOMPARE(board.document()->undoStack()->count(), 1);

    // A second drag of the same cards is a second step, not merged into the first.
    const QPoint again = board.viewportPointOf(QStringLiteral("c4"), QPointF(0.4, 0.6));
    drag(board.view()->viewport(), again, again + QPoint(30, 30));
    QCOMPARE(board.document()->undoStack()->count(), 2);
}

void TestBoardInteraction::snapToGridRoundsTheDrop()
{
    Test::BoardHarness board(Test::chainSession(1));
    board.scene()->setSnapToGrid(true);
    const QPoint from = board.viewportPointOf(QStringLiteral("c2"), QPointF(0.5, 0.6));
    drag(board.view()->viewport(), from, from + QPoint(37, 23));
    const QPointF position = board.document()->session().card(QStringLiteral("c2"))->position;
    const qreal grid = board.scene()->gridSize();
    QCOMPARE(std::fmod(position.x(), grid), 0.0);
    QCOMPARE(std::fmod(position.y(), grid), 0.0);
}

void TestBoardInteraction::readOnlyCardsDoNotMove()
{
    Test::BoardHarness board(Test::chainSession(1));
    board.document()->setReadOnly(true);
    const QPointF before = board.scene()->cardItem(QStringLiteral("c2"))->pos();
    const QPoint from = board.viewportPointOf(QStringLiteral("c2"), QPointF(0.5, 0.6));
    drag(board.view()->viewport(), from, from + QPoint(80, 80));
    QCOMPARE(board.scene()->cardItem(QStringLiteral("c2"))->pos(), before);
    board.scene()->selectCards({QStringLiteral("c2")});
    QTest::keyClick(board.view(), Qt::Key_Return);
    QCOMPARE(board.document()->session().cards.size(), 2);
    QVERIFY(!board.scene()->editor()->isEditing());
}

void TestBoardInteraction::keyboardBuildsAFiveDeepChain()
{
    Session session;
    Card problem;
    problem.id = QStringLiteral("p");
    problem.kind = CardKind::Problem;
    problem.text = QStringLiteral("Checkout failed for 20 minutes");
    session.cards.append(problem);
    StoredSession stored(session);
    QVERIFY(stored.library);
    Test::BoardHarness board(stored.session);
    stored.library->attach(board.document());
    // The keys reach the board as the actions' shortcuts, and only so.
    QSignalSpy triggered(board.actions()->addWhy(), &QAction::triggered);
    QWidget *view = board.view();

    QTest::keyClick(view, Qt::Key_Tab); // selects the problem, the only card
    QCOMPARE(board.scene()->selectedCardIds(), QStringList{QStringLiteral("p")});
    const QStringList answers{QStringLiteral("The payment service timed out"),
                              QStringLiteral("Its connection pool was exhausted"),
                              QStringLiteral("A retry loop held connections"),
                              QStringLiteral("The retry had no backoff"),
                              QStringLiteral("The client library default was used")};
    for (const QString &answer : answers) {
        QTest::keyClick(view, Qt::Key_Return); // a why under the selected card, in edit mode
        QVERIFY(board.scene()->editor()->isEditing());
        QTest::keyClicks(view, answer);
        QTest::keyClick(view, Qt::Key_Return); // ends editing; the new card stays selected
        QVERIFY(!board.scene()->editor()->isEditing());
    }
    QCOMPARE(chainTexts(board.document()->session()), answers);
    QCOMPARE(chainTexts(stored.stored()), answers);
    QCOMPARE(triggered.count(), int(answers.size()));
    stored.library->detach(board.document());
    QCOMPARE(board.scene()->cardItem(board.scene()->currentCardId())->depthLabel(), QStringLiteral("WHY 5"));
    QVERIFY(Test::overlappingCards(*board.scene()).isEmpty());
    QVERIFY2(Test::boardMismatch(*board.scene()).isEmpty(), qPrintable(Test::boardMismatch(*board.scene())));
}

void TestBoardInteraction::ctrlEnterAddsASiblingCause()
{
    Test::BoardHarness board(Test::chainSession(1));
    board.scene()->selectCards({QStringLiteral("c2")});
    QTest::keyClick(board.view(), Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClicks(board.view(), QStringLiteral("A second cause"));
    QTest::keyClick(board.view(), Qt::Key_Return);
    const QStringList causes = board.document()->session().causesOf(QStringLiteral("c1"));
    QCOMPARE(causes.size(), 2);
    QCOMPARE(board.document()->session().card(causes.last())->text, QStringLiteral("A second cause"));
}

void TestBoardInteraction::escapeEndsEditingAndKeepsTheText()
{
    Test::BoardHarness board(Test::chainSession(1));
    board.scene()->selectCards({QStringLiteral("c2")});
    QTest::keyClick(board.view(), Qt::Key_F2);
    QVERIFY(board.scene()->editor()->isEditing());
    QTest::keyClicks(board.view(), QStringLiteral(" indeed"));
    QTest::keyClick(board.view(), Qt::Key_Escape);
    QVERIFY(!board.scene()->editor()->isEditing());
    QCOMPARE(board.document()->session().card(QStringLiteral("c2"))->text, QStringLiteral("Why 1 indeed"));
    // Typing on a selected card starts editing with what was typed.
    QTest::keyClicks(board.view(), QStringLiteral("!"));
    QVERIFY(board.scene()->editor()->isEditing());
    QTest::keyClick(board.view(), Qt::Key_Return);
    QCOMPARE(board.document()->session().card(QStringLiteral("c2"))->text, QStringLiteral("Why 1 indeed!"));
    board.document()->undoStack()->undo();
    QCOMPARE(board.document()->session().card(QStringLiteral("c2"))->text, QStringLiteral("Why 1 indeed"));
}

void TestBoardInteraction::typedTextIsSavedAtEachKeystroke()
{
    StoredSession stored(Test::chainSession(1));
    QVERIFY(stored.library);
    Test::BoardHarness board(stored.session);
    stored.library->attach(board.document());
    const QString c2 = QStringLiteral("c2");
    const QString original = board.document()->session().card(c2)->text;
    board.scene()->selectCards({c2});
    QTest::keyClick(board.view(), Qt::Key_F2);
    QVERIFY(board.scene()->editor()->isEditing());
    const QString typed = QStringLiteral(", on Friday");
    for (int i = 0; i < typed.size(); ++i) {
        QTest::keyClick(board.view(), typed.at(i).toLatin1());
        // Before the next event-loop turn: a crash now would lose nothing.
        const QString expected = original + typed.left(i + 1);
        QCOMPARE(board.document()->session().card(c2)->text, expected);
        QCOMPARE(stored.stored().card(c2)->text, expected);
        QCOMPARE(board.scene()->cardItem(c2)->editedText(), expected); // the echo left the cursor alone
    }
    QTest::keyClicks(board.view(), QStringLiteral("!"));
    QCOMPARE(board.scene()->cardItem(c2)->editedText(), original + typed + QStringLiteral("!"));
    QTest::keyClick(board.view(), Qt::Key_Return); // ends the run
    QVERIFY(!board.scene()->editor()->isEditing());
    QCOMPARE(board.document()->undoStack()->count(), 1);
    board.document()->undoStack()->undo(); // one undo takes back the whole run
    QCOMPARE(board.document()->session().card(c2)->text, original);
    QCOMPARE(stored.stored().card(c2)->text, original);
    stored.library->detach(board.document());
}

void TestBoardInteraction::textChangedElsewhereWhileTypingIsShown()
{
    Test::BoardHarness board(Test::chainSession(1));
    const QString c2 = QStringLiteral("c2");
    board.scene()->selectCards({c2});
    QTest::keyClick(board.view(), Qt::Key_F2);
    QTest::keyClicks(board.view(), QStringLiteral("abc"));
    board.document()->undoStack()->undo(); // e.g. Edit > Undo while the card is open
    QCOMPARE(board.scene()->cardItem(c2)->editedText(), QStringLiteral("Why 1"));
    QTest::keyClicks(board.view(), QStringLiteral("d"));
    QCOMPARE(board.document()->session().card(c2)->text, QStringLiteral("Why 1d"));
}

void TestBoardInteraction::arrowsAndTabFollowTheCardsWhereTheyAre()
{
    Test::BoardHarness board(Test::chainSession(2)); // c1 on top, c2 below, c3 below that
    board.scene()->selectCards({QStringLiteral("c1")});
    QTest::keyClick(board.view(), Qt::Key_Down);
    QCOMPARE(board.scene()->currentCardId(), QStringLiteral("c2"));
    QTest::keyClick(board.view(), Qt::Key_Tab);
    QCOMPARE(board.scene()->currentCardId(), QStringLiteral("c3"));

    // Move c3 above the problem: Up from c1 now reaches it, and it reads first.
    board.scene()->editor()->moveCards({{QStringLiteral("c3"), QPointF(0, -600)}});
    board.scene()->selectCards({QStringLiteral("c1")});
    QTest::keyClick(board.view(), Qt::Key_Up);
    QCOMPARE(board.scene()->currentCardId(), QStringLiteral("c3"));
    QTest::keyClick(board.view(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(board.scene()->currentCardId(), QStringLiteral("c2")); // wraps to the last in reading order
}

void TestBoardInteraction::deleteKeyRemovesAndUndoRestores()
{
    Test::BoardHarness board(Test::chainSession(2));
    board.scene()->selectCards({QStringLiteral("c3")});
    QTest::keyClick(board.view(), Qt::Key_Delete);
    QVERIFY(!board.document()->session().card(QStringLiteral("c3")));
    board.document()->undoStack()->undo();
    QVERIFY(board.document()->session().card(QStringLiteral("c3")));
    QVERIFY(board.scene()->cardItem(QStringLiteral("c3")));
}

void TestBoardInteraction::draggingFromTheHandleLinksCards()
{
    Session session = Test::chainSession(2);
    Card extra;
    extra.id = QStringLiteral("c9");
    extra.text = QStringLiteral("Also a cause");
    extra.position = QPointF(500, 320);
    session.cards.append(extra);
    session.links.append({QStringLiteral("c9"), QStringLiteral("c1"), ReadBackVerdict::NotChecked});
    Test::BoardHarness board(session);
    board.scene()->selectCards({QStringLiteral("c9")}); // shows its handle
    drag(board.view()->viewport(), board.viewportPointOf(QStringLiteral("c9"), QPointF(0.5, 0)),
         board.viewportPointOf(QStringLiteral("c2")));
    QVERIFY(board.document()->session().indexOfLink(QStringLiteral("c9"), QStringLiteral("c2")) >= 0);
    QVERIFY(board.scene()->linkItem(QStringLiteral("c9"), QStringLiteral("c2")));
    QCOMPARE(board.scene()->cardItem(QStringLiteral("c9"))->pos(), QPointF(500, 320)); // did not move
}

void TestBoardInteraction::draggingFromTheHandleIntoACycleIsRefused()
{
    Test::BoardHarness board(Test::chainSession(2));
    const Session before = board.document()->session();
    board.scene()->selectCards({QStringLiteral("c2")});
    drag(board.view()->viewport(), board.viewportPointOf(QStringLiteral("c2"), QPointF(0.5, 0)),
         board.viewportPointOf(QStringLiteral("c3")));
    QCOMPARE(board.document()->session(), before);
    QCOMPARE(board.document()->undoStack()->count(), 0);
    QVERIFY(!board.view()->transientMessage().isEmpty());
}

void TestBoardInteraction::shiftDragOnTheBackgroundSelectsWithARubberBand()
{
    Test::BoardHarness board(Test::chainSession(2));
    const QPoint topLeft = board.viewportPointOf(QStringLiteral("c2"), QPointF(-0.2, 0.2));
    const QPoint bottomRight = board.viewportPointOf(QStringLiteral("c3"), QPointF(1.2, 0.8));
    drag(board.view()->viewport(), topLeft, bottomRight, Qt::ShiftModifier);
    QCOMPARE(board.scene()->selectedCardIds(), (QStringList{QStringLiteral("c2"), QStringLiteral("c3")}));
    QCOMPARE(board.document()->undoStack()->count(), 0); // nothing moved
}

void TestBoardInteraction::draggingTheBackgroundPans()
{
    Test::BoardHarness board(Test::chainSession(2));
    board.view()->setZoom(2.0);
    const QPoint empty = board.viewportPointOf(QStringLiteral("c2"), QPointF(-0.3, 0.5));
    const QPointF sceneBefore = board.view()->mapToScene(empty);
    drag(board.view()->viewport(), empty, empty + QPoint(60, 40));
    const QPointF sceneAfter = board.view()->mapToScene(empty + QPoint(60, 40));
    QVERIFY(QLineF(sceneBefore, sceneAfter).length() < 2); // the board followed the hand
    QCOMPARE(board.document()->undoStack()->count(), 0);
}

void TestBoardInteraction::linkModeLinksTheTwoClickedCards()
{
    Session session = Test::chainSession(2);
    Card extra;
    extra.id = QStringLiteral("c9");
    extra.text = QStringLiteral("Also a cause");
    extra.position = QPointF(500, 320);
    session.cards.append(extra);
    session.links.append({QStringLiteral("c9"), QStringLiteral("c1"), ReadBackVerdict::NotChecked});
    Test::BoardHarness board(session);
    board.view()->setLinkMode(true);
    QTest::mouseClick(board.view()->viewport(), Qt::LeftButton, {}, board.viewportPointOf(QStringLiteral("c9")));
    QTest::mouseClick(board.view()->viewport(), Qt::LeftButton, {}, board.viewportPointOf(QStringLiteral("c2")));
    QVERIFY(board.document()->session().indexOfLink(QStringLiteral("c9"), QStringLiteral("c2")) >= 0);
    QVERIFY(!board.view()->isLinkMode());
}

void TestBoardInteraction::zoomAndFit()
{
    Test::BoardHarness board(Test::chainSession(3));
    board.view()->setZoom(1.0);
    board.view()->zoomIn();
    QVERIFY(board.view()->zoom() > 1.0);
    board.view()->zoomOut();
    board.view()->zoomOut();
    QVERIFY(board.view()->zoom() < 1.0);
    board.view()->fitToView();
    const QRect visible = board.view()->mapFromScene(board.scene()->contentRect()).boundingRect();
    QVERIFY(board.view()->viewport()->rect().adjusted(-2, -2, 2, 2).contains(visible));
    board.scene()->selectCards({QStringLiteral("c4")});
    board.view()->zoomToSelection();
    QVERIFY(board.view()->viewport()->rect().contains(board.viewportPointOf(QStringLiteral("c4"))));
}

void TestBoardInteraction::actionsHaveShortcutsAndFollowSelection()
{
    Test::BoardHarness board(Test::chainSession(1));
    BoardActions &actions = *board.actions();
    QCOMPARE(actions.fitToView()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    QCOMPARE(actions.addWhy()->shortcut(), QKeySequence(Qt::Key_Return));
    QCOMPARE(actions.editCard()->shortcut(), QKeySequence(Qt::Key_F2));
    QVERIFY(actions.snapToGrid()->isCheckable());
    QVERIFY(actions.addWhy()->isEnabled()); // with nothing selected, Enter selects the problem
    QVERIFY(!actions.editCard()->isEnabled());
    board.scene()->selectCards({QStringLiteral("c1"), QStringLiteral("c2")});
    QVERIFY(!actions.addWhy()->isEnabled());
    board.scene()->selectCards({QStringLiteral("c2")});
    QVERIFY(actions.addWhy()->isEnabled());
    actions.snapToGrid()->trigger();
    QVERIFY(board.scene()->snapToGrid());
    actions.leftRight()->trigger();
    QCOMPARE(board.scene()->orientation(), Qt::Horizontal);
    actions.addWhy()->trigger();
    QCOMPARE(board.document()->session().causesOf(QStringLiteral("c2")).size(), 1);
    QVERIFY(board.scene()->editor()->isEditing());
    board.document()->setReadOnly(true);
    QVERIFY(!actions.addWhy()->isEnabled());
}

QTEST_MAIN(TestBoardInteraction)
#include "tst_boardinteraction.moc"
