// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting's own extras on the real window, driven by keys: locking the board, hiding
// names everywhere on screen, importing and exporting sessions from the File menu.
#include "board/boardactions.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "document/sessiondocument.h"
#include "storage/sessionjsonformat.h"
#include "ui/exportactions.h"
#include "ui/libraryactions.h"
#include "board/cardbuttonitem.h"
#include "board/connectorhandleitem.h"
#include "ui/mainwindow.h"
#include "ui/sessiondetailspanel.h"
#include "ui/roomindicators.h"
#include "samplesessions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QTest>

#include <algorithm>

#include "windowtesthelpers.h"
#include <QToolBar>
#include <QUndoStack>

using namespace Whyboard;
using Whyboard::Test::openWindow;
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

const QString alice = QStringLiteral("Alice Smith");

// Names in the title, a card, an event, an action's owner and the people list.
Session namedSession()
{
    Session s;
    s.title = QStringLiteral("Rollback by Alice Smith");
    s.facilitator = QStringLiteral("Bob Jones");
    s.participants = {{QStringLiteral("u1"), alice, ParticipantRoles(ParticipantRole::Responded)},
                      {QStringLiteral("u2"), QStringLiteral("Bob Jones"), ParticipantRoles()}};
    s.cards = {makeCard(QStringLiteral("c1"), CardKind::Problem, QStringLiteral("Users cannot log in"), QPointF(0, 0)),
               makeCard(QStringLiteral("c2"), CardKind::Why, QStringLiteral("Alice Smith rotated the keys by hand"),
                        QPointF(0, 220))};
    s.links = {{QStringLiteral("c2"), QStringLiteral("c1"), ReadBackVerdict::NotChecked}};
    TimelineEvent event;
    event.id = QStringLiteral("e3");
    event.at = QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
    event.text = QStringLiteral("Alice Smith paged the on-call");
    s.timeline = {event};
    ActionItem action;
    action.id = QStringLiteral("a4");
    action.text = QStringLiteral("Automate the key rotation");
    action.owner = alice;
    action.cardIds = {QStringLiteral("c2")};
    s.actions = {action};
    s.lastItemNumber = 10;
    return s;
}

} // namespace

class TestRoomExtras : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lockedBoardIgnoresStrayDragsAndKeys();
    void hideNamesHidesThemEverywhereOnScreen();
    void importSessionFromTheFileMenu();
    void badImportChangesNothing();
    void exportFromTheFileMenu();

private:
    QString makeLibrary(const QList<Session> &sessions);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRoomExtras::initTestCase()
{
    Test::isolateSettings(m_settingsDir.path());
}

void TestRoomExtras::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestRoomExtras::cleanup()
{
    m_dir.reset();
}

QString TestRoomExtras::makeLibrary(const QList<Session> &sessions)
{
    return Test::makeLibrary(m_dir->filePath(QStringLiteral("room.whyboard")), sessions);
}

void TestRoomExtras::lockedBoardIgnoresStrayDragsAndKeys()
{
    MainWindow window;
    QVERIFY(openWindow(window, makeLibrary({namedSession()})));
    SessionDocument *document = window.currentDocument();
    BoardView *view = window.boardView();
    view->setFocus();
    QVERIFY(window.roomIndicators()->boardBadgeText().isEmpty());

    press(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    QVERIFY(window.boardActions()->lockBoard()->isChecked());
    // The lock shows on the board, in the status bar and in the toolbar.
    QVERIFY(window.roomIndicators()->boardBadgeText().contains(QStringLiteral("locked")));
    QVERIFY(window.roomIndicators()->statusText().contains(QStringLiteral("locked")));
    QVERIFY(window.mainToolBar()->actions().contains(window.boardActions()->lockBoard()));

    // A stray drag moves nothing.
    CardItem *card = window.boardScene()->cardItem(QStringLiteral("c2"));
    const QPointF before = card->pos();
    const QPoint from = view->mapFromScene(card->sceneCardRect().center());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(view->viewport(), from + QPoint(40 * step, 30 * step));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + QPoint(200, 150));
    QCOMPARE(card->pos(), before);
    QCOMPARE(document->session().card(QStringLiteral("c2"))->position, before);

    // Stray keys change nothing: typing, Enter, Delete, paste, link mode.
    window.boardScene()->selectCards({QStringLiteral("c2")});
    // A selected card offers no "+ Why?" button or link handle to click while locked.
    const auto chromeShown = [&window](const QString &cardId) {
        const QList<QGraphicsItem *> children = window.boardScene()->cardItem(cardId)->childItems();
        return std::any_of(children.cbegin(), children.cend(), [](const QGraphicsItem *child) {
            return child->isVisible() && (dynamic_cast<const CardButtonItem *>(child) || dynamic_cast<const ConnectorHandleItem *>(child));
        });
    };
    QVERIFY(!chromeShown(QStringLiteral("c2")));
    QTest::keyClicks(view, QStringLiteral("oops"));
    for (QKeyCombination key : {QKeyCombination(Qt::Key_Return), QKeyCombination(Qt::Key_Delete),
                                QKeyCombination(Qt::Key_Backspace), QKeyCombination(Qt::CTRL | Qt::Key_Return),
                                QKeyCombination(Qt::CTRL | Qt::Key_D), QKeyCombination(Qt::CTRL | Qt::Key_L),
                                QKeyCombination(Qt::Key_F2), QKeyCombination(Qt::CTRL | Qt::SHIFT | Qt::Key_L)})
        press(key);
    Session expected = namedSession();
    expected.id = document->sessionId();
    QCOMPARE(Test::sessionDifference(document->session(), expected), QString());
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(!view->isLinkMode());
    // Moving around the board still works.
    press(Qt::Key_Up);
    QCOMPARE(window.boardScene()->currentCardId(), QStringLiteral("c1"));

    press(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    QVERIFY(!window.boardActions()->lockBoard()->isChecked());
    QVERIFY(window.roomIndicators()->boardBadgeText().isEmpty());
    QVERIFY(chromeShown(QStringLiteral("c1")));
    press(Qt::Key_Return); // unlocked: Enter asks why again
    QCOMPARE(document->session().cards.size(), 3);
}

void TestRoomExtras::hideNamesHidesThemEverywhereOnScreen()
{
    const QString path = makeLibrary({namedSession()});
    {
        MainWindow window;
        QVERIFY(openWindow(window, path));
        QVERIFY(window.windowTitle().contains(alice));
        window.boardView()->setFocus();
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
        // Shown as on.
        QVERIFY(window.roomIndicators()->statusText().contains(QStringLiteral("Names hidden")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("names hidden")));
        // The title, the board, every list and table the window paints.
        QVERIFY2(!window.windowTitle().contains(QStringLiteral("Alice")), qPrintable(window.windowTitle()));
        QVERIFY(window.boardScene()->namesHidden());
        int cells = 0;
        for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
            QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    auto *delegate = qobject_cast<QStyledItemDelegate *>(view->itemDelegateForIndex(index));
                    if (!delegate)
                        continue;
                    const QString shown = delegate->displayText(index.data(), QLocale());
                    QVERIFY2(!shown.contains(QStringLiteral("Alice")) && !shown.contains(QStringLiteral("Bob")),
                             qPrintable(view->objectName() + QStringLiteral(": ") + shown));
                    ++cells;
                }
            }
        }
        QVERIFY(cells > 10);
        // The session's own texts, which cannot be edited while they show masked names.
        auto *details = window.findChild<SessionDetailsPanel *>();
        QVERIFY(details);
        for (QLineEdit *edit : details->findChildren<QLineEdit *>()) {
            QVERIFY2(!edit->text().contains(QStringLiteral("Bob")) && !edit->text().contains(QStringLiteral("Alice")),
                     qPrintable(edit->text()));
            if (edit->text().contains(QStringLiteral("Person")))
                QVERIFY(edit->isReadOnly());
        }
        // The window's own messages too.
        window.showStatus(QStringLiteral("Alice Smith was here"));
        QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("Alice")));
        // The data keeps the names.
        QCOMPARE(window.currentDocument()->session().participants.first().name, alice);
        QCOMPARE(window.currentDocument()->session().actions.first().owner, alice);
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
        QVERIFY(window.windowTitle().contains(alice));
        QVERIFY(window.roomIndicators()->statusText().isEmpty());
        QVERIFY(!details->findChildren<QLineEdit *>().isEmpty());
        bool facilitatorBack = false;
        for (QLineEdit *edit : details->findChildren<QLineEdit *>())
            facilitatorBack = facilitatorBack || (edit->text() == QStringLiteral("Bob Jones") && !edit->isReadOnly());
        QVERIFY(facilitatorBack);
    }
    std::unique_ptr<Library> library = Library::open(path, Library::OpenMode::OpenExisting);
    QVERIFY(library);
    const Session stored = library->loadSession(library->sessions().first().id).value();
    QCOMPARE(stored.title, namedSession().title);
    QCOMPARE(stored.cards, namedSession().cards);
    QCOMPARE(stored.timeline, namedSession().timeline);
    QCOMPARE(stored.participants, namedSession().participants);
}

void TestRoomExtras::importSessionFromTheFileMenu()
{
    MainWindow window;
    QVERIFY(openWindow(window, makeLibrary({namedSession()})));
    const QString example = QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json");
    window.libraryActions()->setImportFileChooser([example] { return example; });
    QAction *import = window.libraryActions()->importSession();
    QVERIFY(window.fileMenu()->actions().contains(import));
    window.boardView()->setFocus();
    press(import->shortcut()[0]);
    QCOMPARE(window.library()->sessions().size(), 2);
    QFile file(example);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SessionJsonFormat::ReadResult expected = SessionJsonFormat::read(file.readAll());
    QVERIFY(expected.session);
    QCOMPARE(window.currentDocument()->session().title, expected.session->title);
    QCOMPARE(window.currentDocument()->session().cards.size(), expected.session->cards.size());
}

void TestRoomExtras::badImportChangesNothing()
{
    MainWindow window;
    QVERIFY(openWindow(window, makeLibrary({namedSession()})));
    const SessionId open = window.currentDocument()->sessionId();
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "whyboard.session", "version": 1, "session": {"cards": [{"id": 7}]}})");
    file.close();
    window.libraryActions()->setImportFileChooser([bad] { return bad; });
    window.boardView()->setFocus();
    press(Qt::CTRL | Qt::Key_I);
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("importFailure"));
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("bad.json")), qPrintable(box->text()));
    QCOMPARE(window.library()->sessions().size(), 1);
    QCOMPARE(window.currentDocument()->sessionId(), open);
    box->close();
}

void TestRoomExtras::exportFromTheFileMenu()
{
    MainWindow window;
    QVERIFY(openWindow(window, makeLibrary({namedSession()})));
    auto *exports = window.findChild<ExportActions *>();
    QVERIFY(exports && exports->exportMenu());
    QVERIFY(window.fileMenu()->actions().contains(exports->exportMenu()->menuAction()));
    for (auto format : {ExportActions::Format::Pdf, ExportActions::Format::Png, ExportActions::Format::Svg,
                        ExportActions::Format::Markdown, ExportActions::Format::Json})
        QVERIFY(exports->exportMenu()->actions().contains(exports->action(format)));
    const QString pdf = m_dir->filePath(QStringLiteral("room.pdf"));
    exports->setFileChooser([pdf](const QString &, const QString &) { return pdf; });
    exports->setReportChooser([](ReportOptions &) { return true; }); // the remembered choice, no dialog
    window.boardView()->setFocus();
    press(exports->action(ExportActions::Format::Pdf)->shortcut()[0]);
    QVERIFY(QFileInfo(pdf).size() > 1000);

    // Session JSON, read back by File › Import Session.
    const QString json = m_dir->filePath(QStringLiteral("room.json"));
    exports->setFileChooser([json](const QString &, const QString &) { return json; });
    QVERIFY(exports->exportAs(ExportActions::Format::Json).isEmpty());
    window.libraryActions()->setImportFileChooser([json] { return json; });
    press(Qt::CTRL | Qt::Key_I);
    QCOMPARE(window.library()->sessions().size(), 2);
    QCOMPARE(window.currentDocument()->session().cards, namedSession().cards);
}

QTEST_MAIN(TestRoomExtras)
#include "tst_roomextras.moc"
