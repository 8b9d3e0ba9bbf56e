// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/contrast.h"
#include "analysis/meetingtimer.h"
#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "document/sessiondocument.h"
#include "board/linkitem.h"
#include "facilitationsessions.h"
#include "offscreenscreens.h"
#include "ui/facilitationmenu.h"
#include "ui/mainwindow.h"
#include "ui/meetingtimerwidget.h"
#include "ui/projectormode.h"
#include "board/layoutanimator.h"
#include "boardtesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QScreen>
#include <QScrollBar>
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
    explicit Harness(const Session &session = projectedSession())
        : document(session)
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

// A colour as the screen shows it when its item is painted at this opacity over the board.
QColor shown(const QColor &colour, qreal opacity, const QColor &board)
{
    return QColor::fromRgbF(float(colour.redF() * opacity + board.redF() * (1 - opacity)),
                            float(colour.greenF() * opacity + board.greenF() * (1 - opacity)),
                            float(colour.blueF() * opacity + board.blueF() * (1 - opacity)));
}

// The x-height of the card text on the screen, in pixels: the font's, times the view's scale.
qreal shownXHeight(const Harness &h)
{
    return QFontMetricsF(h.scene.theme().textFont).xHeight() * h.view->transform().m11();
}

// Cards whose rectangles do not lie wholly inside the view's viewport.
QStringList cardsOutsideTheView(const Harness &h)
{
    QStringList outside;
    const QRect viewport = h.view->viewport()->rect();
    for (const CardItem *card : h.scene.cardItems()) {
        if (!viewport.contains(h.view->mapFromScene(card->sceneCardRect()).boundingRect()))
            outside << card->cardId();
    }
    return outside;
}

bool enterFullScreen(Harness &h)
{
    h.window.show();
    if (!QTest::qWaitForWindowExposed(&h.window))
        return false;
    h.projector->enter();
    const QSize screen = h.window.screen()->geometry().size();
    return QTest::qWaitFor([&] { return h.view->viewport()->size() == screen; });
}

} // namespace

class TestProjectorMode : public QObject
{
    Q_OBJECT

public:
    // A 1920x1080 screen, as in the rooms the figures below are for.
    static void initMain() { Test::useOffscreenScreens({QRect(0, 0, 1920, 1080)}); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fitsTheExamplesWithLargeText_data();
    void fitsTheExamplesWithLargeText();
    void refitsWhenTheChainGrows();
    void offPathTextKeepsSevenToOne();
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
    QCOMPARE(h.scene.cardItem("w3")->emphasis(), CardEmphasis::OnPath);
    QCOMPARE(h.scene.cardItem("x")->emphasis(), CardEmphasis::OffPath);
    QCOMPARE(h.scene.linkItem("w1", "p")->emphasis(), CardEmphasis::OnPath);
    QCOMPARE(h.scene.linkItem("x", "p")->emphasis(), CardEmphasis::OffPath);
    QVERIFY(h.scene.cardItem("w3")->look().borderWidth > h.scene.cardItem("x")->look().borderWidth);
    h.projector->leave();
    QCOMPARE(h.scene.cardItem("x")->emphasis(), CardEmphasis::None);
}

// After a read-back most cards are off the route; their text must still read from the back
// row: 7:1 as the screen shows it, whatever the card's opacity.
void TestProjectorMode::offPathTextKeepsSevenToOne()
{
    Harness h(Test::exampleFixture(QStringLiteral("linkedin-app-deleted")));
    QVERIFY(enterFullScreen(h));
    h.scene.selectCards({QStringLiteral("w5")});
    QTRY_VERIFY(!h.projector->emphasisedPath().isEmpty());
    int offPath = 0;
    const QColor board = h.scene.theme().background;
    for (const CardItem *card : h.scene.cardItems()) {
        offPath += card->emphasis() == CardEmphasis::OffPath;
        const CardLook look = card->look();
        const qreal opacity = card->effectiveOpacity();
        const QColor fill = shown(look.fill, opacity, board);
        for (const QColor &text : {look.text, look.header, look.evidence, look.placeholder}) {
            const double ratio = Contrast::ratio(shown(text, opacity, board), fill);
            QVERIFY2(ratio >= Contrast::enhanced, qPrintable(QStringLiteral("card %1: %2:1").arg(card->cardId()).arg(ratio, 0, 'f', 2)));
        }
    }
    QVERIFY(offPath >= 2);
}

void TestProjectorMode::fitsTheExamplesWithLargeText_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<qreal>("minimumXHeight");
    // Capitals about 1/50 of the screen's height for the 7-card example.
    QTest::newRow("LinkedIn app deleted, 7 cards") << QStringLiteral("linkedin-app-deleted") << 15.0;
    QTest::newRow("GitLab database outage, 11 cards") << QStringLiteral("gitlab-database-outage") << 11.0;
    QTest::newRow("S3 outage, 9 cards") << QStringLiteral("aws-s3-outage") << 11.0;
}

// F5 on a 1920x1080 screen: the whole chain fits, with no scroll bars, and its text is large
// enough for the back row. The layout is the screen's: the document keeps its places.
void TestProjectorMode::fitsTheExamplesWithLargeText()
{
    QFETCH(QString, fixture);
    QFETCH(qreal, minimumXHeight);
    const Session session = Test::exampleFixture(fixture);
    QVERIFY(!session.cards.isEmpty());
    Harness h(session);
    QVERIFY(enterFullScreen(h));
    QVERIFY(h.scene.isPresenting());
    QVERIFY2(shownXHeight(h) >= minimumXHeight, qPrintable(QStringLiteral("x-height %1 px").arg(shownXHeight(h), 0, 'f', 1)));
    QVERIFY2(cardsOutsideTheView(h).isEmpty(), qPrintable(cardsOutsideTheView(h).join(QLatin1Char(' '))));
    QVERIFY(!h.view->horizontalScrollBar()->isVisible());
    QVERIFY(!h.view->verticalScrollBar()->isVisible());
    QVERIFY(Test::overlappingCards(h.scene).isEmpty());
    // The timer floats in a corner that the cards leave free.
    const QRect timer = h.projector->timerWidget()->geometry().translated(-h.view->viewport()->pos());
    for (const CardItem *card : h.scene.cardItems())
        QVERIFY2(!h.view->mapFromScene(card->sceneCardRect()).boundingRect().intersects(timer), qPrintable(card->cardId()));
    qInfo("%s: x-height %.1f px, %s, cards %.0f wide", qPrintable(fixture), shownXHeight(h),
          h.scene.orientation() == Qt::Vertical ? "top down" : "left to right", h.scene.theme().cardWidth);
    for (const Card &card : session.cards)
        QCOMPARE(h.document.session().card(card.id)->position, card.position);

    h.projector->leave();
    QVERIFY(!h.scene.isPresenting());
    QVERIFY2(Test::boardMismatch(h.scene).isEmpty(), qPrintable(Test::boardMismatch(h.scene)));
    QCOMPARE(h.scene.theme().cardWidth, BoardTheme::light().cardWidth);
}

void TestProjectorMode::refitsWhenTheChainGrows()
{
    Harness h(Test::exampleFixture(QStringLiteral("linkedin-app-deleted")));
    h.scene.layoutAnimator()->setAnimationsEnabled(false);
    QVERIFY(enterFullScreen(h));
    const qreal before = shownXHeight(h);
    for (const QString &parent : {QStringLiteral("w5"), QStringLiteral("w6"), QStringLiteral("w3")})
        h.scene.editor()->addWhy(parent, false);
    h.scene.editor()->addWhy(h.document.session().cards.last().id, false);
    QCOMPARE(h.scene.cardItems().size(), 11);
    QVERIFY2(cardsOutsideTheView(h).isEmpty(), qPrintable(cardsOutsideTheView(h).join(QLatin1Char(' '))));
    QVERIFY(Test::overlappingCards(h.scene).isEmpty());
    QVERIFY(!h.view->verticalScrollBar()->isVisible());
    QVERIFY(shownXHeight(h) <= before);
    QVERIFY2(shownXHeight(h) >= 11, qPrintable(QString::number(shownXHeight(h))));
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
