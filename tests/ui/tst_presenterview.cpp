// SPDX-License-Identifier: GPL-3.0-or-later
// Two screens: projector mode puts the board full screen on the second one while the laptop's
// window keeps its panels and the timer's controls.
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "document/sessiondocument.h"
#include "offscreenscreens.h"
#include "storage/library.h"
#include "ui/audiencescreen.h"
#include "ui/facilitationmenu.h"
#include "ui/mainwindow.h"
#include "ui/meetingtimerwidget.h"
#include "ui/projectormode.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "windowtesthelpers.h"

using namespace Whyboard;

namespace {

const QRect laptop(0, 0, 1920, 1080);
const QRect projector(1920, 0, 1920, 1080);

QStringList cardsOutside(const BoardView *view)
{
    QStringList outside;
    for (const CardItem *card : view->boardScene()->cardItems()) {
        if (!view->viewport()->rect().contains(view->mapFromScene(card->sceneCardRect()).boundingRect()))
            outside << card->cardId();
    }
    return outside;
}

} // namespace

class TestPresenterView : public QObject
{
    Q_OBJECT

public:
    static void initMain() { Test::useOffscreenScreens({laptop, projector}); }

private Q_SLOTS:
    void initTestCase();
    void boardGoesToTheSecondScreen();
    void oneScreenKeepsTheSingleScreenMode();

private:
    bool openExample(MainWindow &window);
    QTemporaryDir m_dir;
};

void TestPresenterView::initTestCase()
{
    Test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    QCOMPARE(QGuiApplication::screens().size(), 2);
}

bool TestPresenterView::openExample(MainWindow &window)
{
    const QString path = m_dir.filePath(QStringLiteral("example.whyboard"));
    if (!QFile::exists(path) && Test::makeLibrary(path, {Test::exampleFixture(QStringLiteral("linkedin-app-deleted"))}).isEmpty())
        return false;
    if (!window.openLibrary(path))
        return false;
    window.setScreen(QGuiApplication::screens().first());
    window.setGeometry(laptop.adjusted(0, 0, -100, -100));
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

void TestPresenterView::boardGoesToTheSecondScreen()
{
    MainWindow window;
    QVERIFY(openExample(window));
    auto *facilitation = window.findChild<FacilitationMenu *>();
    ProjectorMode *mode = facilitation->projectorMode();
    QCOMPARE(mode->audienceScreenCandidate(), QGuiApplication::screens().at(1));

    window.boardView()->setFocus();
    QTest::keyClick(window.boardView(), Qt::Key_F5);
    QVERIFY(mode->isActive());
    QVERIFY(mode->isPresenterView());
    AudienceScreen *audience = mode->audienceScreen();
    QVERIFY(audience);
    QTRY_VERIFY(audience->isVisible());
    QCOMPARE(audience->screen(), QGuiApplication::screens().at(1));
    QTRY_COMPARE(audience->geometry(), projector);
    QVERIFY(audience->isFullScreen());
    QCOMPARE(audience->view()->boardScene(), window.boardScene());
    QCOMPARE(window.boardScene()->theme().kind, BoardTheme::Kind::Projector);
    QVERIFY(audience->timerWidget()->isVisible());

    // The laptop keeps its window, panels and the timer's controls.
    QVERIFY(!window.isFullScreen());
    QVERIFY(window.menuBar()->isVisible());
    QVERIFY(!window.dock(QStringLiteral("timelineDock"))->isHidden());
    QVERIFY(mode->timerWidget()->isVisible());
    QCOMPARE(QApplication::activeWindow(), &window);

    // The room's screen is fitted, with large text and no scroll bars.
    BoardView *shown = audience->view();
    QTRY_COMPARE(shown->viewport()->size(), projector.size());
    const qreal xHeight = QFontMetricsF(window.boardScene()->theme().textFont).xHeight() * shown->transform().m11();
    qInfo("the room's screen: x-height %.1f px", xHeight);
    QVERIFY2(xHeight >= 15, qPrintable(QString::number(xHeight)));
    QVERIFY(!shown->verticalScrollBar()->isVisible());
    QVERIFY2(cardsOutside(shown).isEmpty(), qPrintable(cardsOutside(shown).join(QLatin1Char(' '))));

    // Typed on the laptop, seen on the projector.
    window.boardScene()->selectCards({QStringLiteral("w5")});
    window.boardView()->setFocus();
    QTest::keyClick(window.boardView(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Nobody reviews app admins"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(window.currentDocument()->session().cards.size(), 8);
    QVERIFY2(cardsOutside(shown).isEmpty(), qPrintable(cardsOutside(shown).join(QLatin1Char(' '))));
    QCOMPARE(QApplication::activeWindow(), &window);

    QTest::keyClick(window.boardView(), Qt::Key_F5);
    QVERIFY(!mode->isActive());
    QVERIFY(!mode->isPresenterView());
    QCOMPARE(window.boardScene()->theme().kind, BoardTheme::Kind::Light);
}

void TestPresenterView::oneScreenKeepsTheSingleScreenMode()
{
    MainWindow window;
    QVERIFY(openExample(window));
    ProjectorMode *mode = window.findChild<FacilitationMenu *>()->projectorMode();
    mode->setPresenterViewAllowed(false);
    QVERIFY(!mode->audienceScreenCandidate());
    mode->enter();
    QVERIFY(!mode->isPresenterView());
    QTRY_VERIFY(window.isFullScreen());
    mode->leave();
    QTRY_VERIFY(!window.isFullScreen());
}

QTEST_MAIN(TestPresenterView)
#include "tst_presenterview.moc"
