// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesessions.h"
#include "postgrestesthelpers.h"
#include "windowtesthelpers.h"
#include "board/boardview.h"
#include "document/commands/editsessionfieldcommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/sessionlistmodel.h"
#include "storage/library.h"
#include "storage/librarylease.h"
#include "ui/leasebanner.h"
#include "ui/mainwindow.h"
#include "ui/sessionspanel.h"
#include "ui/workspace.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// Two windows on one library on a PostgreSQL server (two connections, as two people have):
// one edits a session, the other shows it read-only, names the editor and follows each edit
// within a second; the second can ask for the session and the first can hand it over.
class TestTeamWindows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::ScratchLibrary> m_scratch;

    static LeaseBanner *banner(const MainWindow &window) { return window.findChild<LeaseBanner *>(); }

    static bool listsTitle(const MainWindow &window, const QString &title)
    {
        const SessionListModel *model = window.sessionsPanel()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, SessionListModel::TitleColumn).data().toString() == title)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        WHYBOARD_REQUIRE_POSTGRES();
        Test::isolateSettings(m_settingsDir.path());
    }

    void init()
    {
        m_scratch = std::make_unique<Test::ScratchLibrary>(Test::LibraryBackend::Postgres);
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
        auto library = Library::open(m_scratch->location(), Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        QCOMPARE(library->insertSession(Test::richSampleSession()), SessionId(1));
    }

    void cleanup() { m_scratch.reset(); }

    void eachWindowShowsTheOthersEditsWithinASecond()
    {
        MainWindow editor;
        QVERIFY(Test::openWindow(editor, m_scratch->location()));
        QVERIFY(!editor.currentDocument()->isReadOnly());
        QVERIFY(banner(editor)->text().isEmpty());

        MainWindow watcher;
        QVERIFY(Test::openWindow(watcher, m_scratch->location()));
        QCOMPARE(watcher.currentDocument()->sessionId(), SessionId(1));
        QVERIFY(watcher.currentDocument()->isReadOnly());
        QVERIFY(watcher.bannerText().isEmpty()); // not "the library is read-only"
        QVERIFY2(banner(watcher)->text().contains(LibraryLease::userName()), qPrintable(banner(watcher)->text()));
        QCOMPARE(banner(watcher)->primaryButton()->text(), QStringLiteral("Ask to Edit"));
        // Nor can the watcher delete the session from under the editor.
        QVERIFY(!watcher.workspace()->trashSession());
        QVERIFY(watcher.workspace()->lastError().contains(QStringLiteral("is editing this session")));
        QCOMPARE(watcher.library()->sessions().size(), 1);

        // The watcher zooms in; the editor's change comes in without moving the board.
        watcher.boardView()->scale(1.5, 1.5);
        const QTransform zoom = watcher.boardView()->transform();
        SessionDocument *edited = editor.currentDocument();
        edited->push(new EditSessionFieldCommand(edited, SessionField::Title, QStringLiteral("Renamed in the room")));
        QTRY_COMPARE_WITH_TIMEOUT(watcher.currentDocument()->session().title, QStringLiteral("Renamed in the room"), 1000);
        QVERIFY(watcher.currentDocument()->isReadOnly());
        QTRY_COMPARE(watcher.boardView()->transform(), zoom);
        QTRY_VERIFY_WITH_TIMEOUT(listsTitle(watcher, QStringLiteral("Renamed in the room")), 1000);

        // A session the editor starts shows in the watcher's list.
        QVERIFY(editor.workspace()->newSession(QStringLiteral("Started next door"), QStringLiteral("Queue stalls")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(listsTitle(watcher, QStringLiteral("Started next door")), 1000);
    }

    void askingForASessionAndHandingItOver()
    {
        MainWindow editor;
        QVERIFY(Test::openWindow(editor, m_scratch->location()));
        MainWindow watcher;
        QVERIFY(Test::openWindow(watcher, m_scratch->location()));
        QVERIFY(watcher.currentDocument()->isReadOnly());

        QTest::mouseClick(banner(watcher)->primaryButton(), Qt::LeftButton);
        QVERIFY(!banner(watcher)->primaryButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(banner(editor)->text().contains(QStringLiteral("asks to edit this session")), 1000);
        QCOMPARE(banner(editor)->primaryButton()->text(), QStringLiteral("Hand Over"));
        QVERIFY(!editor.currentDocument()->isReadOnly());

        QTest::mouseClick(banner(editor)->primaryButton(), Qt::LeftButton);
        QVERIFY(editor.currentDocument()->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.currentDocument()->isReadOnly(), 1000);
        QVERIFY(banner(watcher)->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(banner(editor)->text().contains(LibraryLease::userName()), 1000);
        QCOMPARE(banner(editor)->primaryButton()->text(), QStringLiteral("Ask to Edit"));

        // The new editor's edit reaches the one who handed it over.
        SessionDocument *edited = watcher.currentDocument();
        edited->push(new EditSessionFieldCommand(edited, SessionField::Title, QStringLiteral("Handed over")));
        QTRY_COMPARE_WITH_TIMEOUT(editor.currentDocument()->session().title, QStringLiteral("Handed over"), 1000);

        // Closing lets go: the first window can take it back at once.
        watcher.workspace()->closeSession();
        QTRY_COMPARE_WITH_TIMEOUT(banner(editor)->primaryButton()->text(), QStringLiteral("Edit"), 1000);
        QTest::mouseClick(banner(editor)->primaryButton(), Qt::LeftButton);
        QVERIFY(!editor.currentDocument()->isReadOnly());
        QCOMPARE(editor.currentDocument()->session().title, QStringLiteral("Handed over"));
    }
};

QTEST_MAIN(TestTeamWindows)
#include "tst_teamwindows.moc"
