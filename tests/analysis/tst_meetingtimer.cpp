// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/meetingtimer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Whyboard;

namespace {
constexpr qint64 minute = 60 * 1000;
}

class TestMeetingTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_now = 0; }
    void timeCountsOnlyWhileRunning();
    void eachPhaseKeepsItsOwnTime();
    void overrunIsNoticedOnce();
    void resetStartsAgain();
    void elapsedAndRemainingAgreeToTheSecond_data();
    void elapsedAndRemainingAgreeToTheSecond();
    void formatDuration_data();
    void formatDuration();

private:
    MeetingTimer::Clock clock()
    {
        return [this] { return m_now; };
    }
    qint64 m_now = 0;
};

void TestMeetingTimer::timeCountsOnlyWhileRunning()
{
    MeetingTimer timer(clock());
    timer.setTimeBox(MeetingTimer::Phase::Timeline, 10 * minute);
    m_now += 5 * minute; // before start: not counted
    QCOMPARE(timer.elapsed(MeetingTimer::Phase::Timeline), 0);
    timer.start();
    m_now += 3 * minute;
    QCOMPARE(timer.elapsed(MeetingTimer::Phase::Timeline), 3 * minute);
    QCOMPARE(timer.remaining(MeetingTimer::Phase::Timeline), 7 * minute);
    timer.pause();
    m_now += 20 * minute; // a coffee break
    QCOMPARE(timer.elapsed(MeetingTimer::Phase::Timeline), 3 * minute);
    QVERIFY(!timer.isOverrun(MeetingTimer::Phase::Timeline));
}

void TestMeetingTimer::eachPhaseKeepsItsOwnTime()
{
    MeetingTimer timer(clock());
    QSignalSpy phases(&timer, &MeetingTimer::phaseChanged);
    timer.start();
    m_now += 12 * minute;
    timer.nextPhase();
    m_now += 25 * minute;
    timer.nextPhase();
    m_now += 4 * minute;
    timer.nextPhase(); // no phase after Actions
    QCOMPARE(timer.currentPhase(), MeetingTimer::Phase::Actions);
    QCOMPARE(phases.size(), 2);
    QCOMPARE(timer.elapsed(MeetingTimer::Phase::Timeline), 12 * minute);
    QCOMPARE(timer.elapsed(MeetingTimer::Phase::Whys), 25 * minute);
    QCOMPARE(timer.elapsed(MeetingTimer::Phase::Actions), 4 * minute);
    QCOMPARE(timer.totalElapsed(), 41 * minute);

    // Going back resumes the earlier phase's clock.
    timer.previousPhase();
    m_now += 2 * minute;
    QCOMPARE(timer.elapsed(MeetingTimer::Phase::Whys), 27 * minute);
    QCOMPARE(timer.elapsed(MeetingTimer::Phase::Actions), 4 * minute);
}

void TestMeetingTimer::overrunIsNoticedOnce()
{
    MeetingTimer timer(clock());
    timer.setTimeBox(MeetingTimer::Phase::Timeline, 10 * minute);
    QSignalSpy overruns(&timer, &MeetingTimer::overrunStarted);
    timer.start();
    m_now += 10 * minute;
    timer.refresh();
    QCOMPARE(overruns.size(), 0); // exactly on time is not over
    m_now += 1000;
    timer.refresh();
    m_now += minute;
    timer.refresh();
    QCOMPARE(overruns.size(), 1);
    QVERIFY(timer.isOverrun(MeetingTimer::Phase::Timeline));
    QCOMPARE(timer.remaining(MeetingTimer::Phase::Timeline), -(minute + 1000));
    QVERIFY(!timer.isOverrun(MeetingTimer::Phase::Whys));
}

void TestMeetingTimer::resetStartsAgain()
{
    MeetingTimer timer(clock());
    timer.start();
    timer.nextPhase();
    m_now += 3 * minute;
    timer.reset();
    QVERIFY(!timer.isRunning());
    QCOMPARE(timer.currentPhase(), MeetingTimer::Phase::Timeline);
    QCOMPARE(timer.totalElapsed(), 0);
}

void TestMeetingTimer::elapsedAndRemainingAgreeToTheSecond_data()
{
    QTest::addColumn<qint64>("milliseconds");
    for (qint64 ms : {qint64(0), qint64(400), qint64(999), qint64(1000), qint64(1400), qint64(59'600), 15 * minute - 300,
                      15 * minute, 15 * minute + 400, 17 * minute + 2500})
        QTest::addRow("%lld ms", ms) << ms;
}

void TestMeetingTimer::elapsedAndRemainingAgreeToTheSecond()
{
    QFETCH(qint64, milliseconds);
    MeetingTimer timer(clock());
    timer.start();
    m_now = milliseconds;
    const MeetingTimer::Reading reading = timer.read();
    const MeetingTimer::Phase phase = MeetingTimer::Phase::Timeline;
    QCOMPARE(reading.elapsed(phase) + reading.remaining(phase), timer.timeBox(phase) / 1000);
    QCOMPARE(reading.elapsed(phase), milliseconds / 1000);
    // What the clock shows adds up the same way: "0:01" done and "14:59" left, never "15:00".
    const auto seconds = [](const QString &text) {
        const QStringList parts = QString(text).remove(QStringLiteral("−")).split(QLatin1Char(':'));
        qint64 total = 0;
        for (const QString &part : parts)
            total = total * 60 + part.toLongLong();
        return text.startsWith(QStringLiteral("−")) ? -total : total;
    };
    QCOMPARE(seconds(MeetingTimer::formatSeconds(reading.elapsed(phase))) + seconds(MeetingTimer::formatSeconds(reading.remaining(phase))),
             qint64(15 * 60));
}

void TestMeetingTimer::formatDuration_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0:00";
    QTest::newRow("part of a second") << qint64(400) << "0:00";
    QTest::newRow("a second and a bit") << qint64(1400) << "0:01";
    QTest::newRow("fifteen minutes") << 15 * minute << "15:00";
    QTest::newRow("over an hour") << 62 * minute << "1:02:00";
    QTest::newRow("overrun") << -(3 * minute + 10000) << "−3:10";
}

void TestMeetingTimer::formatDuration()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, text);
    QCOMPARE(MeetingTimer::formatDuration(milliseconds), text);
}

QTEST_GUILESS_MAIN(TestMeetingTimer)
#include "tst_meetingtimer.moc"
