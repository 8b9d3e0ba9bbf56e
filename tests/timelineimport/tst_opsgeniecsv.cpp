// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimportchecks.h"

#include "timelineimport/opsgeniecsvreader.h"
#include "timelineimport/pagerdutycsvreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;
using namespace Whyboard::Test;

namespace {

// An alert's activity log saved as CSV: UTC times, one written with its offset, a note whose
// text has a comma and quotes, the notifications to each person.
const char *const activityLog =
    "CreatedAt,Log,Owner,Type\r\n"
    "2017-03-11T22:58:10.123Z,Alert created via Datadog,System,system\r\n"
    "2017-03-11T22:58:12.000Z,Notification sent to [alice@example.com] via [Mobile],alice@example.com,alertRecipient\r\n"
    "2017-03-11T23:28:10.000Z,Escalated to [Checkout_escalation] next: bob@example.com,System,system\r\n"
    "2017-03-11T15:31:40-08:00,Alert acknowledged via Web,bob@example.com,system\r\n"
    "2017-03-12T09:59:00.000Z,\"Rolled back deploy 4412, \"\"errors\"\" down to 3%\",bob@example.com,alertNote\r\n"
    "2017-03-12T10:05:00.000Z,Alert owner changed to carol@example.com,bob@example.com,system\r\n"
    "2017-03-13T16:15:00.000Z,Alert closed via Web,carol@example.com,system\r\n";

// The alert list export: one alert per row, CreatedAt in epoch milliseconds, AckTime and
// CloseTime in milliseconds after it, as the alert's report gives them.
const char *const alertList =
    "TinyId,Alias,Message,Status,Acknowledged,IsSeen,Tags,Teams,Priority,Source,Owner,CreatedAt,AckTime,AcknowledgedBy,"
    "CloseTime,ClosedBy\n"
    "1234,checkout-5xx,Checkout API 5xx rate above 5%,closed,true,true,\"checkout,api\",Checkout,P1,Datadog,carol@example.com,"
    "1489273090123,1970000,bob@example.com,148609877,carol@example.com\n"
    "1235,orders-db-disk,Disk full on db-7,open,true,true,db,DBA,P2,Datadog,dana@example.com,1489311600000,1800000,"
    "dana@example.com,,\n";

TimelineImportOptions inLosAngeles()
{
    TimelineImportOptions options;
    options.timeZone = QTimeZone("America/Los_Angeles");
    return options;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

// Opsgenie's CSV exports: an alert's activity log, and the alert list.
class TestOpsgenieCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) { return writeExport(m_dir.path(), name, bytes); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theActivityLogIsReadAsTheJsonLogIs()
    {
        const QString path = write(QStringLiteral("activity.csv"), activityLog);
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::OpsgenieCsv);
        QVERIFY(!PagerDutyCsvReader::recognises(TimelineImporter::peek(path)));
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.records.size(), 7);
        const QList<EventKind> kinds{EventKind::Trigger, EventKind::Note,       EventKind::Escalation, EventKind::Detection,
                                     EventKind::Note,    EventKind::Escalation, EventKind::Resolution};
        for (qsizetype i = 0; i < kinds.size(); ++i)
            QVERIFY2(result.records.at(i).kind == kinds.at(i), qPrintable(result.records.at(i).text));
        QCOMPARE(result.records.at(1).skipReason, QStringLiteral("a notification to one person; the escalation is listed"));
        QCOMPARE(result.records.at(0).author, QString());
        QCOMPARE(result.records.at(3).author, QStringLiteral("bob@example.com"));
        QCOMPARE(result.records.at(4).text, QStringLiteral("Rolled back deploy 4412, \"errors\" down to 3%"));
        QCOMPARE(result.records.at(4).location, QStringLiteral("line 6"));
        // UTC in the chosen zone at each instant, across the change; written offsets kept.
        QCOMPARE(result.records.at(0).at.offsetFromUtc(), -8 * 3600);
        QCOMPARE(result.records.at(3).at, at("2017-03-11T15:31:40-08:00"));
        QCOMPARE(result.records.at(4).at.time(), QTime(1, 59));
        QCOMPARE(result.records.at(5).at.time(), QTime(3, 5));
        QCOMPARE(result.records.at(5).at.offsetFromUtc(), -7 * 3600);
        QCOMPARE(result.records.at(6).at.date(), QDate(2017, 3, 13));
    }

    void theAlertListGivesCreatedAcknowledgedClosed()
    {
        const QString path = write(QStringLiteral("alerts.csv"), alertList);
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::OpsgenieCsv);
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.records.size(), 5);
        QCOMPARE(result.records.at(0).kind, EventKind::Trigger);
        QCOMPARE(result.records.at(0).text, QStringLiteral("Alert #1234 created: Checkout API 5xx rate above 5%"));
        QCOMPARE(result.records.at(0).at, at("2017-03-11T14:58:10.123-08:00"));
        QCOMPARE(result.records.at(1).kind, EventKind::Detection);
        QCOMPARE(result.records.at(1).author, QStringLiteral("bob@example.com"));
        QCOMPARE(result.records.at(1).at, at("2017-03-11T15:31:00.123-08:00"));
        QCOMPARE(result.records.at(2).kind, EventKind::Resolution);
        QCOMPARE(result.records.at(2).text, QStringLiteral("Alert #1234 closed"));
        QCOMPARE(result.records.at(2).at, at("2017-03-13T09:15:00-07:00"));
        QCOMPARE(result.records.at(2).at.offsetFromUtc(), -7 * 3600);
        // Created 01:40 PST, acknowledged 30 minutes later at 03:10 PDT; still open.
        QCOMPARE(result.records.at(3).at.offsetFromUtc(), -8 * 3600);
        QCOMPARE(result.records.at(4).at.time(), QTime(3, 10));
        QCOMPARE(result.records.at(4).at.offsetFromUtc(), -7 * 3600);
    }

    void otherCsvIsNotTakenForOpsgenie()
    {
        const QString chat = write(QStringLiteral("chat.csv"), "time,author,text\n2017-03-11 14:58,alice,paged\n");
        QVERIFY(!OpsgenieCsvReader::recognises(TimelineImporter::peek(chat)));
        const QString pagerDuty = write(QStringLiteral("pd.csv"), "incident_number,description,service_name,created_on\n1,x,y,2017-03-11T14:58:00Z\n");
        QVERIFY(!OpsgenieCsvReader::recognises(TimelineImporter::peek(pagerDuty)));
        QCOMPARE(TimelineImporter::detect(pagerDuty), TimelineFormat::PagerDutyCsv);
    }

    void brokenQuotingIsAnErrorWithItsLine()
    {
        const QByteArray broken = QByteArray(activityLog).replace("\"Rolled back deploy 4412, \"\"errors\"\" down to 3%\"",
                                                                  "\"Rolled back deploy 4412, errors down to 3%");
        const QString path = write(QStringLiteral("broken.csv"), broken);
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QVERIFY(!result.ok());
        QVERIFY(result.records.isEmpty());
        QCOMPARE(result.error, QDir::toNativeSeparators(path) + QStringLiteral(", line 6: a quoted field is never closed"));
        const QString noTime = write(QStringLiteral("notime.csv"), "Log,Owner\nAlert created,System\n");
        TimelineImportOptions options = inLosAngeles();
        options.format = TimelineFormat::OpsgenieCsv;
        QVERIFY(TimelineImporter::read(noTime, options).error.contains(QStringLiteral("line 1")));
    }

    void aSecondImportAddsOnlyWhatIsNewAndTheTimesFollow()
    {
        const QByteArray full(activityLog);
        const QString early = write(QStringLiteral("early.csv"), full.left(full.indexOf("2017-03-12T09:59")));
        const QString later = write(QStringLiteral("later.csv"), full);
        SessionDocument document;
        importInto(&document, early, inLosAngeles());
        QCOMPARE(document.session().timeline.size(), 3);
        QCOMPARE(document.session().startedAt, at("2017-03-11T22:58:10.123Z"));
        QCOMPARE(document.session().detectedAt, at("2017-03-11T15:31:40-08:00"));
        QVERIFY(!document.session().resolvedAt.isValid());
        const QList<TimelineImportRow> rows = importInto(&document, later, inLosAngeles());
        QCOMPARE(countStatus(rows, TimelineImportRow::Status::AlreadyInTimeline), 3);
        QCOMPARE(countStatus(rows, TimelineImportRow::Status::New), 3);
        QCOMPARE(document.session().timeline.size(), 6);
        QCOMPARE(document.session().resolvedAt, at("2017-03-13T16:15:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestOpsgenieCsv)
#include "tst_opsgeniecsv.moc"
