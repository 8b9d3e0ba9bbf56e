// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardtesthelpers.h"
#include "samplesessions.h"

#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/fishbonecarditem.h"
#include "board/fishbonescene.h"
#include "board/fishboneview.h"
#include "document/sessiondocument.h"

#include <QCoreApplication>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

namespace {

// Problem c1; c2 explains it, c3 explains c2, c4 explains c3; c2 and c3 "change", c4 "process".
Session categorisedChain()
{
    Session session = Test::chainSession(3);
    session.cards[1].category = QStringLiteral("change");
    session.cards[2].category = QStringLiteral("change");
    session.cards[3].category = QStringLiteral("process");
    return session;
}

} // namespace

// The fishbone page edits the same document as the board, with the board's commands.
class TestFishboneView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingTextIsOneUndoStepAndShowsOnTheBoard();
    void doubleClickEditsAndEscapeChangesNothing();
    void movingToAnotherBoneChangesTheCategoryAndUndoes();
    void draggingOntoAnotherBoneChangesTheCategory();
    void keysWalkTheCards();
    void emptyStatesSayWhatToDo();
    void readOnlyRefusesEditing();
};

void TestFishboneView::typingTextIsOneUndoStepAndShowsOnTheBoard()
{
    Test::BoardHarness board(categorisedChain());
    FishboneView view;
    view.setDocument(board.document());
    view.resize(1200, 800);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QUndoStack *stack = board.document()->undoStack();
    const int before = stack->count();
    const QString original = board.document()->session().card(QStringLiteral("c3"))->text;

    view.setCurrentCard(QStringLiteral("c3"));
    QTest::keyClick(&view, Qt::Key_F2);
    QVERIFY(view.isEditing());
    QTest::keyClicks(&view, QStringLiteral(" again"));
    QTest::keyClick(&view, Qt::Key_Return);
    QVERIFY(!view.isEditing());

    const QString edited = original + QStringLiteral(" again");
    QCOMPARE(board.document()->session().card(QStringLiteral("c3"))->text, edited);
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(board.scene()->cardItem(QStringLiteral("c3"))->card().text, edited);
    QVERIFY2(Test::boardMismatch(*board.scene()).isEmpty(), qPrintable(Test::boardMismatch(*board.scene())));
    const FishboneLayout &layout = view.fishboneScene()->layout();
    QCOMPARE(layout.cards.at(layout.indexOfCard(QStringLiteral("c3"))).lines.join(QLatin1Char(' ')), edited);
    QCOMPARE(view.currentCardId(), QStringLiteral("c3"));

    stack->undo();
    QCOMPARE(board.document()->session().card(QStringLiteral("c3"))->text, original);
    const FishboneLayout &undone = view.fishboneScene()->layout();
    QCOMPARE(undone.cards.at(undone.indexOfCard(QStringLiteral("c3"))).lines.join(QLatin1Char(' ')), original);
}

void TestFishboneView::doubleClickEditsAndEscapeChangesNothing()
{
    Test::BoardHarness board(categorisedChain());
    FishboneView view;
    view.setDocument(board.document());
    view.resize(1200, 800);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    const int before = board.document()->undoStack()->count();
    const QRectF rect = view.fishboneScene()->cardItem(QStringLiteral("c4"))->rect();
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(rect.center()));
    QVERIFY(view.isEditing());
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!view.isEditing());
    QCOMPARE(board.document()->undoStack()->count(), before);
    QCOMPARE(view.currentCardId(), QStringLiteral("c4"));
}

void TestFishboneView::movingToAnotherBoneChangesTheCategoryAndUndoes()
{
    Test::BoardHarness board(categorisedChain());
    FishboneView view;
    view.setDocument(board.document());
    view.resize(1200, 800);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QUndoStack *stack = board.document()->undoStack();
    const int before = stack->count();

    // The library's order: change, capacity, ...: the next bone for a "change" card is capacity.
    view.setCurrentCard(QStringLiteral("c3"));
    QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(board.document()->session().card(QStringLiteral("c3"))->category, QStringLiteral("capacity"));
    QCOMPARE(stack->count(), before + 1);
    const FishboneLayout &layout = view.fishboneScene()->layout();
    QCOMPARE(layout.bones.size(), 3);
    QCOMPARE(layout.bones.at(layout.cards.at(layout.indexOfCard(QStringLiteral("c3"))).bone).category,
             QStringLiteral("capacity"));
    QCOMPARE(view.currentCardId(), QStringLiteral("c3"));

    stack->undo();
    QCOMPARE(board.document()->session().card(QStringLiteral("c3"))->category, QStringLiteral("change"));
    const FishboneLayout &undone = view.fishboneScene()->layout();
    QCOMPARE(undone.bones.size(), 2);
    QCOMPARE(undone.cards.at(undone.indexOfCard(QStringLiteral("c3"))).bone, 0);
}

void TestFishboneView::draggingOntoAnotherBoneChangesTheCategory()
{
    Test::BoardHarness board(categorisedChain());
    FishboneView view;
    view.setDocument(board.document());
    view.resize(1400, 900);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    const FishboneLayout &layout = view.fishboneScene()->layout();
    const QRectF card = layout.cards.at(layout.indexOfCard(QStringLiteral("c2"))).rect;
    const int processBone = layout.cards.at(layout.indexOfCard(QStringLiteral("c4"))).bone;
    const QPointF target = layout.bones.at(processBone).extent.center();
    const QPoint from = view.mapFromScene(card.center());
    const QPoint to = view.mapFromScene(target);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(view.viewport(), from + (to - from) * i / 10);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
    QCoreApplication::processEvents(); // the drop is handled after the release event
    QCOMPARE(board.document()->session().card(QStringLiteral("c2"))->category, QStringLiteral("process"));
}

void TestFishboneView::keysWalkTheCards()
{
    Test::BoardHarness board(categorisedChain());
    FishboneView view;
    view.setDocument(board.document());
    view.resize(1200, 800);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    // The change bone holds c2 with c3 on its rib; the process bone c4.
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentCardId(), QStringLiteral("c2"));
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentCardId(), QStringLiteral("c3"));
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentCardId(), QStringLiteral("c4"));
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.currentCardId(), QStringLiteral("c2"));
    QTest::keyClick(&view, Qt::Key_Tab);
    QCOMPARE(view.currentCardId(), QStringLiteral("c3"));
    QTest::keyClick(&view, Qt::Key_Tab);
    QCOMPARE(view.currentCardId(), QStringLiteral("c4"));
    QTest::keyClick(&view, Qt::Key_Backtab);
    QCOMPARE(view.currentCardId(), QStringLiteral("c3"));
}

void TestFishboneView::emptyStatesSayWhatToDo()
{
    FishboneView view;
    QVERIFY(view.emptyText().contains(QStringLiteral("No session")));
    SessionDocument problemOnly(Test::chainSession(0));
    view.setDocument(&problemOnly);
    QVERIFY(view.emptyText().contains(QStringLiteral("No causes yet")));
    QVERIFY(view.fishboneScene()->layout().bones.isEmpty());
    QVERIFY(!view.fishboneScene()->layout().head.isEmpty());
    SessionDocument chain(categorisedChain());
    view.setDocument(&chain);
    QCOMPARE(view.emptyText(), QString());
    view.setDocument(nullptr);
    QVERIFY(view.emptyText().contains(QStringLiteral("No session")));
}

void TestFishboneView::readOnlyRefusesEditing()
{
    SessionDocument document(categorisedChain());
    document.setReadOnly(true);
    FishboneView view;
    view.setDocument(&document);
    view.setCurrentCard(QStringLiteral("c2"));
    view.editCard(QStringLiteral("c2"));
    QVERIFY(!view.isEditing());
    view.moveCardToNeighbourBone(QStringLiteral("c2"), 1);
    QCOMPARE(document.session().card(QStringLiteral("c2"))->category, QStringLiteral("change"));
}

QTEST_MAIN(TestFishboneView)
#include "tst_fishboneview.moc"
