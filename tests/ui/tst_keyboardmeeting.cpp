// SPDX-License-Identifier: GPL-3.0-or-later
// A meeting run from the keyboard, start to finish, on the real window: every gesture is a key
// sent to whatever has the focus, as a facilitator at a projector would press it.
#include "board/boardactions.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/linktool.h"
#include "document/sessiondocument.h"
#include "ui/actionitemspanel.h"
#include "ui/emptysessionpage.h"
#include "ui/mainwindow.h"
#include "ui/panenavigator.h"
#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include "windowtesthelpers.h"

using namespace Whyboard;
using Whyboard::Test::press;

namespace {

Card makeCard(const QString &id, CardKind kind, const QString &text, QPointF position)
{
    Card card;
    card.id = id;
    card.kind = kind;
    card.text = text;
    card.position = position;
    return card;
}

// A problem and two causes side by side, one timeline event, one participant.
Session meetingSession()
{
    Session s;
    s.title = QStringLiteral("Login outage");
    s.cards = {makeCard(QStringLiteral("c1"), CardKind::Problem, QStringLiteral("Users cannot log in"), QPointF(0, 0)),
               makeCard(QStringLiteral("c2"), CardKind::Why, QStringLiteral("The token expired"), QPointF(-260, 220)),
               makeCard(QStringLiteral("c3"), CardKind::Why, QStringLiteral("The cache kept old keys"), QPointF(260, 220))};
    s.links = {{QStringLiteral("c2"), QStringLiteral("c1"), ReadBackVerdict::NotChecked},
               {QStringLiteral("c3"), QStringLiteral("c1"), ReadBackVerdict::NotChecked}};
    TimelineEvent event;
    event.id = QStringLiteral("e4");
    event.at = QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
    event.text = QStringLiteral("Key rotation ran");
    s.timeline = {event};
    s.lastItemNumber = 10;
    return s;
}

} // namespace

class TestKeyboardMeeting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newSessionTakesTheFirstSentence();
    void emptyStateButtonTakesTheFirstSentence();
    void tabAndPanelKeysReachTheBoardAndEveryPanel();
    void linkModeFinishesFromTheKeyboard();
    void escapeDiscardsANewEmptyCard();
    void actionItemAddressesTheSelectedCard();
    void shortcutsSheetListsEveryKey();
    void toolbarStaysPutWhileUndoChanges();

private:
    // Opens a library holding the sessions in a shown, active window.
    bool openWindow(MainWindow &window, const QList<Session> &sessions);
    static void pressShortcutOf(const QAction *action);
    static QAction *actionNamed(const MainWindow &window, const QString &text);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKeyboardMeeting::initTestCase()
{
    Test::isolateSettings(m_settingsDir.path());
}

void TestKeyboardMeeting::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestKeyboardMeeting::cleanup()
{
    m_dir.reset();
}

bool TestKeyboardMeeting::openWindow(MainWindow &window, const QList<Session> &sessions)
{
    const QString path = Test::makeLibrary(m_dir->filePath(QStringLiteral("meeting.whyboard")), sessions);
    return !path.isEmpty() && Test::openWindow(window, path);
}

void TestKeyboardMeeting::pressShortcutOf(const QAction *action)
{
    QVERIFY(action);
    QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
    press(action->shortcut()[0]);
}

QAction *TestKeyboardMeeting::actionNamed(const MainWindow &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

// Ctrl+N, then the room's first sentence: it lands in the problem card, replacing the prompt.
void TestKeyboardMeeting::newSessionTakesTheFirstSentence()
{
    MainWindow window;
    QVERIFY(openWindow(window, {meetingSession()}));
    window.boardView()->setFocus();
    press(QKeySequence(QKeySequence::New)[0]);
    QCOMPARE(window.library()->sessions().size(), 2);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Checkout failed for an hour"));
    press(Qt::Key_Return);
    const Card *problem = window.currentDocument()->session().problemCard();
    QVERIFY(problem);
    QCOMPARE(problem->text, QStringLiteral("Checkout failed for an hour"));
    // Editing is over, the problem selected: Enter asks the first why, in edit mode.
    QCOMPARE(QApplication::focusWidget(), window.boardView());
    press(Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("The payment service timed out"));
    press(Qt::Key_Return);
    QCOMPARE(window.currentDocument()->session().cards.size(), 2);
    QCOMPARE(window.currentDocument()->session().cards.last().text, QStringLiteral("The payment service timed out"));
}

void TestKeyboardMeeting::emptyStateButtonTakesTheFirstSentence()
{
    MainWindow window;
    QVERIFY(openWindow(window, {}));
    QVERIFY(!window.currentDocument());
    EmptySessionPage *page = window.findChild<EmptySessionPage *>();
    QVERIFY(page && page->isVisible());
    page->setFocus();
    QCOMPARE(QApplication::focusWidget(), page->button());
    press(Qt::Key_Space);
    QVERIFY(window.currentDocument());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Nightly backup missing"));
    press(Qt::Key_Return);
    QCOMPARE(window.currentDocument()->session().problemCard()->text, QStringLiteral("Nightly backup missing"));
}

void TestKeyboardMeeting::tabAndPanelKeysReachTheBoardAndEveryPanel()
{
    MainWindow window;
    QVERIFY(openWindow(window, {meetingSession()}));
    PaneNavigator *panes = window.paneNavigator();
    QVERIFY(panes);
    // Each panel has a key that puts the focus inside it.
    int panels = 0;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        QAction *goTo = actionNamed(window, QStringLiteral("Go to %1").arg(dock->windowTitle()));
        if (!goTo) { // only nine Alt+digit keys: the last panel is reached with F6
            QCOMPARE(dock->objectName(), QStringLiteral("undoDock"));
            for (int presses = 0; presses < 20 && !dock->isAncestorOf(QApplication::focusWidget()); ++presses)
                press(Qt::Key_F6);
            QVERIFY(dock->isAncestorOf(QApplication::focusWidget()));
            continue;
        }
        pressShortcutOf(goTo);
        QVERIFY2(dock->isAncestorOf(QApplication::focusWidget()), qPrintable(dock->windowTitle()));
        ++panels;
    }
    QVERIFY(panels >= 6);
    // From a table, Tab goes on through the fields and reaches the board, not round the cells.
    pressShortcutOf(actionNamed(window, QStringLiteral("Go to Action Items")));
    bool reached = false;
    for (int i = 0; i < 200 && !reached; ++i) {
        press(Qt::Key_Tab);
        reached = QApplication::focusWidget() == window.boardView();
    }
    QVERIFY2(reached, "Tab never reached the board");
    // Shift+Tab leaves the board's neighbourhood and comes back too.
    pressShortcutOf(actionNamed(window, QStringLiteral("Go to Timeline")));
    reached = false;
    for (int i = 0; i < 200 && !reached; ++i) {
        press(Qt::SHIFT | Qt::Key_Backtab);
        reached = QApplication::focusWidget() == window.boardView();
    }
    QVERIFY2(reached, "Shift+Tab never reached the board");
    // F6 goes from the board to a panel and round to the board again.
    press(Qt::Key_F6);
    QVERIFY(QApplication::focusWidget() != window.boardView());
    reached = false;
    for (int i = 0; i < 20 && !reached; ++i) {
        press(Qt::Key_F6);
        reached = QApplication::focusWidget() == window.boardView();
    }
    QVERIFY(reached);
    press(Qt::Key_F6);
    press(Qt::ALT | Qt::Key_0);
    QCOMPARE(QApplication::focusWidget(), window.boardView());
}

void TestKeyboardMeeting::linkModeFinishesFromTheKeyboard()
{
    MainWindow window;
    QVERIFY(openWindow(window, {meetingSession()}));
    SessionDocument *document = window.currentDocument();
    window.boardView()->setFocus();
    window.boardScene()->selectCards({QStringLiteral("c3")});
    const int steps = document->undoStack()->count();

    // Enter in link mode with nothing chosen adds no card; Esc leaves and removes nothing.
    press(Qt::CTRL | Qt::Key_L);
    QVERIFY(window.boardView()->isLinkMode());
    press(Qt::Key_Return);
    press(Qt::Key_Space);
    QCOMPARE(document->session().cards.size(), 3);
    press(Qt::Key_Escape);
    QVERIFY(!window.boardView()->isLinkMode());
    QVERIFY(!window.boardActions()->linkMode()->isChecked());
    QCOMPARE(document->session().cards.size(), 3);
    QCOMPARE(document->session().links.size(), 2);
    QCOMPARE(document->undoStack()->count(), steps);

    // The selected card is the cause; the left arrow chooses its neighbour; Enter links.
    window.boardScene()->selectCards({QStringLiteral("c3")});
    press(Qt::CTRL | Qt::Key_L);
    press(Qt::Key_Left);
    QCOMPARE(window.boardScene()->linkTool()->chosenEffect(), QStringLiteral("c2"));
    press(Qt::Key_Return);
    QVERIFY(!window.boardView()->isLinkMode());
    QCOMPARE(document->session().cards.size(), 3);
    QVERIFY(document->session().indexOfLink(QStringLiteral("c3"), QStringLiteral("c2")) >= 0);
    QCOMPARE(document->undoStack()->count(), steps + 1);
}

void TestKeyboardMeeting::escapeDiscardsANewEmptyCard()
{
    MainWindow window;
    QVERIFY(openWindow(window, {meetingSession()}));
    SessionDocument *document = window.currentDocument();
    QCOMPARE(document->undoStack()->count(), 0);
    window.boardView()->setFocus();
    window.boardScene()->selectCards({QStringLiteral("c2")});
    press(Qt::Key_Return); // a new why, being typed
    QCOMPARE(document->session().cards.size(), 4);
    press(Qt::Key_Escape);
    QCOMPARE(document->session().cards.size(), 3);
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(window.boardScene()->selectedCardIds(), QStringList{QStringLiteral("c2")});

    // Typed and rubbed out again: still empty, still gone, nothing to undo.
    press(Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ab"));
    press(Qt::Key_Backspace);
    press(Qt::Key_Backspace);
    press(Qt::Key_Escape);
    QCOMPARE(document->session().cards.size(), 3);
    QCOMPARE(document->undoStack()->count(), 0);

    // A card with words in it stays.
    press(Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Nobody renewed it"));
    press(Qt::Key_Escape);
    QCOMPARE(document->session().cards.size(), 4);
    QCOMPARE(document->session().cards.last().text, QStringLiteral("Nobody renewed it"));
    QCOMPARE(document->undoStack()->count(), 2); // the card, then its text
}

void TestKeyboardMeeting::actionItemAddressesTheSelectedCard()
{
    MainWindow window;
    QVERIFY(openWindow(window, {meetingSession()}));
    SessionDocument *document = window.currentDocument();
    // An event chosen in the timeline first...
    pressShortcutOf(actionNamed(window, QStringLiteral("Go to Timeline")));
    press(Qt::Key_Home);
    // ...then a card on the board.
    press(Qt::ALT | Qt::Key_0);
    QCOMPARE(QApplication::focusWidget(), window.boardView());
    window.boardScene()->clearSelection();
    press(Qt::Key_Tab); // the problem
    press(Qt::Key_Down); // a cause under it
    const QString card = window.boardScene()->currentCardId();
    QVERIFY(card == QStringLiteral("c2") || card == QStringLiteral("c3"));
    QVERIFY2(window.actionItemsPanel()->targetText().contains(document->session().card(card)->text),
             qPrintable(window.actionItemsPanel()->targetText()));
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    QCOMPARE(document->session().actions.size(), 1);
    QCOMPARE(document->session().actions.first().cardIds, QStringList{card});
    QVERIFY(document->session().actions.first().eventIds.isEmpty());
    // Said at once, where the room looks.
    QVERIFY(window.statusBar()->currentMessage().contains(document->session().card(card)->text));
}

void TestKeyboardMeeting::shortcutsSheetListsEveryKey()
{
    MainWindow window;
    QVERIFY(openWindow(window, {meetingSession()}));
    window.boardView()->setFocus();
    press(Qt::Key_F1);
    auto *sheet = window.findChild<ShortcutsDialog *>();
    QVERIFY(sheet && sheet->isVisible());
    const QString html = sheet->html();
    int listed = 0;
    const std::function<void(const QMenu *)> check = [&](const QMenu *menu) {
        for (const QAction *action : menu->actions()) {
            if (action->menu()) {
                check(action->menu());
                continue;
            }
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(html.contains(key.toString(QKeySequence::NativeText).toHtmlEscaped()),
                         qPrintable(action->text() + QStringLiteral(" ") + key.toString()));
                ++listed;
            }
        }
    };
    for (const QAction *menu : window.menuBar()->actions()) {
        if (menu->menu())
            check(menu->menu());
    }
    QVERIFY(listed > 30);
    for (const char *group : {"File", "Edit", "Board", "Help", "On the board", "Linking cards"})
        QVERIFY2(html.contains(QLatin1String(group)), group);
    // Large type, for the projector.
    auto *browser = sheet->findChild<QTextBrowser *>();
    QVERIFY(browser);
    QVERIFY(QFontInfo(browser->font()).pixelSize() >= 20);
    QTest::keyClick(browser, Qt::Key_Escape); // the sheet has the keyboard while it is open
    QVERIFY(!sheet->isVisible());
}

void TestKeyboardMeeting::toolbarStaysPutWhileUndoChanges()
{
    MainWindow window;
    QVERIFY(openWindow(window, {meetingSession()}));
    const auto places = [&window] {
        QList<QRect> rects;
        for (QAction *action : window.mainToolBar()->actions()) {
            if (QWidget *button = window.mainToolBar()->widgetForAction(action))
                rects << button->geometry();
        }
        return rects;
    };
    const QList<QRect> before = places();
    QVERIFY(!before.isEmpty());
    window.boardView()->setFocus();
    window.boardScene()->selectCards({QStringLiteral("c2")});
    press(Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Renewal job was disabled"));
    press(Qt::Key_Return);
    QVERIFY(window.currentDocument()->undoStack()->canUndo());
    QApplication::processEvents();
    QCOMPARE(places(), before);
    press(Qt::CTRL | Qt::Key_Z);
    QApplication::processEvents();
    QCOMPARE(places(), before);
}

QTEST_MAIN(TestKeyboardMeeting)
#include "tst_keyboardmeeting.moc"
