// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimportchecks.h"

#include "timelineimport/pagerdutycsvreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;
using namespace Whyboard::Test;

namespace {

// The incidents CSV of PagerDuty's incident reports: one row per incident, times with the
// account's offset or in UTC, durations in seconds, a title with a comma, quotes and a line
// break, an incident still open, and one whose created time the export left unreadable.
const char *const header =
    "id,incident_number,description,service_id,service_name,escalation_policy_id,escalation_policy_name,"
    "created_on,resolved_on,seconds_to_first_ack,seconds_to_resolve,auto_resolved,auto_resolve_count,"
    "acknowledge_count,assignment_count,escalation_count,urgency,acknowledged_by_user_names,resolved_by_user_name\r\n";
const char *const checkoutRow =
    "PT4KHLK,1234,\"Checkout API returns 502, 7% of requests\",PSVC1,checkout-api,PEP1,Checkout On-Call,"
    "2017-03-11T14:58:10-08:00,2017-03-13T09:15:00-07:00,1970,152210,false,0,1,2,1,high,Bob Ruiz,Carol Diaz\r\n";
const char *const replicaRow =
    "PQ2J9RM,1235,\"Disk full on \"\"db-7\"\"\nreplica lagging\",PSVC2,orders-db,PEP2,DBA On-Call,"
    "2017-03-12T09:40:00Z,,1800,,false,0,1,1,0,high,Dana Kim,\r\n";
const char *const unreadableRow =
    "PX0000,1236,Certificate expiry warning,PSVC3,edge,PEP1,Checkout On-Call,n/a,,,,false,0,0,0,0,low,,\r\n";

const QTimeZone losAngeles("America/Los_Angeles");

TimelineImportOptions inLosAngeles()
{
    TimelineImportOptions options;
    options.timeZone = losAngeles;
    return options;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

// PagerDuty's incidents CSV as triggered, acknowledged and resolved steps.
class TestPagerDutyCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) { return writeExport(m_dir.path(), name, bytes); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eachIncidentGivesTriggerAcknowledgeAndResolve()
    {
        const QString path = write(QStringLiteral("incidents.csv"),
                                   QByteArray(header) + checkoutRow + replicaRow + unreadableRow);
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::PagerDutyCsv);
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, TimelineFormat::PagerDutyCsv);
        QCOMPARE(result.columns.value(7), QStringLiteral("created_on"));
        QCOMPARE(result.records.size(), 6);

        const TimelineRecord &trigger = result.records.at(0);
        QCOMPARE(trigger.kind, EventKind::Trigger);
        QCOMPARE(trigger.text, QStringLiteral("Incident #1234 triggered: Checkout API returns 502, 7% of requests (checkout-api)"));
        QCOMPARE(trigger.at, at("2017-03-11T14:58:10-08:00"));
        QCOMPARE(trigger.location, QStringLiteral("line 2"));
        const TimelineRecord &ack = result.records.at(1);
        QCOMPARE(ack.kind, EventKind::Detection);
        QCOMPARE(ack.text, QStringLiteral("Incident #1234 acknowledged"));
        QCOMPARE(ack.author, QStringLiteral("Bob Ruiz"));
        QCOMPARE(ack.at, at("2017-03-11T15:31:00-08:00")); // created + 1970 s
        QCOMPARE(ack.at.offsetFromUtc(), -8 * 3600);
        const TimelineRecord &resolved = result.records.at(2);
        QCOMPARE(resolved.kind, EventKind::Resolution);
        QCOMPARE(resolved.author, QStringLiteral("Carol Diaz"));
        QCOMPARE(resolved.at, at("2017-03-13T09:15:00-07:00")); // the column's own time, two days on
        QCOMPARE(resolved.at.offsetFromUtc(), -7 * 3600);

        // Still open: triggered and acknowledged only; the title keeps its quotes and line break.
        QCOMPARE(result.records.at(3).text,
                 QStringLiteral("Incident #1235 triggered: Disk full on \"db-7\"\nreplica lagging (orders-db)"));
        QCOMPARE(result.records.at(3).location, QStringLiteral("line 3"));
        QCOMPARE(result.records.at(4).kind, EventKind::Detection);

        QCOMPARE(result.records.at(5).location, QStringLiteral("line 5")); // after the two-line title
        QCOMPARE(result.records.at(5).skipReason, QStringLiteral("its created time “n/a” cannot be read"));
        QVERIFY(!result.records.at(5).at.isValid());
    }

    void utcTimesAndDurationsCrossTheClockChange()
    {
        const QString path = write(QStringLiteral("dst.csv"), QByteArray(header) + replicaRow);
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QCOMPARE(result.records.size(), 2);
        // 09:40Z is 01:40 PST; 30 minutes later the clocks have gone forward: 03:10 PDT.
        QCOMPARE(result.records.at(0).at.time(), QTime(1, 40));
        QCOMPARE(result.records.at(0).at.offsetFromUtc(), -8 * 3600);
        QCOMPARE(result.records.at(1).at.time(), QTime(3, 10));
        QCOMPARE(result.records.at(1).at.offsetFromUtc(), -7 * 3600);
        QCOMPARE(result.records.at(1).at, at("2017-03-12T10:10:00Z"));
    }

    void theIncidentsPageDownloadIsReadToo()
    {
        // Title-case names, US dates with AM/PM in the account's zone, semicolons.
        const QByteArray csv = "Incident Number;Title;Status;Urgency;Service;Created;Acknowledged;Acknowledged By;Resolved;Resolved By\n"
                               "1234;Checkout API returns 502;Resolved;High;checkout-api;03/11/2017 2:58 PM;03/11/2017 3:31 PM;"
                               "Bob Ruiz;03/13/2017 9:15 AM;Carol Diaz\n";
        const QString path = write(QStringLiteral("incidents-page.csv"), csv);
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::PagerDutyCsv);
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.records.size(), 3);
        QCOMPARE(result.records.at(0).at, at("2017-03-11T14:58:00-08:00"));
        QCOMPARE(result.records.at(1).at, at("2017-03-11T15:31:00-08:00"));
        QCOMPARE(result.records.at(1).author, QStringLiteral("Bob Ruiz"));
        QCOMPARE(result.records.at(2).at, at("2017-03-13T09:15:00-07:00"));
        QCOMPARE(result.records.at(2).at.offsetFromUtc(), -7 * 3600);
        QCOMPARE(result.records.at(0).text, QStringLiteral("Incident #1234 triggered: Checkout API returns 502 (checkout-api)"));
    }

    void otherCsvIsNotTakenForPagerDuty()
    {
        const QString chat = write(QStringLiteral("chat.csv"), "time,author,text\n2017-03-11 14:58,alice,paged\n");
        QVERIFY(!PagerDutyCsvReader::recognises(TimelineImporter::peek(chat)));
        const QString opsgenie = write(QStringLiteral("og.csv"), "CreatedAt,Log,Owner,Type\n1489272490000,Alert created via API,System,system\n");
        QVERIFY(!PagerDutyCsvReader::recognises(TimelineImporter::peek(opsgenie)));
        const QString json = write(QStringLiteral("pd.json"), R"({"log_entries": []})");
        QVERIFY(!PagerDutyCsvReader::recognises(TimelineImporter::peek(json)));
    }

    void brokenQuotingIsAnErrorWithItsLine()
    {
        const QByteArray broken = QByteArray(header) + checkoutRow
                                  + "PQ2J9RM,1235,\"Disk full on db-7,PSVC2,orders-db,PEP2,DBA,2017-03-12T09:40:00Z,,,,,,,,,,,\r\n";
        const QString path = write(QStringLiteral("broken.csv"), broken);
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QVERIFY(!result.ok());
        QVERIFY(result.records.isEmpty());
        QCOMPARE(result.error, QDir::toNativeSeparators(path) + QStringLiteral(", line 3: a quoted field is never closed"));

        const QString stray = write(QStringLiteral("stray.csv"),
                                    QByteArray(header) + "PQ2J9RM,1235,\"Disk full\" on db-7,PSVC2,orders-db\r\n");
        const TimelineImportResult strayResult = TimelineImporter::read(stray, inLosAngeles());
        QCOMPARE(strayResult.error, QDir::toNativeSeparators(stray) + QStringLiteral(", line 2: text after a closing quote in column 3"));
    }

    void aSecondImportAddsOnlyWhatIsNew()
    {
        const QString early = write(QStringLiteral("early.csv"), QByteArray(header) + checkoutRow);
        const QString later = write(QStringLiteral("later.csv"), QByteArray(header) + checkoutRow + replicaRow);
        SessionDocument document;
        importInto(&document, early, inLosAngeles());
        QCOMPARE(document.session().timeline.size(), 3);
        const TimelineImportResult result = TimelineImporter::read(later, inLosAngeles());
        const QList<TimelineImportRow> rows = TimelineImportPlan::plan(document.session(), result.records);
        QCOMPARE(countStatus(rows, TimelineImportRow::Status::AlreadyInTimeline), 3);
        QCOMPARE(countStatus(rows, TimelineImportRow::Status::New), 2);
        importInto(&document, later, inLosAngeles());
        QCOMPARE(document.session().timeline.size(), 5);
        // The same incident twice in one export is listed once.
        const QString twice = write(QStringLiteral("twice.csv"), QByteArray(header) + checkoutRow + checkoutRow);
        const QList<TimelineImportRow> twiceRows =
            TimelineImportPlan::plan(Session(), TimelineImporter::read(twice, inLosAngeles()).records);
        QCOMPARE(countStatus(twiceRows, TimelineImportRow::Status::RepeatedInFile), 3);
    }

    void theIncidentGivesTheSessionItsTimes()
    {
        const QString path = write(QStringLiteral("times.csv"), QByteArray(header) + checkoutRow);
        SessionDocument document;
        importInto(&document, path, inLosAngeles());
        QCOMPARE(document.session().startedAt, at("2017-03-11T14:58:10-08:00"));
        QCOMPARE(document.session().detectedAt, at("2017-03-11T15:31:00-08:00"));
        QCOMPARE(document.session().resolvedAt, at("2017-03-13T09:15:00-07:00"));
    }

    void sinceAndUntilCountWhatIsLeftOut()
    {
        const QString path = write(QStringLiteral("range.csv"), QByteArray(header) + checkoutRow + replicaRow);
        TimelineImportOptions options = inLosAngeles();
        options.since = at("2017-03-12T00:00:00-08:00");
        const TimelineImportResult result = TimelineImporter::read(path, options);
        QCOMPARE(result.records.size(), 3); // #1234 resolved, #1235 triggered and acknowledged
        QCOMPARE(result.outsideRange, 2);
    }
};

QTEST_GUILESS_MAIN(TestPagerDutyCsv)
#include "tst_pagerdutycsv.moc"
