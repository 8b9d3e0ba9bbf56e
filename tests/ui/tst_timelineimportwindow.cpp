// SPDX-License-Identifier: GPL-3.0-or-later
// Session › Import Timeline… on the real window: the preview reads an export, shows each row's
// time, kind and whether it is added (and why not), lets the room drop a row with Space, and
// adds the chosen rows as one undo step that is in the library at once.
#include "document/sessiondocument.h"
#include "itemmodels/timelineimportmodel.h"
#include "storage/library.h"
#include "ui/mainwindow.h"
#include "ui/timelineimportdialog.h"
#include "ui/timelinepanel.h"
#include "windowtesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Whyboard;
using Whyboard::Test::press;

namespace {

const int pacificDaylight = -7 * 3600;

QDateTime pacific(int day, int hour, int minute)
{
    return QDateTime(QDate(2017, 4, day), QTime(hour, minute), Qt::OffsetFromUTC, pacificDaylight);
}

Session sessionWithOneStep()
{
    Session session;
    session.title = QStringLiteral("Checkout outage");
    Card problem;
    problem.id = QStringLiteral("c1");
    problem.text = QStringLiteral("Checkout failed for 40 minutes");
    session.cards << problem;
    TimelineEvent paged;
    paged.id = QStringLiteral("e1");
    paged.at = pacific(6, 18, 50);
    paged.kind = EventKind::Escalation;
    paged.text = QStringLiteral("bob: paged the DBA");
    session.timeline << paged;
    session.lastItemNumber = 1;
    return session;
}

} // namespace

class TestTimelineImportWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;

    QString writeCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("channel.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        // Wall-clock times of the incident's zone, over midnight; one the room already has;
        // one whose time nobody can read.
        file.write("time,author,message\n"
                   "2017-04-06 18:42,alice,deploy 42 started\n"
                   "2017-04-06 18:50,bob,paged the DBA\n"
                   "2017-04-06 23:58,alice,rolled back deploy 42\n"
                   "soon,carol,will look\n"
                   "2017-04-07 00:10,alice,errors back to normal\n");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { Test::isolateSettings(m_settingsDir.path()); }

    void previewChosenRowsBecomeOneStepInTheLibrary()
    {
        const QString libraryPath = Test::makeLibrary(m_dir.filePath(QStringLiteral("lib.whyboard")), {sessionWithOneStep()});
        QVERIFY(!libraryPath.isEmpty());
        MainWindow window;
        QVERIFY(Test::openWindow(window, libraryPath));
        SessionDocument *document = window.currentDocument();
        QVERIFY(document);
        const QString csv = writeCsv();
        QVERIFY(!csv.isEmpty());

        QAction *importAction = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I))
                importAction = action;
        }
        QVERIFY(importAction);
        QVERIFY(importAction->isEnabled());

        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TimelineImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isSettled());
            // The incident's zone, typed: the rows are read again in it.
            auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("timeZone"));
            QVERIFY(zone);
            QVERIFY(zone->isEditable());
            zone->setFocus();
            zone->lineEdit()->selectAll();
            QTest::keyClicks(zone->lineEdit(), QStringLiteral("America/Los_Angeles"));
            QTRY_VERIFY(!dialog->isSettled());
            QTRY_VERIFY(dialog->isSettled());
            TimelineImportModel *model = dialog->model();
            QCOMPARE(model->rowCount(), 5);
            QCOMPARE(model->rows().at(0).event.at, pacific(6, 18, 42));
            QCOMPARE(model->rows().at(0).event.text, QStringLiteral("alice: deploy 42 started"));
            QCOMPARE(model->rows().at(1).status, TimelineImportRow::Status::AlreadyInTimeline);
            QCOMPARE(model->rows().at(2).event.kind, EventKind::Mitigation); // "rolled back"
            QCOMPARE(model->rows().at(3).status, TimelineImportRow::Status::Skipped);
            QVERIFY(!model->rows().at(3).reason.isEmpty());
            QCOMPARE(model->rows().at(4).event.at.date(), QDate(2017, 4, 7));
            QCOMPARE(model->chosenCount(), 3);
            // Space on the first row drops it.
            auto *table = dialog->findChild<QTableView *>();
            table->setFocus();
            table->selectRow(0);
            press(Qt::Key_Space);
            QCOMPARE(model->chosenCount(), 2);
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QPushButton *add = nullptr;
            for (QAbstractButton *button : buttons->buttons()) {
                if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                    add = qobject_cast<QPushButton *>(button);
            }
            QVERIFY(add && add->isEnabled());
            QCOMPARE(add->text(), QStringLiteral("Add 2 Events"));
            add->click();
            checked = true;
        });
        const int stepsBefore = document->undoStack()->count();
        window.findChild<TimelinePanel *>()->importTimeline(csv);
        QVERIFY(checked);

        QCOMPARE(document->session().timeline.size(), 3);
        QCOMPARE(document->undoStack()->count(), stepsBefore + 1);
        const std::unique_ptr<Library> reader = Library::open(libraryPath, Library::OpenMode::ReadOnly);
        const std::optional<Session> stored = reader->loadSession(document->sessionId());
        QVERIFY(stored);
        QCOMPARE(stored->timeline.size(), 3);
        QCOMPARE(stored->timeline.last().at, QDateTime(QDate(2017, 4, 7), QTime(0, 10), Qt::OffsetFromUTC, pacificDaylight));
        QCOMPARE(stored->timeline.last().at.offsetFromUtc(), pacificDaylight);

        document->undoStack()->undo();
        QCOMPARE(document->session().timeline.size(), 1);
    }

    void aBrokenFileSaysWhereAndAddsNothing()
    {
        const QString libraryPath = Test::makeLibrary(m_dir.filePath(QStringLiteral("broken.whyboard")), {sessionWithOneStep()});
        MainWindow window;
        QVERIFY(Test::openWindow(window, libraryPath));
        const QString path = m_dir.filePath(QStringLiteral("broken.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("time,text\n2017-04-06 18:42,\"never closed\n2017-04-06 18:43,more\n");
        file.close();
        QString error;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TimelineImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isSettled());
            error = dialog->errorText();
            QCOMPARE(dialog->model()->rowCount(), 0);
            dialog->reject();
        });
        window.findChild<TimelinePanel *>()->importTimeline(path);
        QVERIFY2(error.contains(QStringLiteral("broken.csv")) && error.contains(QStringLiteral("line 2")), qPrintable(error));
        QCOMPARE(window.currentDocument()->session().timeline.size(), 1);
    }
};

QTEST_MAIN(TestTimelineImportWindow)
#include "tst_timelineimportwindow.moc"
