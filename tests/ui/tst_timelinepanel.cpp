// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/labels.h"
#include "document/sessiondocument.h"
#include "itemmodels/timelinemodel.h"
#include "samplesessions.h"
#include "ui/chatlogdialog.h"
#include "ui/datetimelineedit.h"
#include "ui/timelinepanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

namespace {
// The view's index of an event's cell (the view shows the time-sorted proxy).
QModelIndex cellOf(TimelinePanel &panel, const QString &eventId, int column)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(panel.view()->model());
    return proxy->mapFromSource(panel.model()->index(panel.model()->rowOfEvent(eventId), column));
}

void clickCell(TimelinePanel &panel, const QModelIndex &index)
{
    QVERIFY(index.isValid());
    panel.view()->scrollTo(index);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(index).center());
}

// Clicks the cell and opens its editor with F2, as a keyboard user would.
template<typename Editor>
Editor *openEditor(TimelinePanel &panel, const QModelIndex &index)
{
    clickCell(panel, index);
    QTest::keyClick(panel.view(), Qt::Key_F2);
    return panel.view()->viewport()->findChild<Editor *>();
}

void showPanel(TimelinePanel &panel)
{
    panel.resize(900, 500);
    panel.show();
    // Active, so that clicks give focus and the panel's shortcuts apply.
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
}
} // namespace

class TestTimelinePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editTextThroughDelegate();
    void editKindThroughComboBox();
    void editTimeKeepsOffset();
    void chatLogPasteIsOneUndoStep();
    void chatLogListsUnrecognisedLines();
    void offersTimesFromTimeline();
    void typingOnATimeCellReplacesIt();
    void stepCountsFromThePreviousEventAndMovesTheSessionTime();
    void detectionKindSetsTheDetectedTime();
    void chatLogPasteSetsTimesAndEmoji();
    void columnsFitTheirEditors();
    void deleteSelectedEvents();
};

void TestTimelinePanel::editTextThroughDelegate()
{
    SessionDocument document(Test::richSampleSession());
    TimelinePanel panel;
    panel.setDocument(&document);
    showPanel(panel);

    auto *editor = openEditor<QLineEdit>(panel, cellOf(panel, QStringLiteral("e1"), TimelineModel::TextColumn));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Deploy of config #4411"));
    QTest::keyClick(editor, Qt::Key_Return);
    const int row = document.session().indexOfEvent(QStringLiteral("e1"));
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(document.session().timeline.at(row).text, QStringLiteral("Deploy of config #4411"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.session().timeline.at(row).text, QStringLiteral("Config push #4411"));
}

void TestTimelinePanel::editKindThroughComboBox()
{
    SessionDocument document(Test::richSampleSession());
    TimelinePanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    auto *combo = openEditor<QComboBox>(panel, cellOf(panel, QStringLiteral("e3"), TimelineModel::KindColumn));
    QVERIFY(combo);
    QCOMPARE(combo->count(), int(Labels::eventKinds().size()));
    for (int i = 0; i < combo->count(); ++i)
        QCOMPARE(combo->itemText(i), Labels::eventKind(EventKind(combo->itemData(i).toInt())));
    // Typing a choice's first letter picks it ("Mitigation" is the only kind with an M).
    QTest::keyClick(combo, Qt::Key_M);
    const int row = document.session().indexOfEvent(QStringLiteral("e3"));
    QCOMPARE(document.session().timeline.at(row).kind, EventKind::Mitigation);
    QCOMPARE(cellOf(panel, QStringLiteral("e3"), TimelineModel::KindColumn).data().toString(),
             Labels::eventKind(EventKind::Mitigation));
    document.undoStack()->undo();
    QCOMPARE(document.session().timeline.at(row).kind, EventKind::Escalation);
}

void TestTimelinePanel::editTimeKeepsOffset()
{
    SessionDocument document(Test::richSampleSession());
    TimelinePanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    // e1 happened at 18:30 in -07:00; the editor shows that wall-clock time.
    auto *editor = openEditor<DateTimeLineEdit>(panel, cellOf(panel, QStringLiteral("e1"), TimelineModel::TimeColumn));
    QVERIFY(editor);
    const QString shown = editor->text();
    QVERIFY2(shown.contains(QStringLiteral("18:30")), qPrintable(shown));
    // Overtype the minutes, as a user who clicked into them would.
    editor->setCursorPosition(int(shown.indexOf(QStringLiteral("18:30"))) + 3);
    QTest::keyClicks(editor, QStringLiteral("45"));
    QCOMPARE(editor->text(), QString(shown).replace(QStringLiteral("18:30"), QStringLiteral("18:45")));
    QTest::keyClick(editor, Qt::Key_Return);
    const int row = document.session().indexOfEvent(QStringLiteral("e1"));
    QTRY_COMPARE(document.session().timeline.at(row).at.time(), QTime(18, 45));
    const TimelineEvent &event = document.session().timeline.at(row);
    QCOMPARE(event.at.offsetFromUtc(), -7 * 3600);
    document.undoStack()->undo();
    QCOMPARE(document.session().timeline.at(0).at.time(), QTime(18, 30));
}

void TestTimelinePanel::typingOnATimeCellReplacesIt()
{
    SessionDocument document(Test::richSampleSession());
    TimelinePanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    // e3 was at 01:50 UTC on 5 March: "19:02" typed on its cell is that day, that offset.
    clickCell(panel, cellOf(panel, QStringLiteral("e3"), TimelineModel::TimeColumn));
    QTest::keyClick(panel.view(), Qt::Key_1);
    auto *editor = panel.view()->viewport()->findChild<DateTimeLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("9:02"));
    QCOMPARE(editor->text(), QStringLiteral("19:02"));
    QTest::keyClick(editor, Qt::Key_Return);
    const int row = document.session().indexOfEvent(QStringLiteral("e3"));
    QTRY_VERIFY(sameZonedTime(document.session().timeline.at(row).at, QDateTime(QDate(2026, 3, 5), QTime(19, 2), Qt::UTC).toOffsetFromUtc(0)));
}

void TestTimelinePanel::stepCountsFromThePreviousEventAndMovesTheSessionTime()
{
    SessionDocument document(Test::richSampleSession());
    TimelinePanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    // e5 (the resolution, 02:17 UTC) follows e3 (01:50 UTC): "+5m" is 01:55 UTC. The session's
    // resolved time was taken from e5, so it moves too, in the same undo step.
    auto *editor = openEditor<DateTimeLineEdit>(panel, cellOf(panel, QStringLiteral("e5"), TimelineModel::TimeColumn));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("+5m"));
    QTest::keyClick(editor, Qt::Key_Return);
    const QDateTime expected = QDateTime(QDate(2026, 3, 5), QTime(1, 55), Qt::UTC).toOffsetFromUtc(0);
    const int row = document.session().indexOfEvent(QStringLiteral("e5"));
    QTRY_VERIFY(sameZonedTime(document.session().timeline.at(row).at, expected));
    QVERIFY(sameZonedTime(document.session().resolvedAt, expected));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(sameZonedTime(document.session().resolvedAt, Test::richSampleSession().resolvedAt));
}

void TestTimelinePanel::detectionKindSetsTheDetectedTime()
{
    Session session = Test::richSampleSession();
    session.detectedAt = QDateTime();
    session.timeline[1].kind = EventKind::Note; // e2 no longer the detection
    SessionDocument document(session);
    TimelinePanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    auto *combo = openEditor<QComboBox>(panel, cellOf(panel, QStringLiteral("e3"), TimelineModel::KindColumn));
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_D); // "Detection"
    QVERIFY(sameZonedTime(document.session().detectedAt, session.timeline.at(2).at));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(!document.session().detectedAt.isValid());
    QCOMPARE(document.session().timeline.at(2).kind, EventKind::Escalation);
}

void TestTimelinePanel::chatLogPasteSetsTimesAndEmoji()
{
    Session session;
    session.startedAt = QDateTime(QDate(2017, 4, 6), QTime(18, 30), Qt::OffsetFromUTC, -7 * 3600);
    SessionDocument document(session);
    TimelinePanel panel;
    panel.setDocument(&document);
    ChatLogDialog dialog(QDate(2017, 4, 6), -7 * 3600);
    dialog.setText(QStringLiteral("18:42 alice: :rotating_light: alert fired for checkout\n"
                                  "18:55 carol: :white_check_mark: resolved\n"));
    QCOMPARE(dialog.events().size(), 2);
    QCOMPARE(dialog.events().at(1).text, QString::fromUtf8("carol: ✅ resolved"));
    panel.addEvents(dialog.events(), QStringLiteral("Paste chat log"));
    QCOMPARE(document.session().detectedAt, QDateTime(QDate(2017, 4, 6), QTime(18, 42), Qt::OffsetFromUTC, -7 * 3600));
    QCOMPARE(document.session().resolvedAt, QDateTime(QDate(2017, 4, 6), QTime(18, 55), Qt::OffsetFromUTC, -7 * 3600));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(panel.proposedTimes().isEmpty());
    document.undoStack()->undo();
    QVERIFY(!document.session().detectedAt.isValid());
}

void TestTimelinePanel::columnsFitTheirEditors()
{
    SessionDocument document(Test::richSampleSession());
    TimelinePanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    const QFontMetrics metrics = panel.view()->fontMetrics();
    QHeaderView *header = panel.view()->horizontalHeader();
    QVERIFY(header->sectionSize(TimelineModel::TimeColumn) >= DateTimeLineEdit::preferredWidth(metrics, DateTimeLineEdit::Mode::DateTime));
    auto *editor = openEditor<DateTimeLineEdit>(panel, cellOf(panel, QStringLiteral("e2"), TimelineModel::TimeColumn));
    QVERIFY(editor);
    // The whole text and the calendar button fit.
    QVERIFY2(editor->width() >= metrics.horizontalAdvance(editor->text()) + metrics.height(),
             qPrintable(QString::number(editor->width())));
    QTest::keyClick(editor, Qt::Key_Escape);
    int widest = 0;
    for (EventKind kind : Labels::eventKinds())
        widest = std::max(widest, metrics.horizontalAdvance(Labels::eventKind(kind)));
    QVERIFY(header->sectionSize(TimelineModel::KindColumn) >= widest + 20); // the text and the arrow
}

void TestTimelinePanel::chatLogPasteIsOneUndoStep()
{
    SessionDocument document(Test::richSampleSession());
    const Session original = document.session();
    TimelinePanel panel;
    panel.setDocument(&document);
    ChatLogDialog dialog(QDate(2017, 4, 6), -7 * 3600);
    dialog.setText(QStringLiteral("18:42 alice: rolled back the deploy\n"
                                  "[2017-04-06 18:50] bob: paged the DBA\n"
                                  "18:55 carol: error rate back to normal, resolved\n"));
    QCOMPARE(dialog.events().size(), 3);
    QCOMPARE(dialog.unrecognisedCount(), 0);
    const QStringList ids = panel.addEvents(dialog.events(), QStringLiteral("Paste chat log"));
    QCOMPARE(ids.size(), 3);
    QCOMPARE(document.session().timeline.size(), original.timeline.size() + 3);
    QCOMPARE(document.undoStack()->count(), 1);
    const TimelineEvent &first = document.session().timeline.at(document.session().indexOfEvent(ids.first()));
    QCOMPARE(first.at, QDateTime(QDate(2017, 4, 6), QTime(18, 42), Qt::OffsetFromUTC, -7 * 3600));
    QVERIFY(first.text.contains(QStringLiteral("rolled back the deploy")));
    QVERIFY(first.text.contains(QStringLiteral("alice")));
    document.undoStack()->undo();
    QVERIFY(document.session() == original);
}

void TestTimelinePanel::chatLogListsUnrecognisedLines()
{
    ChatLogDialog dialog(QDate(2017, 4, 6), 0);
    dialog.setText(QStringLiteral("=== #incident-4411 topic: checkout down ===\n"
                                  "18:42 alice: rolled back\n"
                                  "18:43 bob: ok\n"));
    // A junk line before any message is listed, not dropped, and not turned into an event.
    QCOMPARE(dialog.events().size(), 2);
    QCOMPARE(dialog.unrecognisedCount(), 1);
}

void TestTimelinePanel::offersTimesFromTimeline()
{
    Session session = Test::richSampleSession();
    session.detectedAt = session.timeline.at(1).at.addSecs(60); // written by the room, not the timeline
    session.resolvedAt = session.timeline.at(4).at.addSecs(60);
    SessionDocument document(session);
    TimelinePanel panel;
    panel.setDocument(&document);
    // The first detection (e2) and resolution (e5) are offered, nothing is set until asked.
    const QList<TimelineTimes::Source> proposals = panel.proposedTimes();
    QCOMPARE(proposals.size(), 2);
    QCOMPARE(proposals.at(0).eventId, QStringLiteral("e2"));
    QCOMPARE(proposals.at(1).eventId, QStringLiteral("e5"));
    // What the context menu's "Use First Trigger, Detection and Resolution as Session Times" does.
    panel.applySuggestedTimes();
    QVERIFY(sameZonedTime(document.session().detectedAt, session.timeline.at(1).at));
    QVERIFY(sameZonedTime(document.session().resolvedAt, session.timeline.at(4).at));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(panel.proposedTimes().isEmpty());
    document.undoStack()->undo();
    QVERIFY(sameZonedTime(document.session().detectedAt, session.detectedAt));
}

void TestTimelinePanel::deleteSelectedEvents()
{
    SessionDocument document(Test::richSampleSession());
    TimelinePanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    clickCell(panel, cellOf(panel, QStringLiteral("e4"), TimelineModel::TextColumn));
    QCOMPARE(panel.selectedEventIds(), QStringList{QStringLiteral("e4")});
    QTest::keyClick(panel.view(), Qt::Key_Delete);
    QCOMPARE(document.session().indexOfEvent(QStringLiteral("e4")), -1);
    document.undoStack()->undo();
    QVERIFY(document.session().indexOfEvent(QStringLiteral("e4")) >= 0);
}

QTEST_MAIN(TestTimelinePanel)
#include "tst_timelinepanel.moc"
