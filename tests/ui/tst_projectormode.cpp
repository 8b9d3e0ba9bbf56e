#include "analysis/meetingtimer.h"
#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "document/sessiondocument.h"
#include "facilitationsessions.h"
#include "ui/facilitationmenu.h"
#include "ui/mainwindow.h"
#include "ui/meetingtimerwidget.h"
#include "ui/projectormode.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;

namespace {

// A chain p <- w1 <- w2 <- w3, a side root x explaining p, and a participant named in w2.
Session projectedSession()
{
    Session s = chain(3);
    s.cards.append(card("x", "The runbook was missing", {400, 150}));
    s.links.append(link("x", "p"));
    s.cards[2].text = QStringLiteral("Alice Moreau ran the cleanup script; alice had admin rights");
    Participant alice;
    alice.id = QStringLiteral("u1");
    alice.name = QStringLiteral("Alice Moreau");
    s.participants.append(alice);
    return s;
}

// A window as the main window would have it: menu with a shortcut, a dock, the board.
struct Harness
{
    Harness()
        : document(projectedSession())
        , scene(&document)
        , timer([this] { return now; })
    {
        view = new BoardView(&window);
        view->setBoardScene(&scene);
        window.setCentralWidget(view);
        QMenu *menu = window.menuBar()->addMenu(QStringLiteral("Board"));
        shortcut = menu->addAction(QStringLiteral("Something"));
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
        dock = new QDockWidget(QStringLiteral("Panel"), &window);
        dock->setObjectName(QStringLiteral("panel"));
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.statusBar()->showMessage(QStringLiteral("ready"));
        window.resize(1200, 800);
        projector = new ProjectorMode(&window, view, &timer, &window);
    }

    qint64 now = 0;
    QMainWindow window;
    SessionDocument document;
    BoardScene scene;
    MeetingTimer timer;
    BoardView *view = nullptr;
    QAction *shortcut = nullptr;
    QDockWidget *dock = nullptr;
    ProjectorMode *projector = nullptr;
};

} // namespace

class TestProjectorMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void entersAndLeavesWithEverythingPutBack();
    void shortcutsKeepWorking();
    void escapeEndsEditingBeforeLeaving();
    void currentPathIsEmphasised();
    void hideNamesChangesTheScreenOnly();
    void editingWithNamesHiddenKeepsTheNames();
    void mainWindowHasTheFacilitationMenu();
};

void TestProjectorMode::entersAndLeavesWithEverythingPutBack()
{
    Harness h;
    h.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.window));
    QCOMPARE(h.scene.theme().kind, BoardTheme::Kind::Light);

    QSignalSpy active(h.projector, &ProjectorMode::activeChanged);
    h.projector->enter();
    QVERIFY(h.projector->isActive());
    QVERIFY(h.window.isFullScreen());
    QVERIFY(!h.window.menuBar()->isVisible());
    QVERIFY(!h.window.statusBar()->isVisible());
    QVERIFY(!h.dock->isVisible());
    QCOMPARE(h.scene.theme().kind, BoardTheme::Kind::Projector);
    QVERIFY(h.projector->timerWidget()->isVisible());
    h.now += 60 * 1000;
    h.timer.start();
    h.now += 90 * 1000;
    h.timer.refresh();
    QCOMPARE(h.projector->timerWidget()->remainingText(), QStringLiteral("13:30 left"));

    h.view->setFocus();
    QTest::keyClick(h.view, Qt::Key_Escape);
    QVERIFY(!h.projector->isActive());
    QVERIFY(!h.window.isFullScreen());
    QVERIFY(h.window.menuBar()->isVisible());
    QVERIFY(h.window.statusBar()->isVisible());
    QVERIFY(h.dock->isVisible());
    QCOMPARE(h.scene.theme().kind, BoardTheme::Kind::Light);
    QVERIFY(!h.projector->timerWidget()->isVisible());
    QCOMPARE(active.size(), 2);
}

void TestProjectorMode::shortcutsKeepWorking()
{
    Harness h;
    QSignalSpy triggered(h.shortcut, &QAction::triggered);
    h.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&h.window));
    h.projector->enter();
    QVERIFY(!h.window.menuBar()->isVisible());
    h.view->setFocus();
    QTest::keyClick(h.view, Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(triggered.size(), 1);
    h.projector->leave();
    QTest::keyClick(h.view, Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(triggered.size(), 2);
}

void TestProjectorMode::escapeEndsEditingBeforeLeaving()
{
    Harness h;
    h.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&h.window));
    h.projector->enter();
    h.view->setFocus();
    h.scene.editor()->editCard(QStringLiteral("w1"));
    QVERIFY(h.scene.editor()->isEditing());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!h.scene.editor()->isEditing());
    QVERIFY(h.projector->isActive());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!h.projector->isActive());
}

void TestProjectorMode::currentPathIsEmphasised()
{
    Harness h;
    h.window.show();
    h.projector->enter();
    h.scene.selectCards({QStringLiteral("w2")});
    QTRY_COMPARE(h.projector->emphasisedPath(), (QStringList{"w3", "w2", "w1", "p"}));
    QCOMPARE(h.scene.cardItem("w3")->opacity(), 1.0);
    QVERIFY(h.scene.cardItem("x")->opacity() < 0.5);
    h.projector->leave();
    QCOMPARE(h.scene.cardItem("x")->opacity(), 1.0);
}

void TestProjectorMode::hideNamesChangesTheScreenOnly()
{
    Harness h;
    const QString real = h.document.session().card("w2")->text;
    h.projector->setNamesHidden(true);
    QVERIFY(h.scene.namesHidden());
    QCOMPARE(h.scene.cardItem("w2")->shownText(), QStringLiteral("Person A ran the cleanup script; Person A had admin rights"));
    // A filter when painting: the item reads the real text through to the document.
    QCOMPARE(h.scene.cardItem("w2")->card().text, real);
    QCOMPARE(h.document.session().card("w2")->text, real);
    h.projector->setNamesHidden(false);
    QCOMPARE(h.scene.cardItem("w2")->shownText(), real);
}

void TestProjectorMode::editingWithNamesHiddenKeepsTheNames()
{
    Harness h;
    h.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.window));
    const QString real = h.document.session().card("w2")->text;
    h.projector->setNamesHidden(true);
    h.scene.editor()->editCard(QStringLiteral("w2"), QStringLiteral("!"));
    QCOMPARE(h.scene.cardItem("w2")->editedText(), real + QStringLiteral("!"));
    h.scene.editor()->finishEditing();
    QCOMPARE(h.document.session().card("w2")->text, real + QStringLiteral("!"));
    // Once saved, the screen hides the names again.
    QVERIFY(h.scene.cardItem("w2")->shownText().startsWith(QStringLiteral("Person A")));
}

void TestProjectorMode::mainWindowHasTheFacilitationMenu()
{
    MainWindow window;
    auto *facilitation = window.findChild<FacilitationMenu *>();
    QVERIFY(facilitation);
    QVERIFY(window.menuBar()->actions().contains(facilitation->menu()->menuAction()));
    QCOMPARE(facilitation->projectorAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(facilitation->projectorAction()->isCheckable());
    QVERIFY(facilitation->hideNamesAction()->isCheckable());
    QVERIFY(!facilitation->readBackAction()->isEnabled()); // no session open
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("checksDock")));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("actionBalanceDock")));
}

QTEST_MAIN(TestProjectorMode)
#include "tst_projectormode.moc"
