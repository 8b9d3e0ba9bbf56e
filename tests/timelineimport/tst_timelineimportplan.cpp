// SPDX-License-Identifier: GPL-3.0-or-later
// What an import adds: each new entry once, nothing the timeline already has (so a second
// import of a longer export adds only what is new), within the session's limits, as one
// undo step whose times follow the timeline.
#include "data/sessionlimits.h"
#include "document/sessiondocument.h"
#include "timelineimport/timelineeventadder.h"
#include "timelineimport/timelineimportplan.h"

#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

namespace {

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2017, 4, day), QTime(hour, minute), Qt::OffsetFromUTC, -7 * 3600);
}

TimelineRecord record(const QDateTime &time, const QString &author, const QString &text, EventKind kind = EventKind::Note)
{
    TimelineRecord record;
    record.location = QStringLiteral("line 1");
    record.at = time;
    record.author = author;
    record.text = text;
    record.kind = kind;
    return record;
}

QList<TimelineImportRow::Status> statuses(const QList<TimelineImportRow> &rows)
{
    QList<TimelineImportRow::Status> list;
    for (const TimelineImportRow &row : rows)
        list << row.status;
    return list;
}

} // namespace

class TestTimelineImportPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondImportOfALongerExportAddsOnlyWhatIsNew()
    {
        const QList<TimelineRecord> first{record(at(6, 18, 42), QStringLiteral("alice"), QStringLiteral("deploy started")),
                                          record(at(6, 23, 50), QStringLiteral("bob"), QStringLiteral("errors up"))};
        SessionDocument document;
        QCOMPARE(TimelineEventAdder::add(&document, TimelineImportPlan::eventsToAdd(TimelineImportPlan::plan(document.session(), first)),
                                         QStringLiteral("Import timeline"))
                     .size(),
                 2);
        // The same export a day later, with one more message past midnight, written in UTC.
        QList<TimelineRecord> longer = first;
        longer[1].at = longer[1].at.toUTC();
        longer << record(at(7, 0, 5), QStringLiteral("bob"), QStringLiteral("rolled back"), EventKind::Mitigation);
        const QList<TimelineImportRow> rows = TimelineImportPlan::plan(document.session(), longer);
        QCOMPARE(statuses(rows), (QList<TimelineImportRow::Status>{TimelineImportRow::Status::AlreadyInTimeline,
                                                                    TimelineImportRow::Status::AlreadyInTimeline,
                                                                    TimelineImportRow::Status::New}));
        const QList<TimelineEvent> events = TimelineImportPlan::eventsToAdd(rows);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().text, QStringLiteral("bob: rolled back"));
        QCOMPARE(events.first().at.date(), QDate(2017, 4, 7)); // past midnight keeps its own day
        QCOMPARE(events.first().kind, EventKind::Mitigation);
    }

    void anEntryRepeatedInTheExportIsAddedOnce()
    {
        const QList<TimelineRecord> records{record(at(6, 18, 42), QStringLiteral("alice"), QStringLiteral("paged")),
                                            record(at(6, 18, 42), QStringLiteral("alice"), QStringLiteral(" paged ")),
                                            record(at(6, 18, 43), QStringLiteral("alice"), QStringLiteral("paged"))};
        const QList<TimelineImportRow> rows = TimelineImportPlan::plan(Session(), records);
        QCOMPARE(statuses(rows), (QList<TimelineImportRow::Status>{TimelineImportRow::Status::New,
                                                                    TimelineImportRow::Status::RepeatedInFile,
                                                                    TimelineImportRow::Status::New}));
        QVERIFY(!rows.at(1).reason.isEmpty());
    }

    void skippedEntriesSayWhy()
    {
        TimelineRecord join = record(at(6, 18, 0), QStringLiteral("carol"), QStringLiteral("has joined the channel"));
        join.skipReason = QStringLiteral("someone joined the channel");
        const QList<TimelineImportRow> rows =
            TimelineImportPlan::plan(Session(), {join, record(QDateTime(), QStringLiteral("x"), QStringLiteral("no time")),
                                                 record(at(6, 18, 1), QString(), QStringLiteral("   "))});
        for (const TimelineImportRow &row : rows) {
            QCOMPARE(row.status, TimelineImportRow::Status::Skipped);
            QVERIFY(!row.reason.isEmpty());
        }
        QCOMPARE(rows.first().reason, QStringLiteral("someone joined the channel"));
        QVERIFY(TimelineImportPlan::eventsToAdd(rows).isEmpty());
    }

    void droppedRowsAreNotAdded()
    {
        const QList<TimelineImportRow> rows = TimelineImportPlan::plan(
            Session(), {record(at(6, 18, 0), {}, QStringLiteral("a")), record(at(6, 18, 1), {}, QStringLiteral("b")),
                        record(at(6, 18, 2), {}, QStringLiteral("c"))});
        const QList<TimelineEvent> events = TimelineImportPlan::eventsToAdd(rows, {true, false, true});
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).text, QStringLiteral("c"));
    }

    void aHugeTextIsCutToTheSessionsLimit()
    {
        const QString huge(SessionLimits::maxTextLength * 2, QLatin1Char('x'));
        const QList<TimelineImportRow> rows = TimelineImportPlan::plan(Session(), {record(at(6, 18, 0), {}, huge)});
        QCOMPARE(rows.first().event.text.size(), SessionLimits::maxTextLength);
    }

    void moreThanASessionHoldsIsRefusedWithTheNumbers()
    {
        Session session;
        QVERIFY(TimelineImportPlan::limitError(session, SessionLimits::maxEvents).isEmpty());
        const QString error = TimelineImportPlan::limitError(session, SessionLimits::maxEvents + 1);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLocale().toString(SessionLimits::maxEvents)), qPrintable(error));
    }

    void anImportIsOneUndoStepAndTheSessionTimesFollow()
    {
        SessionDocument document;
        const QList<TimelineRecord> records{
            record(at(6, 18, 42), QStringLiteral("PagerDuty"), QStringLiteral("Triggered"), EventKind::Trigger),
            record(at(6, 18, 50), QStringLiteral("alice"), QStringLiteral("Acknowledged"), EventKind::Detection),
            record(at(7, 1, 10), QStringLiteral("alice"), QStringLiteral("Resolved"), EventKind::Resolution)};
        const QStringList ids = TimelineEventAdder::add(
            &document, TimelineImportPlan::eventsToAdd(TimelineImportPlan::plan(document.session(), records)),
            QStringLiteral("Import timeline"));
        QCOMPARE(ids.size(), 3);
        QCOMPARE(document.session().startedAt, at(6, 18, 42));
        QCOMPARE(document.session().detectedAt, at(6, 18, 50));
        QCOMPARE(document.session().resolvedAt, at(7, 1, 10));
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QVERIFY(document.session().timeline.isEmpty());
        QVERIFY(!document.session().startedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestTimelineImportPlan)
#include "tst_timelineimportplan.moc"
