// SPDX-License-Identifier: GPL-3.0-or-later
// The normal window is board-first: with a session open the board has most of the window, its
// text at fit is readable, and one key hides or brings back every panel.
#include "board/boardscene.h"
#include "board/boardview.h"
#include "offscreenscreens.h"
#include "storage/library.h"
#include "ui/mainwindow.h"
#include "ui/panelstoggle.h"

#include <QAction>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTest>

#include "windowtesthelpers.h"

using namespace Whyboard;

class TestBoardFirst : public QObject
{
    Q_OBJECT

public:
    static void initMain() { Test::useOffscreenScreens({QRect(0, 0, 1920, 1080)}); }

private Q_SLOTS:
    void initTestCase();
    void boardHasMostOfTheWindow();
    void oneKeyHidesAndShowsEveryPanel();
    void sideBarTabsShowTheirWholeTitles();

private:
    bool openExample(MainWindow &window);
    QList<QDockWidget *> docks(const MainWindow &window) const;

    QTemporaryDir m_dir;
};

void TestBoardFirst::initTestCase()
{
    Test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
}

bool TestBoardFirst::openExample(MainWindow &window)
{
    const QString path = m_dir.filePath(QStringLiteral("example.whyboard"));
    if (!QFile::exists(path) && Test::makeLibrary(path, {Test::exampleFixture(QStringLiteral("linkedin-app-deleted"))}).isEmpty())
        return false;
    if (!window.openLibrary(path))
        return false;
    window.showMaximized();
    return QTest::qWaitForWindowExposed(&window);
}

QList<QDockWidget *> TestBoardFirst::docks(const MainWindow &window) const
{
    return window.findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
}

// Maximised on 1920x1080 (measured before: the board had about 1180x640 and the text an
// x-height of about 6 px at fit): the board now has the window's height and most of its width,
// and the example's text at fit is at least 1.5 times what it was.
void TestBoardFirst::boardHasMostOfTheWindow()
{
    MainWindow window;
    QVERIFY(openExample(window));
    BoardView *view = window.boardView();
    QTRY_VERIFY(view->viewport()->width() > 0);
    QTest::qWait(50); // the fit queued on opening
    view->fitToView();
    const QSize board = view->viewport()->size();
    const QSize client = window.centralWidget()->window()->size();
    const qreal xHeight = QFontMetricsF(window.boardScene()->theme().textFont).xHeight() * view->transform().m11();
    qInfo("window %dx%d, board %dx%d, x-height at fit %.1f px", client.width(), client.height(), board.width(),
          board.height(), xHeight);
    // The side bar is as wide as its widest panel needs (the action items' row of buttons).
    QVERIFY2(board.width() >= client.width() * 0.6, qPrintable(QString::number(board.width())));
    QVERIFY2(board.height() >= client.height() * 0.85, qPrintable(QString::number(board.height())));
    QVERIFY2(xHeight >= 9.0, qPrintable(QStringLiteral("x-height %1 px").arg(xHeight, 0, 'f', 1)));
    for (QDockWidget *dock : docks(window)) {
        QVERIFY2(dock->isFloating() || window.dockWidgetArea(dock) == Qt::RightDockWidgetArea, qPrintable(dock->objectName()));
    }
}

void TestBoardFirst::oneKeyHidesAndShowsEveryPanel()
{
    MainWindow window;
    QVERIFY(openExample(window));
    auto *toggle = window.findChild<PanelsToggle *>();
    QVERIFY(toggle);
    QCOMPARE(toggle->action()->shortcut(), QKeySequence(Qt::Key_F9));
    QVERIFY(window.viewMenu()->actions().contains(toggle->action()));
    window.dock(QStringLiteral("undoDock"))->hide(); // a panel the user had closed stays closed
    const int boardWidth = window.boardView()->width();
    window.boardView()->setFocus();
    QTest::keyClick(window.boardView(), Qt::Key_F9);
    for (QDockWidget *dock : docks(window))
        QVERIFY2(dock->isHidden(), qPrintable(dock->objectName()));
    QVERIFY(!toggle->action()->isChecked());
    QTRY_VERIFY(window.boardView()->width() > boardWidth);
    QTest::keyClick(window.boardView(), Qt::Key_F9);
    QVERIFY(toggle->action()->isChecked());
    QVERIFY(!window.dock(QStringLiteral("timelineDock"))->isHidden());
    QVERIFY(!window.dock(QStringLiteral("sessionDock"))->isHidden());
    QVERIFY(window.dock(QStringLiteral("undoDock"))->isHidden());
}

// Six panels share a tab group: each tab reads in full ("Parking Lot", not "Parking …"), and
// the side bar is wide enough that none hides behind scroll arrows.
void TestBoardFirst::sideBarTabsShowTheirWholeTitles()
{
    MainWindow window;
    QVERIFY(openExample(window));
    const QList<QTabBar *> bars = window.findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly);
    int tabs = 0;
    for (QTabBar *bar : bars) {
        if (!bar->isVisible())
            continue;
        QCOMPARE(bar->elideMode(), Qt::ElideNone);
        int total = 0;
        for (int i = 0; i < bar->count(); ++i, ++tabs) {
            QVERIFY2(bar->tabRect(i).width() > bar->fontMetrics().horizontalAdvance(bar->tabText(i)), qPrintable(bar->tabText(i)));
            total += bar->tabRect(i).width();
        }
        QVERIFY2(total <= bar->width() + 1, qPrintable(QStringLiteral("%1 > %2").arg(total).arg(bar->width())));
    }
    QVERIFY(tabs >= 8);
}

QTEST_MAIN(TestBoardFirst)
#include "tst_boardfirst.moc"
