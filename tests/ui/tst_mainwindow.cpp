// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardscene.h"
#include "board/boardactions.h"
#include "board/boardview.h"
#include "board/evidencedialog.h"
#include "document/commands/dismissfindingcommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/actionitemsmodel.h"
#include "itemmodels/itemidsmime.h"
#include "itemmodels/timelinemodel.h"
#include "samplesessions.h"
#include "storagetesthelpers.h"
#include "ui/actionitemspanel.h"
#include "ui/boarddrophandler.h"
#include "ui/checkspanel.h"
#include "ui/mainwindow.h"
#include "ui/metricsstatus.h"
#include "ui/timelinepanel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QMessageBox>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTest>

#include "windowtesthelpers.h"
#include <QUndoStack>

using namespace Whyboard;

namespace {
QMessageBox *openFailureBox(const MainWindow &window)
{
    return window.findChild<QMessageBox *>(QStringLiteral("libraryOpenFailure"));
}

QStringList highlightedRows(const QAbstractItemModel &model, int idRole, int highlightedRole)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(highlightedRole).toBool())
            ids << model.index(row, 0).data(idRole).toString();
    }
    ids.sort();
    return ids;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensLibraryAndItsSession();
    void emptyLibraryOpensWithoutSession();
    void badLibraryShowsMessageAndChangesNothing_data();
    void badLibraryShowsMessageAndChangesNothing();
    void newerLibraryIsOfferedReadOnly();
    void layoutIsSavedAndRestored();
    void windowShortcutsAreUnambiguous();
    void snapToGridIsToggledFromTheToolbar();
    void cardSelectionHighlightsEventsAndActions();
    void eventSelectionSelectsItsCards();
    void droppingRowsOnACardRelatesThem();
    void newDuplicateDeleteAndRestoreSession();
    void deletedNewestSessionSurvivesANewSessionAndARestart();
    void newWhyAfterDeletingADismissedCardGetsAFreshId();
    void checksFindingOpensTheEvidenceEditor();
    void statusBarFiguresFollowEdits_data();
    void statusBarFiguresFollowEdits();

private:
    QString makeLibrary(const QString &name, const QList<Session> &sessions);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    Test::isolateSettings(m_settingsDir.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

QString TestMainWindow::makeLibrary(const QString &name, const QList<Session> &sessions)
{
    return Test::makeLibrary(m_dir->filePath(name), sessions);
}

void TestMainWindow::opensLibraryAndItsSession()
{
    const QString path = makeLibrary(QStringLiteral("one.whyboard"), {Test::richSampleSession()});
    MainWindow window;
    QVERIFY(window.openLibrary(path));
    QVERIFY(window.library());
    QVERIFY(window.currentDocument());
    QCOMPARE(window.currentDocument()->session().title, Test::richSampleSession().title);
    QVERIFY(window.windowTitle().contains(Test::richSampleSession().title));
    QVERIFY(window.boardScene());
    QCOMPARE(window.timelinePanel()->model()->rowCount(), Test::richSampleSession().timeline.size());
    QVERIFY(window.bannerText().isEmpty());
    for (const char *name : {"sessionsDock", "sessionDock", "outlineDock", "undoDock", "timelineDock", "actionItemsDock"})
        QVERIFY2(window.dock(QString::fromLatin1(name)), name);
}

void TestMainWindow::emptyLibraryOpensWithoutSession()
{
    const QString path = m_dir->filePath(QStringLiteral("fresh.whyboard"));
    MainWindow window;
    SessionDocument *announced = nullptr;
    connect(&window, &MainWindow::currentDocumentChanged, this, [&announced](SessionDocument *document) { announced = document; });
    QVERIFY(window.openLibrary(path, Library::OpenMode::CreateIfMissing));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!window.currentDocument());
    QVERIFY(window.library()->sessions().isEmpty());
    window.newSession();
    QVERIFY(window.currentDocument());
    QCOMPARE(announced, window.currentDocument());
    QCOMPARE(window.library()->sessions().size(), 1);
    // The library is remembered for File > Open Recent.
    QVERIFY(QSettings().value(QStringLiteral("recentLibraries")).toStringList().contains(QFileInfo(path).absoluteFilePath()));
}

void TestMainWindow::badLibraryShowsMessageAndChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not SQLite") << "garbage";
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("directory") << "directory";
    QTest::newRow("missing") << "missing";
}

void TestMainWindow::badLibraryShowsMessageAndChangesNothing()
{
    QFETCH(QString, kind);
    const QString good = makeLibrary(QStringLiteral("good.whyboard"), {Test::richSampleSession()});
    MainWindow window;
    QVERIFY(window.openLibrary(good));
    Library *before = window.library();
    SessionDocument *document = window.currentDocument();

    QString bad = m_dir->filePath(QStringLiteral("bad.whyboard"));
    if (kind == QLatin1String("garbage")) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is a shopping list, not a library\n").repeated(50));
    } else if (kind == QLatin1String("truncated")) {
        const QString copy = makeLibrary(QStringLiteral("copy.whyboard"), {Test::richSampleSession()});
        QFile source(copy);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(source.read(100));
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("bad.whyboard")));
    }
    const QByteArray checksum = Test::fileChecksum(bad);
    const QStringList entries = Test::folderEntries(m_dir->path());

    QVERIFY(!window.openLibrary(bad));
    QMessageBox *box = openFailureBox(window);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QFileInfo(bad).fileName()), qPrintable(box->text()));
    // The open library and session stay as they were; the bad file is untouched.
    QCOMPARE(window.library(), before);
    QCOMPARE(window.currentDocument(), document);
    QCOMPARE(Test::fileChecksum(bad), checksum);
    QCOMPARE(Test::folderEntries(m_dir->path()), entries);
    box->close();
}

void TestMainWindow::newerLibraryIsOfferedReadOnly()
{
    const QString path = makeLibrary(QStringLiteral("newer.whyboard"), {Test::richSampleSession()});
    QCOMPARE(Test::executeSql(path, {QStringLiteral("PRAGMA user_version = 9999")}), QString());
    const QByteArray checksum = Test::fileChecksum(path);
    MainWindow window;
    QVERIFY(!window.openLibrary(path));
    QMessageBox *box = openFailureBox(window);
    QVERIFY(box);
    QPushButton *readOnly = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().contains(QStringLiteral("Read-Only")))
            readOnly = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(readOnly);
    readOnly->click();
    QTRY_VERIFY(window.library() && window.library()->isReadOnly());
    QVERIFY(window.currentDocument());
    QVERIFY(window.currentDocument()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(!window.bannerText().isEmpty());
    // An edit is refused and the file stays as it was.
    TimelinePanel *timeline = window.timelinePanel();
    QVERIFY(!timeline->model()->setData(timeline->model()->index(0, TimelineModel::TextColumn), QStringLiteral("x")));
    window.close();
    QCOMPARE(Test::fileChecksum(path), checksum);
}

void TestMainWindow::layoutIsSavedAndRestored()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.dock(QStringLiteral("timelineDock"))->hide();
        window.dock(QStringLiteral("sessionsDock"))->setFloating(true);
        window.resize(1000, 700);
        window.close(); // saves
    }
    MainWindow restored;
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QVERIFY(restored.dock(QStringLiteral("timelineDock"))->isHidden());
    QVERIFY(restored.dock(QStringLiteral("sessionsDock"))->isFloating());
    QVERIFY(!restored.dock(QStringLiteral("actionItemsDock"))->isHidden());
    // Window frames differ a little between platforms; the default size is far larger.
    QVERIFY2(qAbs(restored.width() - 1000) < 40 && qAbs(restored.height() - 700) < 40,
             qPrintable(QStringLiteral("%1x%2").arg(restored.width()).arg(restored.height())));
}

void TestMainWindow::snapToGridIsToggledFromTheToolbar()
{
    // The facilitator finds grid snapping on the toolbar, not only behind a key.
    const QString path = makeLibrary(QStringLiteral("snap.whyboard"), {Test::richSampleSession()});
    MainWindow window;
    QVERIFY(window.openLibrary(path));
    QAction *snap = window.boardActions()->snapToGrid();
    QVERIFY(window.mainToolBar()->actions().contains(snap));
    auto *button = qobject_cast<QToolButton *>(window.mainToolBar()->widgetForAction(snap));
    QVERIFY(button);
    const bool before = window.boardScene()->snapToGrid();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window.boardScene()->snapToGrid(), !before);
}

void TestMainWindow::windowShortcutsAreUnambiguous()
{
    // Two window-wide actions with one shortcut make Qt fire neither.
    const QString path = makeLibrary(QStringLiteral("keys.whyboard"), {Test::richSampleSession()});
    MainWindow window;
    QVERIFY(window.openLibrary(path));
    QHash<QString, QString> owners;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString name = key.toString(QKeySequence::PortableText);
            const QString text = action->text().remove(QLatin1Char('&'));
            QVERIFY2(!owners.contains(name) || owners.value(name) == text,
                     qPrintable(QStringLiteral("%1 is both \"%2\" and \"%3\"").arg(name, owners.value(name), text)));
            owners.insert(name, text);
        }
    }
    QVERIFY(owners.contains(QKeySequence(QKeySequence::Undo).toString(QKeySequence::PortableText)));
}

void TestMainWindow::cardSelectionHighlightsEventsAndActions()
{
    const QString path = makeLibrary(QStringLiteral("link.whyboard"), {Test::richSampleSession()});
    MainWindow window;
    QVERIFY(window.openLibrary(path));
    window.boardScene()->selectCards({QStringLiteral("c2")}, false);
    QCOMPARE(highlightedRows(*window.timelinePanel()->model(), TimelineModel::IdRole, TimelineModel::HighlightedRole),
             (QStringList{QStringLiteral("e4"), QStringLiteral("e5")}));
    window.boardScene()->selectCards({QStringLiteral("c6")}, false);
    QCOMPARE(highlightedRows(*window.timelinePanel()->model(), TimelineModel::IdRole, TimelineModel::HighlightedRole),
             QStringList{QStringLiteral("e2")});
    QCOMPARE(highlightedRows(*window.actionItemsPanel()->model(), ActionItemsModel::IdRole, ActionItemsModel::HighlightedRole),
             QStringList{QStringLiteral("a2")});
    window.boardScene()->selectCards({}, false);
    QCOMPARE(highlightedRows(*window.timelinePanel()->model(), TimelineModel::IdRole, TimelineModel::HighlightedRole),
             QStringList());
}

void TestMainWindow::eventSelectionSelectsItsCards()
{
    const QString path = makeLibrary(QStringLiteral("select.whyboard"), {Test::richSampleSession()});
    MainWindow window;
    QVERIFY(window.openLibrary(path));
    window.timelinePanel()->selectEvent(QStringLiteral("e2"));
    QStringList selected = window.boardScene()->selectedCardIds();
    selected.sort();
    QCOMPARE(selected, (QStringList{QStringLiteral("c3"), QStringLiteral("c6")}));
    window.actionItemsPanel()->selectAction(QStringLiteral("a1"));
    selected = window.boardScene()->selectedCardIds();
    selected.sort();
    QCOMPARE(selected, (QStringList{QStringLiteral("c4"), QStringLiteral("c5")}));
}

void TestMainWindow::droppingRowsOnACardRelatesThem()
{
    SessionDocument document(Test::richSampleSession());
    MainWindow window; // only for a board view to drop on
    BoardDropHandler handler(window.boardView());
    handler.setDocument(&document);
    std::unique_ptr<QMimeData> events(ItemIdsMime::encode(ItemIdsMime::eventIdsType(), {QStringLiteral("e3"), QStringLiteral("e6")}));
    QVERIFY(handler.relate(events.get(), QStringLiteral("c1")));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.session().timeline.at(2).cardIds.contains(QStringLiteral("c1")));
    QVERIFY(document.session().timeline.at(5).cardIds.contains(QStringLiteral("c1")));
    std::unique_ptr<QMimeData> actions(ItemIdsMime::encode(ItemIdsMime::actionIdsType(), {QStringLiteral("a3")}));
    QVERIFY(handler.relate(actions.get(), QStringLiteral("c2")));
    QCOMPARE(document.session().actions.at(2).cardIds, QStringList{QStringLiteral("c2")});
    // Already related, or an unknown card: nothing to do.
    QVERIFY(!handler.relate(actions.get(), QStringLiteral("c2")));
    QVERIFY(!handler.relate(actions.get(), QStringLiteral("c99")));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(document.session() == Test::richSampleSession());
}

void TestMainWindow::newDuplicateDeleteAndRestoreSession()
{
    const QString path = makeLibrary(QStringLiteral("sessions.whyboard"), {Test::richSampleSession()});
    MainWindow window;
    QVERIFY(window.openLibrary(path));
    const SessionId original = window.currentDocument()->sessionId();

    window.newSession();
    QCOMPARE(window.library()->sessions().size(), 2);
    QVERIFY(window.currentDocument()->sessionId() != original);
    QVERIFY(window.currentDocument()->session().problemCard());

    QVERIFY(window.openSession(original));
    window.duplicateSession();
    QCOMPARE(window.library()->sessions().size(), 3);
    QCOMPARE(window.currentDocument()->session().cards, Test::richSampleSession().cards);

    QVERIFY(window.openSession(original));
    window.deleteSession(false);
    QCOMPARE(window.library()->sessions().size(), 2);
    QCOMPARE(window.library()->trashedSessions().size(), 1);
    QVERIFY(window.currentDocument());
    QVERIFY(window.currentDocument()->sessionId() != original);

    window.restoreDeletedSession(original);
    QVERIFY(window.library()->trashedSessions().isEmpty());
    QCOMPARE(window.library()->sessions().size(), 3);
    QCOMPARE(window.currentDocument()->sessionId(), original);
    Session expected = Test::richSampleSession();
    expected.id = original;
    QCOMPARE(Test::sessionDifference(window.currentDocument()->session(), expected), QString());
}

static QAction *fileAction(const MainWindow &window, const QString &text)
{
    for (QAction *action : window.fileMenu()->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Delete the newest session, make a new one, restore the deleted one: it comes back with
// its data and the new one has an id of its own. The trash outlives the window.
void TestMainWindow::deletedNewestSessionSurvivesANewSessionAndARestart()
{
    const QString path = makeLibrary(QStringLiteral("trash.whyboard"), {Test::chainSession(2), Test::richSampleSession()});
    SessionId deleted = 0;
    SessionId created = 0;
    {
        MainWindow window;
        QVERIFY(window.openLibrary(path));
        QVERIFY(window.openSession(2));
        deleted = window.currentDocument()->sessionId();
        QAction *restore = fileAction(window, QStringLiteral("&Restore Deleted Session…"));
        QAction *empty = fileAction(window, QStringLiteral("Empty &Trash…"));
        QVERIFY(restore && empty);
        QVERIFY(!restore->isEnabled());
        window.deleteSession(false);
        QVERIFY(restore->isEnabled());
        QVERIFY(empty->isEnabled());
        window.newSession();
        created = window.currentDocument()->sessionId();
        QVERIFY(created != deleted);
        QVERIFY(created > deleted);
        window.restoreDeletedSession(deleted);
        QCOMPARE(window.currentDocument()->sessionId(), deleted);
        Session expected = Test::richSampleSession();
        expected.id = deleted;
        QCOMPARE(Test::sessionDifference(window.currentDocument()->session(), expected), QString());
        QCOMPARE(window.library()->sessions().size(), 3);
        QVERIFY(!restore->isEnabled());
        window.deleteSession(false); // into the trash again, then quit
    }
    {
        MainWindow window;
        QVERIFY(window.openLibrary(path));
        QCOMPARE(window.library()->trashedSessions().size(), 1);
        QCOMPARE(window.library()->trashedSessions().first().id, deleted);
        window.emptyTrash(false);
        QVERIFY(window.library()->trashedSessions().isEmpty());
        QVERIFY(!window.library()->loadSession(deleted));
    }
    MainWindow window;
    QVERIFY(window.openLibrary(path));
    QVERIFY(window.library()->trashedSessions().isEmpty());
    window.newSession();
    QVERIFY(window.currentDocument()->sessionId() > created);
}

// Dismiss a finding on a card, delete the card, add a new why: the new card has an id of
// its own, so the dismissal cannot apply to it.
void TestMainWindow::newWhyAfterDeletingADismissedCardGetsAFreshId()
{
    const QString path = makeLibrary(QStringLiteral("ids.whyboard"), {Test::chainSession(2)});
    MainWindow window;
    QVERIFY(window.openLibrary(path));
    SessionDocument *document = window.currentDocument();
    QVERIFY(document);
    const QString deleted = document->session().cards.constLast().id;
    const QString parent = document->session().cards.at(document->session().cards.size() - 2).id;
    QVERIFY(document->push(new DismissFindingCommand(document, {QStringLiteral("shallow"), deleted, QStringLiteral("known")})));
    window.boardScene()->selectCards({deleted});
    window.boardActions()->deleteSelection()->trigger();
    QVERIFY(!document->session().card(deleted));
    window.boardScene()->selectCards({parent});
    window.boardActions()->addWhy()->trigger();
    QCOMPARE(document->session().cards.size(), 3);
    const QString fresh = document->session().cards.constLast().id;
    QVERIFY(fresh != deleted);
    for (const DismissedFinding &finding : document->session().dismissedFindings)
        QVERIFY(finding.itemId != fresh);
    // The counter is in the file with the step that used it.
    QCOMPARE(window.library()->loadSession(document->sessionId())->lastItemNumber, document->session().lastItemNumber);
}

// The Checks finding that asks "how do you know?" opens the card's evidence editor, and what
// the room types there is in the library at once.
void TestMainWindow::checksFindingOpensTheEvidenceEditor()
{
    const QString path = makeLibrary(QStringLiteral("evidence.whyboard"), {Test::chainSession(2)});
    MainWindow window;
    QVERIFY(window.openLibrary(path));
    SessionDocument *document = window.currentDocument();
    const QString cardId = document->session().cards.constLast().id;
    auto *checks = window.findChild<ChecksPanel *>();
    QVERIFY(checks);
    QVERIFY(checks->selectFinding(QStringLiteral("unverified"), cardId));
    auto *addEvidence = checks->findChild<QPushButton *>(QStringLiteral("addEvidence"));
    QVERIFY(addEvidence && addEvidence->isEnabled());
    QTest::mouseClick(addEvidence, Qt::LeftButton);
    auto *dialog = window.findChild<EvidenceDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->cardId(), cardId);
    QTest::keyClicks(dialog->evidenceEdit(), QStringLiteral("Connection pool graph, 14:02"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(document->session().card(cardId)->evidence, QStringLiteral("Connection pool graph, 14:02"));
    QCOMPARE(window.library()->loadSession(document->sessionId())->card(cardId)->evidence,
             QStringLiteral("Connection pool graph, 14:02"));
}

void TestMainWindow::statusBarFiguresFollowEdits_data()
{
    QTest::addColumn<QDateTime>("started");
    QTest::addColumn<QDateTime>("detected");
    QTest::addColumn<QDateTime>("resolved");
    QTest::addColumn<QVariant>("costPerMinute");
    QTest::addColumn<QString>("detect");
    QTest::addColumn<QString>("resolve");
    QTest::addColumn<bool>("costKnown");
    QTest::addColumn<bool>("problem");
    const QDateTime start(QDate(2017, 4, 6), QTime(18, 30), Qt::OffsetFromUTC, -7 * 3600);
    QTest::newRow("all known") << start << start.addSecs(180) << start.addSecs(39 * 60) << QVariant(250.0)
                               << "3 min" << "39 min" << true << false;
    QTest::newRow("nothing known") << QDateTime() << QDateTime() << QDateTime() << QVariant()
                                   << "unknown" << "unknown" << false << false;
    QTest::newRow("no cost per minute") << start << start.addSecs(60) << start.addSecs(120) << QVariant()
                                        << "1 min" << "2 min" << false << false;
    QTest::newRow("resolved before started") << start << QDateTime() << start.addSecs(-60) << QVariant(10.0)
                                             << "unknown" << "unknown" << false << true;
}

void TestMainWindow::statusBarFiguresFollowEdits()
{
    QFETCH(QDateTime, started);
    QFETCH(QDateTime, detected);
    QFETCH(QDateTime, resolved);
    QFETCH(QVariant, costPerMinute);
    QFETCH(QString, detect);
    QFETCH(QString, resolve);
    QFETCH(bool, costKnown);
    QFETCH(bool, problem);
    Session session;
    session.startedAt = started;
    session.detectedAt = detected;
    session.resolvedAt = resolved;
    if (costPerMinute.isValid())
        session.impact.costPerMinute = costPerMinute.toDouble();
    session.impact.currency = QStringLiteral("USD");
    SessionDocument document(session);
    MetricsStatus status;
    status.setDocument(&document);
    // Figures hold together with no-break spaces.
    QCOMPARE(status.timeToDetectText(), QString(detect).replace(QLatin1Char(' '), QChar::Nbsp));
    QCOMPARE(status.timeToResolveText(), QString(resolve).replace(QLatin1Char(' '), QChar::Nbsp));
    QCOMPARE(status.costText() != QStringLiteral("unknown"), costKnown);
    QCOMPARE(!status.problemsText().isEmpty(), problem);
    QVERIFY(!status.timeToDetectText().startsWith(QLatin1Char('-')));
    QVERIFY(!status.durationText().startsWith(QLatin1Char('-')));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
