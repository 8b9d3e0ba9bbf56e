// SPDX-License-Identifier: GPL-3.0-or-later
// The Follow-ups page on the real window, driven by keys: every action of the library with its
// session, edits in place that are in the file at once and undone with Ctrl+Z, the overdue
// mark, opening a row's session, and the review a new session offers first.
#include "analysis/contrast.h"
#include "board/boardview.h"
#include "document/sessiondocument.h"
#include "followupfiles.h"
#include "followupsessions.h"
#include "itemmodels/followupsfiltermodel.h"
#include "itemmodels/followupsmodel.h"
#include "storage/library.h"
#include "ui/actionitemspanel.h"
#include "ui/centralarea.h"
#include "ui/followupseditor.h"
#include "ui/followupspage.h"
#include "ui/followupsreview.h"
#include "ui/mainwindow.h"
#include "windowtesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Whyboard;
using Whyboard::Test::press;

class TestFollowUpsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QDate m_today = QDate::currentDate();

    QString libraryPath() const { return m_dir->filePath(QStringLiteral("lib.whyboard")); }

    bool open(MainWindow &window)
    {
        if (Test::makeLibrary(libraryPath(), Test::followUpSessions(m_today)).isEmpty())
            return false;
        if (!Library::open(libraryPath(), Library::OpenMode::OpenExisting)->trashSession(3))
            return false;
        QSettings().clear();
        return Test::openWindow(window, libraryPath()) && window.currentDocument()
               && window.currentDocument()->sessionId() == 2;
    }
    // Enter in a cell's editor: the delegate commits once the editor has seen the key.
    static void commit()
    {
        press(Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    static QUndoGroup *undoGroup(const MainWindow &window)
    {
        return window.findChild<QUndoGroup *>(QString(), Qt::FindDirectChildrenOnly);
    }
    static FollowUpsPage *page(const MainWindow &window) { return window.findChild<FollowUpsPage *>(); }
    static FollowUpsPage *showPage(MainWindow &window)
    {
        window.boardView()->setFocus();
        press(Qt::CTRL | Qt::Key_3);
        FollowUpsPage *shown = page(window);
        return window.centralArea()->currentPage() == shown ? shown : nullptr;
    }
    // The cell of an action, made current in the table.
    static QModelIndex goTo(FollowUpsPage *page, SessionId session, const QString &actionId, int column)
    {
        const int row = page->model()->rowOf(session, actionId);
        if (row < 0)
            return {};
        const QModelIndex index = page->filterModel()->mapFromSource(page->model()->index(row, column));
        page->view()->setFocus();
        page->view()->setCurrentIndex(index);
        return index;
    }
    // The action as the file holds it now, read by a second reader of the library.
    std::optional<ActionItem> stored(SessionId session, const QString &actionId) const
    {
        const std::unique_ptr<Library> reader = Library::open(libraryPath(), Library::OpenMode::ReadOnly);
        const std::optional<Session> loaded = reader ? reader->loadSession(session) : std::nullopt;
        if (!loaded)
            return std::nullopt;
        for (const ActionItem &action : loaded->actions) {
            if (action.id == actionId)
                return action;
        }
        return std::nullopt;
    }
    static QString cell(FollowUpsPage *page, SessionId session, const QString &actionId, int column)
    {
        return page->model()->index(page->model()->rowOf(session, actionId), column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { Test::isolateSettings(m_settingsDir.path()); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void listsEveryUnfinishedActionWithOverdueMarked()
    {
        MainWindow window;
        QVERIFY(open(window));
        FollowUpsPage *followUps = showPage(window);
        QVERIFY(followUps);
        QCOMPARE(QApplication::focusWidget(), followUps->view());
        // Open and in progress, of both sessions outside the trash.
        QCOMPARE(followUps->view()->model()->rowCount(), 4);
        QVERIFY2(followUps->summaryText().startsWith(QStringLiteral("Action items: 4 of 5")), qPrintable(followUps->summaryText()));
        QVERIFY(followUps->summaryText().contains(QStringLiteral("overdue: 1")));
        const QModelIndex due = followUps->model()->index(followUps->model()->rowOf(1, QStringLiteral("a2")), FollowUpsModel::DueColumn);
        QVERIFY(due.data(FollowUpsModel::OverdueRole).toBool());
        QVERIFY(due.data().toString().contains(QStringLiteral("overdue")));
        const QColor red = due.data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(Contrast::ratio(red, followUps->view()->palette().color(QPalette::Base)) >= Contrast::minimum);
        QVERIFY(Contrast::ratio(red, followUps->view()->palette().color(QPalette::AlternateBase)) >= Contrast::minimum);
        QVERIFY(!followUps->model()->index(followUps->model()->rowOf(1, QStringLiteral("a3")), FollowUpsModel::DueColumn)
                     .data(FollowUpsModel::OverdueRole).toBool());
        QCOMPARE(cell(followUps, 1, QStringLiteral("a2"), FollowUpsModel::SessionColumn), QStringLiteral("Checkout outage, EU"));
    }

    void overdueColourReadsOnEveryTheme()
    {
        for (const QColor &background : {QColor(Qt::white), QColor(0xf4, 0xf4, 0xf4), QColor(0x2b, 0x2b, 0x2b), QColor(Qt::black),
                                         QColor(0x1e, 0x1e, 0x2e), QColor(0xff, 0xf8, 0xe1)}) {
            const QColor alternate = background.lightness() > 128 ? background.darker(108) : background.lighter(130);
            const QColor text = FollowUpsModel::overdueForeground(background, alternate);
            QVERIFY2(Contrast::ratio(text, background) >= Contrast::minimum, qPrintable(background.name()));
            QVERIFY2(Contrast::ratio(text, alternate) >= Contrast::minimum, qPrintable(alternate.name()));
            QVERIFY(text.red() > text.green() && text.red() > text.blue()); // still reads as red
        }
    }

    void statusEditIsInTheFileAtOnceAndUndoes()
    {
        MainWindow window;
        QVERIFY(open(window));
        FollowUpsPage *followUps = showPage(window);
        QVERIFY(goTo(followUps, 1, QStringLiteral("a2"), FollowUpsModel::StatusColumn).isValid());
        press(Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(combo);
        press(Qt::Key_End); // Done: a choice by key is committed at once, and the editor closes
        // Session 1 is not the one on the board: its own document wrote the step already.
        QCOMPARE(stored(1, QStringLiteral("a2"))->status, ActionStatus::Done);
        QCOMPARE(followUps->editor()->heldDocumentCount(), 1);
        QCoreApplication::processEvents(); // the page reads the rows once per turn
        QCOMPARE(followUps->model()->index(followUps->model()->rowOf(1, QStringLiteral("a2")), 0).data(FollowUpsModel::StatusRole).toInt(),
                 int(ActionStatus::Done));
        QCOMPARE(followUps->view()->model()->rowCount(), 3); // done: out of "open and in progress"
        // Ctrl+Z on the page undoes that edit, not the board's session.
        QCOMPARE(undoGroup(window)->activeStack(), followUps->editor()->documentFor(1)->undoStack());
        followUps->view()->setFocus();
        press(QKeySequence(QKeySequence::Undo)[0]);
        QCOMPARE(stored(1, QStringLiteral("a2"))->status, ActionStatus::Open);
        QCoreApplication::processEvents();
        QCOMPARE(followUps->view()->model()->rowCount(), 4);
        press(QKeySequence(QKeySequence::Redo)[0]);
        QCOMPARE(stored(1, QStringLiteral("a2"))->status, ActionStatus::Done);
        // Back on the board, Undo is the board's session's again.
        press(Qt::CTRL | Qt::Key_1);
        QCOMPARE(undoGroup(window)->activeStack(), window.currentDocument()->undoStack());
    }

    void ownerAndDueEditsAndUndoAcrossSessions()
    {
        MainWindow window;
        QVERIFY(open(window));
        FollowUpsPage *followUps = showPage(window);
        // Session 1 (its own document), then session 2 (the one open on the board).
        QVERIFY(goTo(followUps, 1, QStringLiteral("a3"), FollowUpsModel::OwnerColumn).isValid());
        press(Qt::Key_F2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Dee"));
        commit();
        QCOMPARE(stored(1, QStringLiteral("a3"))->owner, QStringLiteral("Dee"));
        QCoreApplication::processEvents();
        QVERIFY(goTo(followUps, 2, QStringLiteral("a2"), FollowUpsModel::DueColumn).isValid());
        press(Qt::Key_F2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        const QDate newDue = m_today.addDays(7);
        QTest::keyClicks(QApplication::focusWidget(), newDue.toString(Qt::ISODate));
        commit();
        QCOMPARE(stored(2, QStringLiteral("a2"))->due, newDue);
        // The board's session took the edit on its own document: no second one.
        QCOMPARE(window.currentDocument()->session().actions.at(0).due, newDue);
        QCOMPARE(followUps->editor()->heldDocumentCount(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(cell(followUps, 1, QStringLiteral("a3"), FollowUpsModel::OwnerColumn), QStringLiteral("Dee"));

        // Ctrl+Z twice: the due day (session 2), then the owner (session 1).
        followUps->view()->setFocus();
        press(QKeySequence(QKeySequence::Undo)[0]);
        QVERIFY(!stored(2, QStringLiteral("a2"))->due.isValid());
        QCOMPARE(stored(1, QStringLiteral("a3"))->owner, QStringLiteral("Dee"));
        press(QKeySequence(QKeySequence::Undo)[0]);
        QCOMPARE(stored(1, QStringLiteral("a3"))->owner, QStringLiteral("Bo"));
    }

    void openingAHeldSessionKeepsOneDocument()
    {
        MainWindow window;
        QVERIFY(open(window));
        FollowUpsPage *followUps = showPage(window);
        QVERIFY(goTo(followUps, 1, QStringLiteral("a2"), FollowUpsModel::OwnerColumn).isValid());
        press(Qt::Key_F2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Eve"));
        commit();
        QCOMPARE(followUps->editor()->heldDocumentCount(), 1);
        // The sessions list (or anything else) opens session 1: the page lets go of its copy.
        QVERIFY(window.openSession(1));
        QCOMPARE(followUps->editor()->heldDocumentCount(), 0);
        QCOMPARE(window.currentDocument()->session().actions.at(0).owner, QStringLiteral("Eve"));
        // Edits go on the Workspace's document now.
        QVERIFY(showPage(window));
        QCoreApplication::processEvents();
        QVERIFY(goTo(followUps, 1, QStringLiteral("a2"), FollowUpsModel::OwnerColumn).isValid());
        press(Qt::Key_F2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Fay"));
        commit();
        QCOMPARE(followUps->editor()->heldDocumentCount(), 0);
        QCOMPARE(window.currentDocument()->session().actions.at(0).owner, QStringLiteral("Fay"));
    }

    void enterOpensTheRowsSession()
    {
        MainWindow window;
        QVERIFY(open(window));
        FollowUpsPage *followUps = showPage(window);
        QVERIFY(goTo(followUps, 1, QStringLiteral("a3"), FollowUpsModel::TextColumn).isValid());
        press(Qt::Key_Return);
        QCOMPARE(window.currentDocument()->sessionId(), SessionId(1));
        QCOMPARE(window.centralArea()->currentPage(), nullptr);
        QCOMPARE(window.actionItemsPanel()->selectedActionIds(), QStringList{QStringLiteral("a3")});
    }

    void filtersByOwnerAndDueWindow()
    {
        MainWindow window;
        QVERIFY(open(window));
        FollowUpsPage *followUps = showPage(window);
        followUps->setToday(m_today);
        QComboBox *owner = followUps->ownerFilter();
        owner->setFocus();
        const int ana = owner->findText(QStringLiteral("Ana"));
        QVERIFY(ana > 0);
        for (int i = 0; i < ana; ++i)
            QTest::keyClick(owner, Qt::Key_Down);
        QCOMPARE(followUps->view()->model()->rowCount(), 2); // Ana's two unfinished ones
        QComboBox *status = followUps->statusFilter();
        status->setFocus();
        QTest::keyClick(status, Qt::Key_End); // any status: "ana"'s done one joins
        QCOMPARE(followUps->view()->model()->rowCount(), 3);
        QComboBox *due = followUps->dueFilter();
        due->setFocus();
        QTest::keyClick(due, Qt::Key_Down); // overdue
        QCOMPARE(followUps->view()->model()->rowCount(), 1);
        QCOMPARE(followUps->view()->model()->index(0, FollowUpsModel::TextColumn).data().toString(), QStringLiteral("Add a canary step"));
        QVERIFY(followUps->summaryText().contains(QStringLiteral("Action items: 1 of 5")));

        // The export writes the list as shown.
        QString error;
        const QString csv = m_dir->filePath(QStringLiteral("shown.csv"));
        QVERIFY2(followUps->exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = Test::csvRows(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0), QStringLiteral("Add a canary step"));

        QVERIFY(FollowUpsFilterModel::isInWindow(FollowUpsFilterModel::DueWindow::ThisWeek, QDate(2026, 12, 6), true, QDate(2026, 11, 30)));
        QVERIFY(!FollowUpsFilterModel::isInWindow(FollowUpsFilterModel::DueWindow::ThisWeek, QDate(2026, 12, 7), true, QDate(2026, 11, 30)));
        QVERIFY(FollowUpsFilterModel::isInWindow(FollowUpsFilterModel::DueWindow::Next30Days, QDate(2026, 12, 30), true, QDate(2026, 11, 30)));
        QVERIFY(!FollowUpsFilterModel::isInWindow(FollowUpsFilterModel::DueWindow::Overdue, QDate(2026, 11, 1), false, QDate(2026, 11, 30)));
    }

    void newSessionOffersTheReviewFirstAndKeepsTheFirstSentence()
    {
        MainWindow window;
        QVERIFY(open(window));
        window.boardView()->setFocus();
        press(QKeySequence(QKeySequence::New)[0]);
        auto *review = window.findChild<FollowUpsReview *>();
        QVERIFY(review && review->isVisible());
        QVERIFY2(review->listText().contains(QStringLiteral("open actions from earlier incidents (4)")), qPrintable(review->listText()));
        QVERIFY(review->listText().contains(QStringLiteral("• Add a canary step (Ana, overdue since")));
        QVERIFY(!review->listText().contains(QStringLiteral("Never seen")));
        // The room's first sentence still goes into the problem card.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Checkout failed again"));
        press(Qt::Key_Return);
        QCOMPARE(window.currentDocument()->session().problemCard()->text, QStringLiteral("Checkout failed again"));
        QVERIFY(review->isVisible());
        QTest::mouseClick(review->reviewButton(), Qt::LeftButton);
        QCOMPARE(window.centralArea()->currentPage(), page(window));
        QVERIFY(!review->isVisible());
    }
};

QTEST_MAIN(TestFollowUpsPage)
#include "tst_followupspage.moc"
