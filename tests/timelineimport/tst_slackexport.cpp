// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/slackexportreader.h"
#include "timelineimport/slackmessagetext.h"
#include "timelineimport/timelineimporter.h"
#include "timelineimport/timelineimportplan.h"
#include "zipwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;
using Whyboard::Test::ZipWriter;

namespace {

using Files = QMap<QString, QByteArray>;

QByteArray json(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QJsonObject message(const char *user, const QString &ts, const QString &text)
{
    return QJsonObject{{"type", "message"}, {"user", user}, {"text", text}, {"ts", ts},
                       {"team", "T01"}, {"blocks", QJsonArray()}};
}

// A replication incident in #incident-db, Europe/Berlin, from Saturday 23:40 CET over midnight
// and over the switch to summer time (02:00 CET -> 03:00 CEST) until 03:30 CEST, as a
// workspace export stores it (day files by UTC day), with #general beside it.
Files incidentExport()
{
    Files files;
    files["users.json"] = json({
        QJsonObject{{"id", "U01"}, {"name", "alice.w"}, {"real_name", "Alice Wong"}, {"deleted", false},
                    {"profile", QJsonObject{{"display_name", "alice"}, {"real_name", "Alice Wong"}}}},
        QJsonObject{{"id", "U02"}, {"name", "bob"}, {"real_name", "Bob Marley"},
                    {"profile", QJsonObject{{"display_name", ""}, {"real_name", "Bob Marley"}}}},
        QJsonObject{{"id", "B01"}, {"name", "pagerduty"}, {"is_bot", true}, {"profile", QJsonObject{{"real_name", "PagerDuty"}}}},
    });
    files["channels.json"] = json({
        QJsonObject{{"id", "C01"}, {"name", "incident-db"}, {"created", 1490400000}, {"creator", "U01"},
                    {"is_archived", false}, {"members", QJsonArray{"U01", "U02"}},
                    {"topic", QJsonObject{{"value", "db replication"}}}},
        QJsonObject{{"id", "C02"}, {"name", "general"}, {"created", 1400000000}, {"is_general", true}},
    });
    QJsonObject join = message("U01", "1490481000.000100", "<@U01|alice> has joined the channel");
    join["subtype"] = "channel_join";
    QJsonObject bot{{"type", "message"}, {"subtype", "bot_message"}, {"bot_id", "B01"}, {"username", "PagerDuty"},
                    {"ts", "1490481600.000100"}, {"text", ""},
                    {"attachments", QJsonArray{QJsonObject{{"fallback", "Triggered #4711: db-primary replication lag &gt; 300s"},
                                                           {"color", "danger"}}}}};
    QJsonObject thread = message("U02", "1490482200.000300", "paged <!subteam^S01|@dba-oncall>, <@U01> has the dashboard");
    thread["thread_ts"] = "1490482200.000300";
    thread["reply_count"] = 1;
    QJsonObject reply = message("U03", "1490482260.000400", "on it, <@U02>");
    reply["thread_ts"] = "1490482200.000300";
    reply["parent_user_id"] = "U02";
    reply["user_profile"] = QJsonObject{{"display_name", "carol"}, {"real_name", "Carol Danvers"}, {"name", "carol.d"}};
    files["incident-db/2017-03-25.json"] = json({
        join, bot,
        message("U01", "1490481720.000200",
                "<!here> noticed replica lag, see <https://grafana.example.com/d/db?a=1&amp;b=2|dashboard> &amp; <#C02|general> :eyes:"),
        thread,
        message("U02", "1490482500.000500", "checked <https://status.example.com> &lt;all green&gt;"),
        reply, // written into the day file after a later message: the reader puts it in time order
    });
    QJsonObject edited = message("U01", "1490489880.000600", "rolled back the schema migration");
    edited["edited"] = QJsonObject{{"user", "U01"}, {"ts", "1490489900.000000"}};
    QJsonObject file = message("U02", "1490490300.000700", "replication lag graph");
    file["subtype"] = "file_share";
    file["files"] = QJsonArray{QJsonObject{{"id", "F01"}, {"name", "lag.png"}, {"title", "lag"}, {"mimetype", "image/png"}}};
    QJsonObject deleted{{"type", "message"}, {"subtype", "tombstone"}, {"text", "This message was deleted."},
                        {"ts", "1490490400.000100"}, {"user", "USLACKBOT"}, {"hidden", true}};
    QJsonObject topic = message("U01", "1490491900.000900", "<@U01|alice> set the channel topic: resolved");
    topic["subtype"] = "channel_topic";
    files["incident-db/2017-03-26.json"] = json({
        edited, file, deleted,
        message("U01", "1490491800.000800", "resolved: replication caught up :white_check_mark:"), topic,
    });
    files["general/2017-03-26.json"] = json({message("U02", "1490490000.000100", "lunch?")});
    return files;
}

QString writeFolder(const QTemporaryDir &dir, const Files &files, const QString &name = "slack-export")
{
    const QString root = dir.filePath(name);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = root + "/" + it.key();
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(it.value()) != it.value().size())
            return {};
    }
    return root;
}

QString writeZip(const QTemporaryDir &dir, const Files &files, const QString &name = "export.zip")
{
    ZipWriter writer;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writer.add(it.key(), it.value());
    const QString path = dir.filePath(name);
    return writer.write(path) ? path : QString();
}

TimelineImportOptions berlin(const QString &channel = "incident-db")
{
    TimelineImportOptions options;
    options.channel = channel;
    options.timeZone = QTimeZone("Europe/Berlin");
    return options;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

// A Slack workspace export read as a facilitator needs it: the right channel, names instead of
// ids, readable text, the true offsets across midnight and summer time, nothing twice.
class TestSlackExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheIncidentChannel_data()
    {
        QTest::addColumn<bool>("zipped");
        QTest::newRow("folder") << false;
        QTest::newRow("zip") << true;
    }

    void readsTheIncidentChannel()
    {
        QFETCH(bool, zipped);
        QTemporaryDir dir;
        const QString path = zipped ? writeZip(dir, incidentExport()) : writeFolder(dir, incidentExport());
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::SlackExport);
        const TimelineImportResult result = TimelineImporter::read(path, berlin("#incident-db"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, TimelineFormat::SlackExport);
        QCOMPARE(result.channel, QString("incident-db"));
        QCOMPARE(result.channels, QStringList({"general", "incident-db"}));
        const QList<TimelineRecord> &r = result.records;
        QCOMPARE(r.size(), 10); // the deleted message is gone

        QCOMPARE(r.at(0).skipReason, QString("someone joined the channel"));
        QCOMPARE(r.at(0).text, QString("@alice has joined the channel"));

        QCOMPARE(r.at(1).author, QString("PagerDuty"));
        QCOMPARE(r.at(1).text, QString("Triggered #4711: db-primary replication lag > 300s"));
        QCOMPARE(r.at(1).sourceType, QString("bot message"));
        QCOMPARE(r.at(1).at, at("2017-03-25T23:40:00+01:00"));
        QCOMPARE(r.at(1).at.offsetFromUtc(), 3600);
        QVERIFY(r.at(1).skipReason.isEmpty());

        QCOMPARE(r.at(2).author, QString("alice"));
        QCOMPARE(r.at(2).text, QString("@here noticed replica lag, see dashboard (https://grafana.example.com/d/db?a=1&b=2) "
                                        "& #general 👀"));
        QCOMPARE(r.at(2).kind, EventKind::Detection);
        QCOMPARE(r.at(2).location, QString("incident-db/2017-03-25.json #3"));

        QCOMPARE(r.at(3).author, QString("Bob Marley")); // no display name: the real name
        QCOMPARE(r.at(3).text, QString("paged @dba-oncall, @alice has the dashboard"));
        QCOMPARE(r.at(3).kind, EventKind::Escalation);
        QVERIFY(r.at(3).sourceType.isEmpty()); // a thread's first message is a message

        QCOMPARE(r.at(4).author, QString("carol")); // not in users.json: the message's own profile
        QCOMPARE(r.at(4).text, QString("on it, @Bob Marley"));
        QCOMPARE(r.at(4).sourceType, QString("thread reply"));
        QCOMPARE(r.at(4).at, at("2017-03-25T23:51:00+01:00"));

        QCOMPARE(r.at(5).text, QString("checked https://status.example.com <all green>"));

        QCOMPARE(r.at(6).text, QString("rolled back the schema migration"));
        QCOMPARE(r.at(6).sourceType, QString("edited"));
        QCOMPARE(r.at(6).kind, EventKind::Mitigation);
        QCOMPARE(r.at(6).at.date(), QDate(2017, 3, 26));
        QCOMPARE(r.at(6).at.time(), QTime(1, 58));
        QCOMPARE(r.at(6).at.offsetFromUtc(), 3600); // still winter time

        QCOMPARE(r.at(7).text, QString("replication lag graph [file: lag.png]"));
        QCOMPARE(r.at(7).at.time(), QTime(3, 5)); // seven minutes later by the clock on the wall
        QCOMPARE(r.at(7).at.offsetFromUtc(), 7200);
        QCOMPARE(r.at(6).at.secsTo(r.at(7).at), 7 * 60);

        QCOMPARE(r.at(8).text, QString("resolved: replication caught up ✅"));
        QCOMPARE(r.at(8).kind, EventKind::Resolution);
        QCOMPARE(r.at(9).skipReason, QString("the channel topic changed"));
    }

    void asksForTheChannelWhenThereAreSeveral()
    {
        QTemporaryDir dir;
        const QString path = writeZip(dir, incidentExport());
        const TimelineImportResult several = TimelineImporter::read(path, berlin(QString()));
        QVERIFY(several.ok());
        QCOMPARE(several.channels, QStringList({"general", "incident-db"}));
        QVERIFY(several.channel.isEmpty());
        QVERIFY(several.records.isEmpty());

        const TimelineImportResult unknown = TimelineImporter::read(path, berlin("war-room"));
        QCOMPARE(unknown.error, QDir::toNativeSeparators(path)
                                    + ": the export has no messages in a channel “war-room”; it has general, incident-db");
        QVERIFY(unknown.records.isEmpty());

        Files onlyOne = incidentExport();
        onlyOne.remove("general/2017-03-26.json");
        const TimelineImportResult single = TimelineImporter::read(writeFolder(dir, onlyOne, "one"), berlin(QString()));
        QVERIFY2(single.ok(), qPrintable(single.error));
        QCOMPARE(single.channel, QString("incident-db"));
        QCOMPARE(single.records.size(), 10);
    }

    void aSecondImportAddsOnlyWhatIsNew()
    {
        QTemporaryDir dir;
        const QString path = writeZip(dir, incidentExport());
        // The first import stops at midnight; the second reads the whole night.
        TimelineImportOptions firstNight = berlin();
        firstNight.until = at("2017-03-25T23:59:59+01:00");
        const TimelineImportResult first = TimelineImporter::read(path, firstNight);
        QVERIFY(first.ok());
        QCOMPARE(first.outsideRange, 4); // the deleted message is not counted
        Session session;
        const QList<TimelineEvent> added = TimelineImportPlan::eventsToAdd(TimelineImportPlan::plan(session, first.records));
        QCOMPARE(added.size(), 5);
        QCOMPARE(added.at(0).text, QString("PagerDuty: Triggered #4711: db-primary replication lag > 300s"));
        for (TimelineEvent event : added) {
            event.id = QString::number(session.timeline.size() + 1);
            session.timeline.append(event);
        }
        const TimelineImportResult whole = TimelineImporter::read(path, berlin());
        const QList<TimelineImportRow> rows = TimelineImportPlan::plan(session, whole.records);
        const QList<TimelineEvent> fresh = TimelineImportPlan::eventsToAdd(rows);
        QCOMPARE(fresh.size(), 3);
        QCOMPARE(fresh.at(0).text, QString("alice: rolled back the schema migration"));
        QCOMPARE(fresh.at(2).text, QString("alice: resolved: replication caught up ✅"));
        int already = 0;
        for (const TimelineImportRow &row : rows)
            already += row.status == TimelineImportRow::Status::AlreadyInTimeline;
        QCOMPARE(already, 5);
    }

    void aShortRangeOpensOnlyItsDays()
    {
        // 10,000 messages over 100 days; every day but the incident's is damaged, so reading
        // any of them would fail the import.
        Files files = incidentExport();
        const qint64 firstDay = QDateTime(QDate(2017, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        for (int day = 0; day < 100; ++day) {
            const QDate date = QDate(2017, 1, 1).addDays(day);
            QJsonArray messages;
            for (int i = 0; i < 100; ++i)
                messages.append(message("U01", QString::number(firstDay + day * 86400 + i * 600) + ".000100",
                                        QString("heartbeat %1").arg(i)));
            QByteArray bytes = json(messages);
            if (date < QDate(2017, 3, 24) || date > QDate(2017, 3, 27))
                bytes.chop(5);
            files[QString("noisy/%1.json").arg(date.toString(Qt::ISODate))] = bytes;
        }
        QTemporaryDir dir;
        const QString path = writeZip(dir, files);
        TimelineImportOptions options = berlin("noisy");
        options.since = at("2017-03-26T00:00:00+01:00");
        options.until = at("2017-03-26T23:59:59+02:00");
        qint64 lastTotal = -1;
        const TimelineImportResult result = TimelineImporter::read(path, options, [&lastTotal](qint64, qint64 total) {
            lastTotal = total;
            return true;
        });
        QVERIFY2(result.ok(), qPrintable(result.error));
        // The range is 03-25 23:00 to 03-26 21:59:59 UTC: the day files of 03-24 to 03-27 may
        // hold it; only 03-26's messages (00:00 to 16:30 UTC) lie in it.
        QCOMPARE(result.records.size(), 100);
        QCOMPARE(lastTotal, 4); // four day files opened of a hundred
        QCOMPARE(result.outsideRange, 300);

        options.until = QDateTime();
        const TimelineImportResult open = TimelineImporter::read(path, options);
        QVERIFY(!open.ok());
        QVERIFY2(open.error.contains("noisy/2017-03-28.json: not JSON: "), qPrintable(open.error));
        QVERIFY(open.records.isEmpty());

        bool asked = false;
        const TimelineImportResult cancelled = TimelineImporter::read(path, berlin("noisy"), [&asked](qint64, qint64) {
            asked = true;
            return false;
        });
        QVERIFY(asked);
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.records.isEmpty());
    }

    void tooManyMessagesStopTheReadEarly()
    {
        // 60,000 messages without a range: past the cap the read stops, before the damaged
        // last day and before the records fill memory.
        Files files = incidentExport();
        const qint64 firstDay = QDateTime(QDate(2017, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QByteArray day = "[";
        for (int i = 0; i < 1000; ++i)
            day += QByteArray(i ? "," : "") + "{\"type\":\"message\",\"user\":\"U01\",\"text\":\"tick\",\"ts\":\"%1."
                   + QByteArray::number(i) + "\"}";
        day += "]";
        for (int d = 0; d < 60; ++d) {
            QByteArray bytes = day;
            bytes.replace("%1", QByteArray::number(firstDay + d * 86400));
            files[QString("noisy/%1.json").arg(QDate(2017, 1, 1).addDays(d).toString(Qt::ISODate))] =
                d == 59 ? bytes.left(100) : bytes;
        }
        QTemporaryDir dir;
        const QString path = writeZip(dir, files);
        qint64 opened = 0;
        const TimelineImportResult result = TimelineImporter::read(path, berlin("noisy"), [&opened](qint64 done, qint64) {
            opened = done;
            return true;
        });
        QCOMPARE(result.error, "“" + QDir::toNativeSeparators(path)
                                   + "” has more than " + QLocale().toString(TimelineImporter::maxRecords)
                                   + " entries in the chosen time range: choose a shorter range");
        QVERIFY(result.records.isEmpty());
        QCOMPARE(opened, 50); // the 51st day file passed the cap; the 60th, damaged, was never read
    }

    void damagedExportsSayWhatIsWrong()
    {
        QTemporaryDir dir;
        ZipWriter writer;
        const Files files = incidentExport();
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            writer.add(it.key(), it.value());
        const QByteArray whole = writer.bytes();
        const QString truncated = dir.filePath("truncated.zip");
        QFile out(truncated);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(whole.left(whole.size() / 2));
        out.close();
        const TimelineImportResult cut = TimelineImporter::read(truncated, berlin());
        QCOMPARE(cut.format, TimelineFormat::SlackExport);
        QCOMPARE(cut.error, QDir::toNativeSeparators(truncated)
                                + ": the ZIP archive is truncated: its table of contents is missing");
        QVERIFY(cut.records.isEmpty());

        ZipWriter bomb;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            ZipWriter::Entry entry;
            entry.name = it.key().toUtf8();
            entry.data = it.value();
            if (it.key() == "incident-db/2017-03-26.json")
                entry.uncompressedSize = 0xFFFFFF00u;
            bomb.add(entry);
        }
        const QString huge = dir.filePath("huge.zip");
        QVERIFY(bomb.write(huge));
        const TimelineImportResult refused = TimelineImporter::read(huge, berlin());
        QVERIFY2(refused.error.startsWith(QDir::toNativeSeparators(huge) + ": incident-db/2017-03-26.json is too large: "),
                 qPrintable(refused.error));
        QVERIFY(refused.records.isEmpty());

        Files broken = incidentExport();
        broken["incident-db/2017-03-26.json"] = "[{\"type\":\"message\",\"ts\":\"1490489880.0\" \"text\":\"x\"}]";
        const TimelineImportResult notJson = TimelineImporter::read(writeFolder(dir, broken, "broken"), berlin());
        QVERIFY2(notJson.error.startsWith(QDir::toNativeSeparators(dir.filePath("broken"))
                                          + ": incident-db/2017-03-26.json: not JSON: "),
                 qPrintable(notJson.error));
        QVERIFY2(notJson.error.endsWith(" at offset 40"), qPrintable(notJson.error));
        QVERIFY(notJson.records.isEmpty());
    }

    void messageTextReadsAsInTheChannel()
    {
        const QHash<QString, QString> users{{"U1", "alice"}};
        const QHash<QString, QString> channels{{"C9", "ops"}};
        QCOMPARE(SlackMessageText::toPlain("<@U1> <@U2|bob> <@U3> <#C9> <#C8|db>", users, channels),
                 QString("@alice @bob @U3 #ops #db"));
        QCOMPARE(SlackMessageText::toPlain("<!channel> <!everyone> <!here|here> <!subteam^S1>", users),
                 QString("@channel @everyone @here @S1"));
        QCOMPARE(SlackMessageText::toPlain("<mailto:ops@example.com|ops@example.com> <https://x.example/a|https://x.example/a>", users),
                 QString("ops@example.com https://x.example/a"));
        QCOMPARE(SlackMessageText::toPlain("a &amp;lt; b &amp;&amp; c &gt; d :+1: :not-a-code:", users),
                 QString("a &lt; b && c > d 👍 :not-a-code:"));
        QCOMPARE(SlackMessageText::toPlain("<!date^1392734382^{date} at {time}|Feb 18, 2014 at 6:39 AM>", users),
                 QString("Feb 18, 2014 at 6:39 AM"));
    }
};

QTEST_GUILESS_MAIN(TestSlackExport)
#include "tst_slackexport.moc"
