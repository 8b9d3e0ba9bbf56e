// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimportchecks.h"

#include "data/sessionlimits.h"
#include "timelineimport/pagerdutylogreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QTest>

using namespace Whyboard;
using namespace Whyboard::Test;

namespace {

// GET /incidents/PT4KHLK/log_entries as PagerDuty returns it: newest first, UTC ('Z') times
// and times written with the account's offset, one incident over three days across the
// night US clocks went forward (2017-03-12 02:00 PST -> 03:00 PDT).
const char *const logEntries = R"({
  "log_entries": [
    {"id": "R9", "type": "resolve_log_entry", "summary": "Resolved by Carol Diaz",
     "created_at": "2017-03-13T09:15:00-07:00",
     "agent": {"id": "PC1", "type": "user_reference", "summary": "Carol Diaz", "html_url": "https:\/\/acme.pagerduty.com/users/PC1"},
     "channel": {"type": "web_ui"},
     "incident": {"id": "PT4KHLK", "type": "incident_reference", "summary": "[#1234] Checkout API returns 502",
                  "html_url": "https:\/\/acme.pagerduty.com/incidents/PT4KHLK"}},
    {"id": "R8", "type": "unacknowledge_log_entry", "summary": "Unacknowledged due to timeout",
     "created_at": "2017-03-12T11:00:00Z", "channel": {"type": "timeout"},
     "incident": {"id": "PT4KHLK", "summary": "[#1234] Checkout API returns 502"}},
    {"id": "R7", "type": "snooze_log_entry", "summary": "Snoozed for 30 minutes by Carol Diaz",
     "created_at": "2017-03-12T10:30:00Z", "agent": {"type": "user_reference", "summary": "Carol Diaz"},
     "incident": {"id": "PT4KHLK", "summary": "[#1234] Checkout API returns 502"}},
    {"id": "R6", "type": "assign_log_entry", "summary": "Assigned to Carol Diaz by Bob Ruiz.",
     "created_at": "2017-03-12T10:05:00Z", "agent": {"type": "user_reference", "summary": "Bob Ruiz"},
     "assignees": [{"id": "PC1", "type": "user_reference", "summary": "Carol Diaz"}],
     "incident": {"id": "PT4KHLK", "summary": "[#1234] Checkout API returns 502"}},
    {"id": "R5", "type": "annotate_log_entry", "summary": "Note added",
     "created_at": "2017-03-12T01:59:00-08:00", "agent": {"type": "user_reference", "summary": "Bob Ruiz"},
     "channel": {"type": "note", "summary": "Rolled back deploy 4412; errors down to 3%"},
     "incident": {"id": "PT4KHLK", "summary": "[#1234] Checkout API returns 502"}},
    {"id": "R4", "type": "acknowledge_log_entry", "summary": "Acknowledged by Bob Ruiz.",
     "created_at": "2017-03-11T15:31:40-08:00", "agent": {"type": "user_reference", "summary": "Bob Ruiz"},
     "channel": {"type": "sms"}, "acknowledgement_timeout": 1800,
     "incident": {"id": "PT4KHLK", "summary": "[#1234] Checkout API returns 502"}},
    {"id": "R3", "type": "notify_log_entry", "summary": "Notified Bob Ruiz by SMS.",
     "created_at": "2017-03-11T23:28:11Z", "channel": {"type": "sms", "notification": {"type": "sms_notification"}},
     "user": {"type": "user_reference", "summary": "Bob Ruiz"},
     "incident": {"id": "PT4KHLK", "summary": "[#1234] Checkout API returns 502"}},
    {"id": "R2", "type": "escalate_log_entry", "summary": "Escalated to Bob Ruiz by timeout.",
     "created_at": "2017-03-11T23:28:10Z", "channel": {"type": "timeout"},
     "assignees": [{"type": "user_reference", "summary": "Bob Ruiz"}],
     "incident": {"id": "PT4KHLK", "summary": "[#1234] Checkout API returns 502"}},
    {"id": "R1", "type": "notify_log_entry", "summary": "Notified Alice Ng by push notification.",
     "created_at": "2017-03-11T22:58:12Z", "channel": {"type": "push_notification"},
     "user": {"type": "user_reference", "summary": "Alice Ng"},
     "incident": {"id": "PT4KHLK", "summary": "[#1234] Checkout API returns 502"}},
    {"id": "R0", "type": "trigger_log_entry", "summary": "Triggered through the API.",
     "created_at": "2017-03-11T22:58:10Z",
     "agent": {"id": "PS1", "type": "service_reference", "summary": "Checkout API via Datadog"},
     "channel": {"type": "api", "summary": "5xx rate above 5% on checkout-api", "details": {"rate": "7.2%"}},
     "incident": {"id": "PT4KHLK", "type": "incident_reference", "summary": "[#1234] Checkout API returns 502",
                  "html_url": "https:\/\/acme.pagerduty.com/incidents/PT4KHLK"}}
  ],
  "limit": 25, "offset": 0, "more": false, "total": null
})";

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

// PagerDuty's incident log (REST API log entries) as the timeline's steps.
class TestPagerDutyLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void entriesBecomeStepsOfTheirKind()
    {
        const QString path = writeExport(m_dir.path(), QStringLiteral("PT4KHLK.json"), logEntries);
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::PagerDutyLog);
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, TimelineFormat::PagerDutyLog);
        QCOMPARE(result.records.size(), 10);
        // In the file's order (newest first, as the API lists them).
        const TimelineRecord &trigger = result.records.at(9);
        QCOMPARE(trigger.kind, EventKind::Trigger);
        QCOMPARE(trigger.sourceType, QStringLiteral("trigger_log_entry"));
        QCOMPARE(trigger.author, QStringLiteral("Checkout API via Datadog"));
        QCOMPARE(trigger.text, QStringLiteral("Triggered through the API. [#1234] Checkout API returns 502"));
        QCOMPARE(trigger.location, QStringLiteral("log_entries[9]"));
        QCOMPARE(result.records.at(7).kind, EventKind::Escalation);
        QCOMPARE(result.records.at(7).author, QString()); // escalated by the timeout, nobody's action
        const TimelineRecord &ack = result.records.at(5);
        QCOMPARE(ack.kind, EventKind::Detection);
        QCOMPARE(ack.author, QStringLiteral("Bob Ruiz"));
        QCOMPARE(ack.text, QStringLiteral("Acknowledged by Bob Ruiz."));
        const TimelineRecord &note = result.records.at(4);
        QCOMPARE(note.kind, EventKind::Note);
        QCOMPARE(note.text, QStringLiteral("Note added: Rolled back deploy 4412; errors down to 3%"));
        QCOMPARE(result.records.at(3).kind, EventKind::Escalation); // assign
        QCOMPARE(result.records.at(2).kind, EventKind::Note);       // snooze
        QCOMPARE(result.records.at(1).kind, EventKind::Note);       // unacknowledge
        QCOMPARE(result.records.at(0).kind, EventKind::Resolution);
        QCOMPARE(result.records.at(0).author, QStringLiteral("Carol Diaz"));
        // One notification per person paged: listed, skipped with the reason, pickable.
        for (const int notify : {6, 8}) {
            QCOMPARE(result.records.at(notify).sourceType, QStringLiteral("notify_log_entry"));
            QCOMPARE(result.records.at(notify).skipReason,
                     QStringLiteral("a notification to one person; the escalation is listed"));
            QVERIFY(result.records.at(notify).at.isValid());
        }
        for (int i : {0, 1, 2, 3, 4, 5, 7, 9})
            QVERIFY2(result.records.at(i).skipReason.isEmpty(), qPrintable(result.records.at(i).skipReason));
    }

    void timesKeepOffsetsAcrossTheClockChange()
    {
        const QString path = writeExport(m_dir.path(), QStringLiteral("dst.json"), logEntries);
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QVERIFY(result.ok());
        // 'Z' times in the chosen zone at that instant: PST before the change, PDT after.
        QCOMPARE(result.records.at(9).at.offsetFromUtc(), -8 * 3600);
        QCOMPARE(result.records.at(9).at.time(), QTime(14, 58, 10));
        QCOMPARE(result.records.at(9).at.date(), QDate(2017, 3, 11));
        QCOMPARE(result.records.at(3).at.offsetFromUtc(), -7 * 3600);
        QCOMPARE(result.records.at(3).at.time(), QTime(3, 5));
        QCOMPARE(result.records.at(3).at.date(), QDate(2017, 3, 12));
        // Written offsets are kept as written, a minute before the change and two days later.
        QCOMPARE(result.records.at(4).at.offsetFromUtc(), -8 * 3600);
        QCOMPARE(result.records.at(4).at.time(), QTime(1, 59));
        QCOMPARE(result.records.at(0).at, at("2017-03-13T09:15:00-07:00"));
        QCOMPARE(result.records.at(0).at.offsetFromUtc(), -7 * 3600);
        // Another zone shows the same instants with its own offsets.
        TimelineImportOptions berlin;
        berlin.timeZone = QTimeZone("Europe/Berlin");
        const TimelineImportResult inBerlin = TimelineImporter::read(path, berlin);
        QCOMPARE(inBerlin.records.at(9).at.offsetFromUtc(), 3600);
        QCOMPARE(inBerlin.records.at(9).at.time(), QTime(23, 58, 10));
        QCOMPARE(inBerlin.records.at(9).at, result.records.at(9).at);
        QCOMPARE(inBerlin.records.at(4).at.offsetFromUtc(), -8 * 3600);
    }

    void sinceAndUntilKeepOnlyTheRange()
    {
        const QString path = writeExport(m_dir.path(), QStringLiteral("range.json"), logEntries);
        TimelineImportOptions options = inLosAngeles();
        options.since = at("2017-03-12T00:00:00-08:00");
        options.until = at("2017-03-12T23:59:59-07:00");
        const TimelineImportResult result = TimelineImporter::read(path, options);
        QVERIFY(result.ok());
        QCOMPARE(result.records.size(), 4); // the note, assign, snooze, unacknowledge
        QCOMPARE(result.outsideRange, 6);
    }

    void pagesAndBareArraysAreRead()
    {
        const QJsonArray entries = QJsonDocument::fromJson(logEntries).object().value(QStringLiteral("log_entries")).toArray();
        QJsonArray firstPage, secondPage;
        for (qsizetype i = 0; i < entries.size(); ++i)
            (i < 6 ? firstPage : secondPage).append(entries.at(i));
        const QJsonArray pages{QJsonObject{{QStringLiteral("log_entries"), firstPage}, {QStringLiteral("more"), true}},
                               QJsonObject{{QStringLiteral("log_entries"), secondPage}, {QStringLiteral("more"), false}}};
        const QString pagesPath = writeExport(m_dir.path(), QStringLiteral("pages.json"), QJsonDocument(pages).toJson());
        QCOMPARE(TimelineImporter::detect(pagesPath), TimelineFormat::PagerDutyLog);
        const TimelineImportResult paged = TimelineImporter::read(pagesPath, inLosAngeles());
        QVERIFY2(paged.ok(), qPrintable(paged.error));
        QCOMPARE(paged.records.size(), 10);
        QCOMPARE(paged.records.at(9).kind, EventKind::Trigger);
        QCOMPARE(paged.records.at(9).location, QStringLiteral("[1].log_entries[3]"));

        const QString barePath = writeExport(m_dir.path(), QStringLiteral("bare.json"), QJsonDocument(entries).toJson());
        QCOMPARE(TimelineImporter::detect(barePath), TimelineFormat::PagerDutyLog);
        const TimelineImportResult bare = TimelineImporter::read(barePath, inLosAngeles());
        QCOMPARE(bare.records.size(), 10);
        QCOMPARE(bare.records.at(0).location, QStringLiteral("[0]"));
    }

    void otherJsonIsNotTakenForPagerDuty()
    {
        const QString session = QStringLiteral(WHYBOARD_EXAMPLES_DIR "/aws-s3-outage.json");
        QVERIFY(!PagerDutyLogReader::recognises(TimelineImporter::peek(session)));
        const QString opsgenie = writeExport(m_dir.path(), QStringLiteral("og.json"),
                                             R"({"data":[{"log":"Alert created via API","type":"system","owner":"System",)"
                                             R"("createdAt":"2017-04-06T18:42:10.123Z","offset":"1"}]})");
        QVERIFY(!PagerDutyLogReader::recognises(TimelineImporter::peek(opsgenie)));
        // GET /incidents names each incident's first log entry: a list of incidents, not a log.
        const QString incidents = writeExport(m_dir.path(), QStringLiteral("incidents.json"),
                                              R"({"incidents": [{"id": "PT4KHLK", "incident_number": 1234, )"
                                              R"("first_trigger_log_entry": {"id": "R0", "type": "trigger_log_entry_reference"}}]})");
        QVERIFY(!PagerDutyLogReader::recognises(TimelineImporter::peek(incidents)));
    }

    void aSecondImportAddsOnlyWhatIsNew()
    {
        // The first import was taken while the incident was open: the five oldest entries.
        const QJsonArray entries = QJsonDocument::fromJson(logEntries).object().value(QStringLiteral("log_entries")).toArray();
        QJsonArray early;
        for (qsizetype i = 5; i < entries.size(); ++i)
            early.append(entries.at(i));
        const QString earlyPath = writeExport(m_dir.path(), QStringLiteral("early.json"),
                                              QJsonDocument(QJsonObject{{QStringLiteral("log_entries"), early}}).toJson());
        const QString fullPath = writeExport(m_dir.path(), QStringLiteral("full.json"), logEntries);
        SessionDocument document;
        const QList<TimelineImportRow> first = importInto(&document, earlyPath, inLosAngeles());
        QCOMPARE(countStatus(first, TimelineImportRow::Status::New), 3);
        QCOMPARE(countStatus(first, TimelineImportRow::Status::Skipped), 2);
        QCOMPARE(document.session().timeline.size(), 3);

        const TimelineImportResult full = TimelineImporter::read(fullPath, inLosAngeles());
        const QList<TimelineImportRow> rows = TimelineImportPlan::plan(document.session(), full.records);
        QCOMPARE(countStatus(rows, TimelineImportRow::Status::AlreadyInTimeline), 3);
        QCOMPARE(countStatus(rows, TimelineImportRow::Status::New), 5);
        QCOMPARE(rows.at(9).status, TimelineImportRow::Status::AlreadyInTimeline);
        QCOMPARE(rows.at(9).event.text, QStringLiteral("Checkout API via Datadog: Triggered through the API. "
                                                       "[#1234] Checkout API returns 502"));
        importInto(&document, fullPath, inLosAngeles());
        QCOMPARE(document.session().timeline.size(), 8);
        const QList<TimelineImportRow> again = importInto(&document, fullPath, inLosAngeles());
        QCOMPARE(countStatus(again, TimelineImportRow::Status::New), 0);
        QCOMPARE(document.session().timeline.size(), 8);
    }

    void triggerAcknowledgeAndResolveGiveTheSessionItsTimes()
    {
        const QString path = writeExport(m_dir.path(), QStringLiteral("times.json"), logEntries);
        SessionDocument document;
        QVERIFY(!document.session().startedAt.isValid());
        importInto(&document, path, inLosAngeles());
        QCOMPARE(document.session().startedAt, at("2017-03-11T22:58:10Z"));
        QCOMPARE(document.session().startedAt.offsetFromUtc(), -8 * 3600);
        QCOMPARE(document.session().detectedAt, at("2017-03-11T15:31:40-08:00"));
        QCOMPARE(document.session().resolvedAt, at("2017-03-13T09:15:00-07:00"));
        QCOMPARE(document.session().resolvedAt.offsetFromUtc(), -7 * 3600);
        // One undo step takes the whole import back, times included.
        document.undoStack()->undo();
        QVERIFY(document.session().timeline.isEmpty());
        QVERIFY(!document.session().startedAt.isValid());
    }

    void aTruncatedFileIsAnErrorNamingTheOffset()
    {
        const QByteArray whole(logEntries);
        const QString path = writeExport(m_dir.path(), QStringLiteral("cut.json"), whole.left(whole.size() / 2));
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::PagerDutyLog);
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QVERIFY(!result.ok());
        QVERIFY(result.records.isEmpty());
        QVERIFY2(result.error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": not JSON: ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral(" at offset ")), qPrintable(result.error));
    }

    void aWrongShapeNamesTheJsonPath()
    {
        TimelineImportOptions options = inLosAngeles();
        options.format = TimelineFormat::PagerDutyLog;
        const QString notList = writeExport(m_dir.path(), QStringLiteral("notlist.json"), R"({"log_entries": {"id": "R1"}})");
        TimelineImportResult result = TimelineImporter::read(notList, options);
        QCOMPARE(result.error, QDir::toNativeSeparators(notList) + QStringLiteral(": log_entries is not a list"));
        const QString notObject = writeExport(m_dir.path(), QStringLiteral("notobject.json"),
                                              R"({"log_entries": [{"type": "trigger_log_entry", "created_at": "2017-03-11T22:58:10Z"}, 42]})");
        result = TimelineImporter::read(notObject, options);
        QCOMPARE(result.error, QDir::toNativeSeparators(notObject) + QStringLiteral(": log_entries[1] is not an object"));
        QVERIFY(result.records.isEmpty());
        // An entry whose time cannot be read is only odd: listed and skipped, the rest read.
        const QString badTime = writeExport(m_dir.path(), QStringLiteral("badtime.json"),
                                            R"({"log_entries": [{"type": "trigger_log_entry", "summary": "Triggered", "created_at": "yesterday"},)"
                                            R"({"type": "resolve_log_entry", "summary": "Resolved", "created_at": "2017-03-11T23:58:10Z"}]})");
        result = TimelineImporter::read(badTime, options);
        QVERIFY(result.ok());
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records.at(0).skipReason, QStringLiteral("its time “yesterday” cannot be read"));
        QVERIFY(result.records.at(1).skipReason.isEmpty());
    }

    void aHugeFileIsRefusedUnread()
    {
        // 70 MB that is not JSON past its first bytes: refusing it for its size, not for its
        // content, shows it was not read.
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"log_entries": [{"type": "trigger_log_entry", )");
        QVERIFY(file.resize(70 * 1000 * 1000));
        file.close();
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::PagerDutyLog);
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QVERIFY(!result.ok());
        QVERIFY(result.records.isEmpty());
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("more than")), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QStringLiteral("not JSON")), qPrintable(result.error));
        QVERIFY(70 * 1000 * 1000 > SessionLimits::maxImportFileBytes);
    }

    void progressCanCancel()
    {
        const QString path = writeExport(m_dir.path(), QStringLiteral("cancel.json"), logEntries);
        qint64 calls = 0;
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles(), [&calls](qint64, qint64) {
            ++calls;
            return false;
        });
        QVERIFY(result.cancelled);
        QVERIFY(result.records.isEmpty());
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestPagerDutyLog)
#include "tst_pagerdutylog.moc"
