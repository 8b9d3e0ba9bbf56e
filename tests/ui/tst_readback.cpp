// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardscene.h"
#include "board/linkitem.h"
#include "document/sessiondocument.h"
#include "facilitationsessions.h"
#include "ui/readbackview.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;

namespace {

// p <- a, p <- b, a <- s, b <- s, s <- r, b <- z: the root r reaches the problem twice
// through the shared cause s.
Session sharedCauseDag()
{
    Session s;
    s.cards = {card("p", "Users could not post", {300, 0}, CardKind::Problem), card("a", "The app was gone", {100, 150}),
               card("b", "Support had no runbook", {500, 150}), card("s", "Nobody owned the portal.", {300, 300}),
               card("r", "Ownership was never assigned", {300, 450}), card("z", "The path was not written down", {700, 300})};
    s.links = {link("a", "p"), link("b", "p"), link("s", "b"), link("s", "a"), link("r", "s"), link("z", "b")};
    return s;
}

QStringList stepsOf(const ReadBackView &view)
{
    QStringList steps;
    for (const ReadBackView::Step &step : view.steps())
        steps.append(step.causeId + QLatin1String(">") + step.effectId);
    return steps;
}

ReadBackVerdict verdictOf(const SessionDocument &doc, const QString &cause, const QString &effect)
{
    return doc.session().links.at(doc.session().indexOfLink(cause, effect)).verdict;
}

} // namespace

class TestReadBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksEveryRouteFromEachRootInOrder();
    void keysMarkAndMove();
    void verdictsAreUndoableAndShowOnTheBoard();
    void emptyChainSaysSo();
};

void TestReadBack::walksEveryRouteFromEachRootInOrder()
{
    SessionDocument doc(sharedCauseDag());
    QWidget window;
    ReadBackView view(&window);
    view.setDocument(&doc);
    const QStringList expected{"r>s", "s>a", "a>p", "r>s", "s>b", "b>p", "z>b", "b>p"};
    QCOMPARE(stepsOf(view), expected);
    QCOMPARE(view.currentSentence(), QStringLiteral("Ownership was never assigned, therefore Nobody owned the portal."));
}

void TestReadBack::keysMarkAndMove()
{
    SessionDocument doc(sharedCauseDag());
    QWidget window;
    window.resize(1280, 800);
    window.show();
    ReadBackView view(&window);
    view.setDocument(&doc);
    view.open();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(view.geometry(), window.rect()); // covers the whole window

    QTest::keyClick(&view, Qt::Key_H); // r -> s holds, on to s -> a
    QCOMPARE(verdictOf(doc, "r", "s"), ReadBackVerdict::Holds);
    QCOMPARE(view.currentIndex(), 1);
    QTest::keyClick(&view, Qt::Key_N); // s -> a does not hold
    QCOMPARE(verdictOf(doc, "s", "a"), ReadBackVerdict::DoesNotHold);
    QCOMPARE(view.currentIndex(), 2);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.currentIndex(), 1);
    QCOMPARE(view.currentVerdict(), ReadBackVerdict::DoesNotHold);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(view.currentIndex(), 3);
    QCOMPARE(verdictOf(doc, "a", "p"), ReadBackVerdict::NotChecked); // moving on decides nothing

    // The second route shares r -> s: already decided there.
    QCOMPARE(view.currentVerdict(), ReadBackVerdict::Holds);
    QTest::keyClick(&view, Qt::Key_H); // the same verdict again is no new undo step
    QCOMPARE(doc.undoStack()->count(), 2);

    QSignalSpy closed(&view, &ReadBackView::closed);
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!view.isVisible());
    QCOMPARE(closed.size(), 1);
}

void TestReadBack::verdictsAreUndoableAndShowOnTheBoard()
{
    SessionDocument doc(sharedCauseDag());
    BoardScene scene(&doc);
    QWidget window;
    ReadBackView view(&window);
    view.setDocument(&doc);
    view.setBoardScene(&scene);
    view.setCurrentIndex(1);
    view.markDoesNotHold();
    QCOMPARE(scene.linkItem("s", "a")->verdict(), ReadBackVerdict::DoesNotHold);
    doc.undoStack()->undo();
    QCOMPARE(verdictOf(doc, "s", "a"), ReadBackVerdict::NotChecked);
    QCOMPARE(scene.linkItem("s", "a")->verdict(), ReadBackVerdict::NotChecked);
    doc.undoStack()->redo();
    QCOMPARE(scene.linkItem("s", "a")->verdict(), ReadBackVerdict::DoesNotHold);
}

void TestReadBack::emptyChainSaysSo()
{
    SessionDocument doc(chain(0));
    QWidget window;
    ReadBackView view(&window);
    view.setDocument(&doc);
    QVERIFY(view.steps().isEmpty());
    view.markHolds(); // nothing to mark, nothing pushed
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(view.currentSentence().isEmpty());
}

QTEST_MAIN(TestReadBack)
#include "tst_readback.moc"
