// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimportchecks.h"

#include "timelineimport/opsgenielogreader.h"
#include "timelineimport/pagerdutylogreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;
using namespace Whyboard::Test;

namespace {

// GET /v2/alerts/{id}/logs?order=asc as Opsgenie returns it: one alert over three days across
// the night US clocks went forward, UTC times with milliseconds and one written with an
// offset, the notifications sent to each person, a repeat of the alert, a note.
const char *const alertLogs = R"({
  "data": [
    {"log": "Alert created via Datadog", "type": "system", "owner": "System",
     "createdAt": "2017-03-11T22:58:10.123Z", "offset": "1489273090123_1489273090123000000"},
    {"log": "Alert is added to team [Checkout]", "type": "system", "owner": "System",
     "createdAt": "2017-03-11T22:58:10.400Z", "offset": "1489273090400_1489273090400000000"},
    {"log": "Notification sent to [alice@example.com] via [Mobile]", "type": "alertRecipient", "owner": "alice@example.com",
     "createdAt": "2017-03-11T22:58:12.000Z", "offset": "1489273092000_1489273092000000000"},
    {"log": "Alert count is increased to 2, deduplicated", "type": "system", "owner": "System",
     "createdAt": "2017-03-11T23:03:10.000Z", "offset": "1489273390000_1489273390000000000"},
    {"log": "Escalated to [Checkout_escalation] next: bob@example.com", "type": "system", "owner": "System",
     "createdAt": "2017-03-11T23:28:10.000Z", "offset": "1489275000000_1489275000000000000"},
    {"log": "Notification delivered to [bob@example.com] via [SMS]", "type": "system", "owner": "bob@example.com",
     "createdAt": "2017-03-11T23:28:13.000Z", "offset": "1489275003000_1489275003000000000"},
    {"log": "Alert acknowledged via Web", "type": "system", "owner": "bob@example.com",
     "createdAt": "2017-03-11T15:31:40.000-08:00", "offset": "1489275100000_1489275100000000000"},
    {"log": "Rolled back deploy 4412; errors down to 3%", "type": "alertNote", "owner": "bob@example.com",
     "createdAt": "2017-03-12T09:59:00.000Z", "offset": "1489312740000_1489312740000000000"},
    {"log": "Alert owner changed to carol@example.com", "type": "system", "owner": "bob@example.com",
     "createdAt": "2017-03-12T10:05:00.000Z", "offset": "1489313100000_1489313100000000000"},
    {"log": "Alert snoozed until 2017-03-12T11:00:00Z", "type": "system", "owner": "carol@example.com",
     "createdAt": "2017-03-12T10:30:00.000Z", "offset": "1489314600000_1489314600000000000"},
    {"log": "Alert closed via Web", "type": "system", "owner": "carol@example.com",
     "createdAt": "2017-03-13T16:15:00.000Z", "offset": "1489421700000_1489421700000000000"}
  ],
  "paging": {"first": "https:\/\/api.opsgenie.com/v2/alerts/70413a06/logs?order=asc", "next": null},
  "took": 0.041, "requestId": "9ae63dd7-ed00-4c81-86f0-c4ffd33142c9"
})";

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

// Opsgenie's alert log (API /v2/alerts/{id}/logs) as the timeline's steps.
class TestOpsgenieLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) { return writeExport(m_dir.path(), name, bytes); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void logLinesBecomeStepsOfTheirKind()
    {
        const QString path = write(QStringLiteral("alert-logs.json"), alertLogs);
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::OpsgenieLog);
        QVERIFY(!PagerDutyLogReader::recognises(TimelineImporter::peek(path)));
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.records.size(), 11);
        const QList<EventKind> kinds{EventKind::Trigger, EventKind::Escalation, EventKind::Note,       EventKind::Note,
                                     EventKind::Escalation, EventKind::Note,     EventKind::Detection,  EventKind::Note,
                                     EventKind::Escalation, EventKind::Note,     EventKind::Resolution};
        for (qsizetype i = 0; i < kinds.size(); ++i)
            QVERIFY2(result.records.at(i).kind == kinds.at(i), qPrintable(result.records.at(i).text));
        QCOMPARE(result.records.at(0).text, QStringLiteral("Alert created via Datadog"));
        QCOMPARE(result.records.at(0).author, QString()); // "System": Opsgenie itself
        QCOMPARE(result.records.at(0).location, QStringLiteral("data[0]"));
        QCOMPARE(result.records.at(6).author, QStringLiteral("bob@example.com"));
        QCOMPARE(result.records.at(7).sourceType, QStringLiteral("alertNote"));
        QCOMPARE(result.records.at(7).text, QStringLiteral("Rolled back deploy 4412; errors down to 3%"));
        QCOMPARE(result.records.at(10).author, QStringLiteral("carol@example.com"));
        const QString notification = QStringLiteral("a notification to one person; the escalation is listed");
        QCOMPARE(result.records.at(2).skipReason, notification);
        QCOMPARE(result.records.at(5).skipReason, notification);
        QCOMPARE(result.records.at(3).skipReason, QStringLiteral("the monitoring tool sent the same alert again"));
        for (int i : {0, 1, 4, 6, 7, 8, 9, 10})
            QVERIFY2(result.records.at(i).skipReason.isEmpty(), qPrintable(result.records.at(i).skipReason));
    }

    void timesKeepTheirOffsetsAcrossTheClockChange()
    {
        const QString path = write(QStringLiteral("dst.json"), alertLogs);
        const TimelineImportResult result = TimelineImporter::read(path, inLosAngeles());
        QCOMPARE(result.records.at(0).at, at("2017-03-11T14:58:10.123-08:00"));
        QCOMPARE(result.records.at(0).at.offsetFromUtc(), -8 * 3600);
        QCOMPARE(result.records.at(0).at.time(), QTime(14, 58, 10, 123));
        QCOMPARE(result.records.at(6).at.offsetFromUtc(), -8 * 3600); // written with its offset
        QCOMPARE(result.records.at(7).at.time(), QTime(1, 59));     // a minute before the change
        QCOMPARE(result.records.at(7).at.offsetFromUtc(), -8 * 3600);
        QCOMPARE(result.records.at(8).at.time(), QTime(3, 5)); // after it
        QCOMPARE(result.records.at(8).at.offsetFromUtc(), -7 * 3600);
        QCOMPARE(result.records.at(10).at.date(), QDate(2017, 3, 13));
        QCOMPARE(result.records.at(10).at.time(), QTime(9, 15));
    }

    void pagesAndBareArraysAreRead()
    {
        const QJsonArray entries = QJsonDocument::fromJson(alertLogs).object().value(QStringLiteral("data")).toArray();
        QJsonArray first, second;
        for (qsizetype i = 0; i < entries.size(); ++i)
            (i < 5 ? first : second).append(entries.at(i));
        const QJsonArray pages{QJsonObject{{QStringLiteral("data"), first}}, QJsonObject{{QStringLiteral("data"), second}}};
        const QString pagesPath = write(QStringLiteral("pages.json"), QJsonDocument(pages).toJson());
        QCOMPARE(TimelineImporter::detect(pagesPath), TimelineFormat::OpsgenieLog);
        const TimelineImportResult paged = TimelineImporter::read(pagesPath, inLosAngeles());
        QCOMPARE(paged.records.size(), 11);
        QCOMPARE(paged.records.at(10).location, QStringLiteral("[1].data[5]"));
        const QString barePath = write(QStringLiteral("bare.json"), QJsonDocument(entries).toJson(QJsonDocument::Compact));
        QCOMPARE(TimelineImporter::detect(barePath), TimelineFormat::OpsgenieLog);
        QCOMPARE(TimelineImporter::read(barePath, inLosAngeles()).records.size(), 11);
    }

    void aSecondImportAddsOnlyWhatIsNew()
    {
        const QJsonArray entries = QJsonDocument::fromJson(alertLogs).object().value(QStringLiteral("data")).toArray();
        QJsonArray early;
        for (qsizetype i = 0; i < 7; ++i)
            early.append(entries.at(i));
        const QString earlyPath = write(QStringLiteral("early.json"), QJsonDocument(QJsonObject{{QStringLiteral("data"), early}}).toJson());
        const QString fullPath = write(QStringLiteral("full.json"), alertLogs);
        SessionDocument document;
        importInto(&document, earlyPath, inLosAngeles());
        QCOMPARE(document.session().timeline.size(), 4); // created, team, escalated, acknowledged
        const QList<TimelineImportRow> rows =
            TimelineImportPlan::plan(document.session(), TimelineImporter::read(fullPath, inLosAngeles()).records);
        QCOMPARE(countStatus(rows, TimelineImportRow::Status::AlreadyInTimeline), 4);
        QCOMPARE(countStatus(rows, TimelineImportRow::Status::New), 4);
        QCOMPARE(rows.at(6).event.text, QStringLiteral("bob@example.com: Alert acknowledged via Web"));
        importInto(&document, fullPath, inLosAngeles());
        QCOMPARE(document.session().timeline.size(), 8);
        QCOMPARE(countStatus(importInto(&document, fullPath, inLosAngeles()), TimelineImportRow::Status::New), 0);
    }

    void createdAcknowledgedClosedGiveTheSessionItsTimes()
    {
        SessionDocument document;
        importInto(&document, write(QStringLiteral("times.json"), alertLogs), inLosAngeles());
        QCOMPARE(document.session().startedAt, at("2017-03-11T22:58:10.123Z"));
        QCOMPARE(document.session().detectedAt, at("2017-03-11T15:31:40-08:00"));
        QCOMPARE(document.session().resolvedAt, at("2017-03-13T16:15:00Z"));
        QCOMPARE(document.session().resolvedAt.offsetFromUtc(), -7 * 3600);
    }

    void damagedFilesAreErrorsAndGiveNothing()
    {
        const QByteArray whole(alertLogs);
        const QString cut = write(QStringLiteral("cut.json"), whole.left(700));
        QCOMPARE(TimelineImporter::detect(cut), TimelineFormat::OpsgenieLog);
        TimelineImportResult result = TimelineImporter::read(cut, inLosAngeles());
        QVERIFY(result.records.isEmpty());
        QVERIFY2(result.error.startsWith(QDir::toNativeSeparators(cut) + QStringLiteral(": not JSON: ")), qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral(" at offset ")));

        TimelineImportOptions options = inLosAngeles();
        options.format = TimelineFormat::OpsgenieLog;
        const QString wrong = write(QStringLiteral("wrong.json"), R"({"data": {"log": "Alert created"}, "took": 0.01})");
        result = TimelineImporter::read(wrong, options);
        QCOMPARE(result.error, QDir::toNativeSeparators(wrong) + QStringLiteral(": data is not a list"));
        const QString missing = write(QStringLiteral("missing.json"), R"({"result": "ok"})");
        result = TimelineImporter::read(missing, options);
        QCOMPARE(result.error, QDir::toNativeSeparators(missing) + QStringLiteral(": it has no “data” list"));

        const QString huge = QDir(m_dir.path()).filePath(QStringLiteral("huge.json"));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"data": [{"log": "Alert created via API", "createdAt": )");
        QVERIFY(file.resize(70 * 1000 * 1000));
        file.close();
        result = TimelineImporter::read(huge, inLosAngeles());
        QVERIFY(result.records.isEmpty());
        QVERIFY2(result.error.contains(QStringLiteral("more than")) && result.error.contains(QDir::toNativeSeparators(huge)),
                 qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestOpsgenieLog)
#include "tst_opsgenielog.moc"
