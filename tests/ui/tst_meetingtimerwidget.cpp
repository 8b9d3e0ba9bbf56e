// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/meetingtimer.h"
#include "ui/meetingtimerwidget.h"

#include <QTest>

using namespace Whyboard;

// What the room sees on the meeting clock adds up: elapsed + remaining = the time box.
class TestMeetingTimerWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elapsedAndRemainingAgree_data();
    void elapsedAndRemainingAgree();
};

void TestMeetingTimerWidget::elapsedAndRemainingAgree_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("remaining");
    QTest::newRow("a moment in") << qint64(400) << "Timeline 0:00 / 15:00" << "15:00 left";
    QTest::newRow("a second and a bit") << qint64(1400) << "Timeline 0:01 / 15:00" << "14:59 left";
    QTest::newRow("almost a minute") << qint64(59'600) << "Timeline 0:59 / 15:00" << "14:01 left";
    QTest::newRow("just at the box") << qint64(900'400) << "Timeline 15:00 / 15:00" << "0:00 left";
    QTest::newRow("over") << qint64(902'700) << "Timeline 15:02 / 15:00" << "0:02 over";
}

void TestMeetingTimerWidget::elapsedAndRemainingAgree()
{
    QFETCH(qint64, milliseconds);
    qint64 now = 0;
    MeetingTimer timer([&now] { return now; });
    MeetingTimerWidget widget;
    widget.setTimer(&timer);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    timer.start();
    now = milliseconds;
    timer.refresh();
    QTEST(widget.shownPhaseText(MeetingTimer::Phase::Timeline), "phase");
    QTEST(widget.shownRemainingText(), "remaining");
}

QTEST_MAIN(TestMeetingTimerWidget)
#include "tst_meetingtimerwidget.moc"
