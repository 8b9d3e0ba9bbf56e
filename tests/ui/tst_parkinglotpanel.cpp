// SPDX-License-Identifier: GPL-3.0-or-later
// The parking lot: ideas set aside with one key and Enter while the room keeps drilling
// down, then made into action items or removed, each one undo step, all kept by the document.
#include "document/sessiondocument.h"
#include "itemmodels/parkinglotmodel.h"
#include "samplesessions.h"
#include "ui/parkinglotpanel.h"
#include "windowtesthelpers.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "storage/library.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Whyboard;

class TestParkingLotPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<SessionDocument> m_document;
    QLineEdit *m_drillingDown = nullptr; // stands for the card the room is typing in
    ParkingLotPanel *m_panel = nullptr;

    QLineEdit *entry() const { return m_panel->findChild<QLineEdit *>(QStringLiteral("parkingLotEntry")); }
    QTableView *list() const { return m_panel->findChild<QTableView *>(QStringLiteral("parkingLotList")); }
    QTemporaryDir m_settingsDir;

    QStringList ideaTexts() const
    {
        QStringList texts;
        for (const ParkedIdea &idea : m_document->session().parkingLot)
            texts.append(idea.text);
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { Test::isolateSettings(m_settingsDir.path()); }

    void init()
    {
        m_document = std::make_unique<SessionDocument>(Test::richSampleSession());
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_drillingDown = new QLineEdit(m_window.get());
        m_panel = new ParkingLotPanel(m_window.get());
        layout->addWidget(m_drillingDown);
        layout->addWidget(m_panel);
        m_panel->setDocument(m_document.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_drillingDown->setFocus();
        QTRY_VERIFY(m_drillingDown->hasFocus());
    }

    void cleanup()
    {
        m_window.reset();
        m_document.reset();
    }

    void enterParksTheIdeaAndGivesFocusBack()
    {
        const int steps = m_document->undoStack()->count();
        m_panel->startParking();
        QVERIFY(entry()->hasFocus());
        QTest::keyClicks(entry(), QStringLiteral("  We should alert on an empty rota  "));
        QTest::keyClick(entry(), Qt::Key_Return);
        QCOMPARE(ideaTexts().last(), QStringLiteral("We should alert on an empty rota"));
        QCOMPARE(list()->model()->rowCount(), 3);
        QVERIFY(entry()->text().isEmpty());
        QVERIFY2(m_drillingDown->hasFocus(), "the room goes on asking why where it was");
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        m_document->undoStack()->undo();
        QCOMPARE(ideaTexts().size(), 2);
    }

    void escapeParksNothing()
    {
        m_panel->startParking();
        QTest::keyClicks(entry(), QStringLiteral("half a thought"));
        QTest::keyClick(entry(), Qt::Key_Escape);
        QCOMPARE(ideaTexts().size(), 2);
        QVERIFY(m_drillingDown->hasFocus());
        QVERIFY(entry()->text().isEmpty());
    }

    void blankIdeaIsNotParked()
    {
        m_panel->startParking();
        QTest::keyClicks(entry(), QStringLiteral("   "));
        QTest::keyClick(entry(), Qt::Key_Return);
        QCOMPARE(ideaTexts().size(), 2);
    }

    void ideaBecomesAnActionItemInOneStep()
    {
        m_panel->setAddressedCards([] { return QStringList{QStringLiteral("c6")}; });
        QSignalSpy made(m_panel, &ParkingLotPanel::actionItemMade);
        auto *button = m_panel->findChild<QPushButton *>(QStringLiteral("parkingLotMakeAction"));
        QVERIFY(!button->isEnabled());
        list()->setFocus();
        list()->selectRow(1);
        QVERIFY(button->isEnabled());
        const int actions = int(m_document->session().actions.size());
        const int steps = m_document->undoStack()->count();
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(made.count(), 1);
        const ActionItem &action = m_document->session().actions.last();
        QCOMPARE(m_document->session().actions.size(), actions + 1);
        QCOMPARE(action.id, made.at(0).at(0).toString());
        QCOMPARE(action.text, QStringLiteral("Dashboards per region 🌍"));
        QCOMPARE(action.cardIds, QStringList{QStringLiteral("c6")});
        QCOMPARE(ideaTexts(), QStringList{QStringLiteral("We should add a synthetic checkout probe")});
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->session().actions.size(), actions);
        QCOMPARE(ideaTexts().size(), 2);
    }

    void deleteKeyRemovesTheSelectedIdeas()
    {
        list()->setFocus();
        list()->selectAll();
        QTest::keyClick(list(), Qt::Key_Delete);
        QVERIFY(ideaTexts().isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(ideaTexts().size(), 2);
    }

    void rewordingEditsTheIdeaButNeverEmptiesIt()
    {
        QAbstractItemModel *model = list()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->setData(model->index(0, 0), QStringLiteral("Synthetic probe every minute")));
        QCOMPARE(ideaTexts().first(), QStringLiteral("Synthetic probe every minute"));
        QVERIFY(!model->setData(model->index(0, 0), QStringLiteral("  ")));
        QCOMPARE(ideaTexts().first(), QStringLiteral("Synthetic probe every minute"));
        m_document->undoStack()->undo();
        QCOMPARE(ideaTexts().first(), QStringLiteral("We should add a synthetic checkout probe"));
    }

    // In the meeting: the room is on the board, someone proposes a fix; Ctrl+K, the idea,
    // Enter, and the board has the keys again. The idea is in the library at once.
    void ctrlKParksFromTheBoardOfTheRealWindow()
    {
        m_window.reset();
        QTemporaryDir dir;
        const QString path = Test::makeLibrary(dir.filePath(QStringLiteral("room.whyboard")), {Test::richSampleSession()});
        MainWindow window;
        QVERIFY(Test::openWindow(window, path));
        window.boardView()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), window.boardView());
        QTest::keyClick(window.boardView(), Qt::Key_K, Qt::ControlModifier);
        QDockWidget *dock = window.findChild<QDockWidget *>(QStringLiteral("parkingLotDock"));
        QVERIFY(dock && dock->isVisible());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("parkingLotEntry"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Add a canary stage"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), window.boardView());
        QCOMPARE(window.currentDocument()->session().parkingLot.last().text, QStringLiteral("Add a canary stage"));
        auto reader = Library::open(path, Library::OpenMode::ReadOnly);
        QVERIFY(reader);
        QCOMPARE(reader->loadSession(window.currentDocument()->sessionId())->parkingLot.size(), 3);
    }

    void readOnlySessionTakesNoIdeas()
    {
        m_document->setReadOnly(true);
        m_panel->setDocument(m_document.get());
        QVERIFY(!entry()->isEnabled());
        QVERIFY(!(list()->model()->flags(list()->model()->index(0, 0)) & Qt::ItemIsEditable));
        list()->selectRow(0);
        QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("parkingLotRemove"))->isEnabled());
    }
};

QTEST_MAIN(TestParkingLotPanel)
#include "tst_parkinglotpanel.moc"
