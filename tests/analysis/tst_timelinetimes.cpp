// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timelinetimes.h"

#include <QTest>

using namespace Whyboard;

namespace {
QDateTime at(int h, int m)
{
    return QDateTime(QDate(2017, 4, 6), QTime(h, m), Qt::OffsetFromUTC, -7 * 3600);
}

TimelineEvent makeEvent(const char *id, EventKind kind, const QDateTime &time, const char *text)
{
    TimelineEvent e;
    e.id = QString::fromUtf8(id);
    e.kind = kind;
    e.at = time;
    e.text = QString::fromUtf8(text);
    return e;
}
} // namespace

class TestTimelineTimes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstEventOfEachKindIsTheSource();
    void unknownTimesFollowTheTimeline();
    void aTimeTakenFromAnEventFollowsIt();
    void aTimeTheRoomWroteIsOnlyProposed();
    void timesOutOfOrderAreNotSet();
    void importFillsUnknownTimes();
};

void TestTimelineTimes::firstEventOfEachKindIsTheSource()
{
    Session session;
    session.timeline << makeEvent("e1", EventKind::Detection, at(18, 50), "second alert")
                     << makeEvent("e2", EventKind::Detection, at(18, 42), "alert fired")
                     << makeEvent("e3", EventKind::Note, at(18, 10), "coffee");
    const auto source = TimelineTimes::source(session, TimelineTimes::Which::Detected);
    QVERIFY(source);
    QCOMPARE(source->eventId, QStringLiteral("e2"));
    QCOMPARE(source->eventText, QStringLiteral("alert fired"));
    QVERIFY(!TimelineTimes::source(session, TimelineTimes::Which::Started));
}

void TestTimelineTimes::unknownTimesFollowTheTimeline()
{
    Session before;
    Session after = before;
    after.timeline << makeEvent("e1", EventKind::Trigger, at(18, 30), "deploy") << makeEvent("e2", EventKind::Resolution, at(19, 9), "fixed");
    const QList<TimelineTimes::Source> follow = TimelineTimes::toFollow(before, after);
    QCOMPARE(follow.size(), 2);
    QCOMPARE(follow.at(0).which, TimelineTimes::Which::Started);
    QCOMPARE(follow.at(0).at, at(18, 30));
    QCOMPARE(follow.at(1).which, TimelineTimes::Which::Resolved);
}

void TestTimelineTimes::aTimeTakenFromAnEventFollowsIt()
{
    Session before;
    before.timeline << makeEvent("e1", EventKind::Detection, at(18, 42), "alert");
    before.detectedAt = at(18, 42);
    Session after = before;
    after.timeline[0].at = at(18, 40);
    const QList<TimelineTimes::Source> follow = TimelineTimes::toFollow(before, after);
    QCOMPARE(follow.size(), 1);
    QCOMPARE(follow.first().at, at(18, 40));
}

void TestTimelineTimes::aTimeTheRoomWroteIsOnlyProposed()
{
    Session before;
    before.detectedAt = at(18, 45);
    Session after = before;
    after.timeline << makeEvent("e1", EventKind::Detection, at(18, 42), "alert");
    QVERIFY(TimelineTimes::toFollow(before, after).isEmpty());
}

void TestTimelineTimes::timesOutOfOrderAreNotSet()
{
    Session before;
    before.startedAt = at(18, 30);
    Session after = before;
    after.timeline << makeEvent("e1", EventKind::Detection, at(18, 0), "alert before the start?");
    QVERIFY(TimelineTimes::toFollow(before, after).isEmpty());
    QVERIFY(!TimelineTimes::keepsOrder(after, TimelineTimes::Which::Detected, at(18, 0)));
}

void TestTimelineTimes::importFillsUnknownTimes()
{
    Session session;
    session.detectedAt = at(18, 45);
    session.timeline << makeEvent("e1", EventKind::Trigger, at(18, 30), "deploy") << makeEvent("e2", EventKind::Detection, at(18, 42), "alert");
    TimelineTimes::fillUnknown(session);
    QCOMPARE(session.startedAt, at(18, 30));
    QCOMPARE(session.detectedAt, at(18, 45)); // what the file said stays
    QVERIFY(!session.resolvedAt.isValid());
}

QTEST_GUILESS_MAIN(TestTimelineTimes)
#include "tst_timelinetimes.moc"
