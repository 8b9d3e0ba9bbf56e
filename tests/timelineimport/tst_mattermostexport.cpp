// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/mattermostexportreader.h"
#include "timelineimport/timelineimporter.h"
#include "timelineimport/timelineimportplan.h"
#include "zipwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

// The fixtures spell JSON with ' for ", to stay readable.
QByteArray quoted(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// A replication incident in platform/incident-db as `mmctl export create` writes it, Berlin
// time, from Saturday 23:40 CET over midnight and the switch to summer time until 03:30 CEST,
// with other teams' channels and a direct conversation beside it.
const QByteArray incidentLines = quoted("{'type':'version','version':1,'info':{'generator':'mattermost-server','version':'7.8.0','created':'2017-03-27T09:00:00Z'}}\n"
"{'type':'team','team':{'name':'platform','display_name':'Platform','type':'O','description':'','allow_open_invite':false}}\n"
"{'type':'team','team':{'name':'support','display_name':'Support','type':'O','description':'','allow_open_invite':true}}\n"
"{'type':'channel','channel':{'team':'platform','name':'incident-db','display_name':'Incident: DB','type':'O','header':'','purpose':'db replication'}}\n"
"{'type':'channel','channel':{'team':'platform','name':'town-square','display_name':'Town Square','type':'O','header':'','purpose':''}}\n"
"{'type':'channel','channel':{'team':'support','name':'town-square','display_name':'Town Square','type':'O','header':'','purpose':''}}\n"
"{'type':'user','user':{'username':'alice','email':'alice@example.com','auth_service':'','nickname':'','first_name':'Alice','last_name':'Wong','position':'SRE','roles':'system_user','locale':'en','teams':[{'name':'platform','roles':'team_user','channels':[{'name':'incident-db','roles':'channel_user','notify_props':{'desktop':'default','mobile':'default','mark_unread':'all'},'favorite':false}]}],'notify_props':{'desktop':'mention','desktop_sound':'true','email':'true','mobile':'mention','mobile_push_status':'away','channel':'true','comments':'never','mention_keys':''}}}\n"
"{'type':'post','post':{'team':'platform','channel':'incident-db','user':'pagerduty','message':'Triggered #4711: db-primary replication lag > 300s','props':{'from_bot':'true'},'create_at':1490481600000,'flagged_by':null,'reactions':null,'replies':null,'attachments':null}}\n"
"{'type':'post','post':{'team':'platform','channel':'incident-db','user':'alice','message':'noticed replica lag :eyes:','props':{},'create_at':1490481720000,'flagged_by':null,'reactions':[{'user':'bob','create_at':1490481730000,'emoji_name':'+1'}],'replies':[{'user':'bob','message':'paged the DBA on call','create_at':1490482260000,'flagged_by':null,'reactions':null,'attachments':null},{'user':'carol','message':'on it','create_at':1490489940000,'flagged_by':null,'reactions':null,'attachments':null}],'attachments':null}}\n"
"{'type':'post','post':{'team':'platform','channel':'incident-db','user':'bob','message':'checked the status page','props':{},'create_at':1490482500000,'flagged_by':null,'reactions':null,'replies':null,'attachments':null}}\n"
"{'type':'post','post':{'team':'platform','channel':'incident-db','user':'carol','type':'system_join_channel','message':'carol joined the channel.','props':{'username':'carol'},'create_at':1490482600000,'replies':null}}\n"
"{'type':'post','post':{'team':'platform','channel':'incident-db','user':'alice','message':'rolled back the schema migration','props':{},'create_at':1490489880000,'edit_at':1490489900000,'flagged_by':null,'reactions':null,'replies':null,'attachments':null}}\n"
"{'type':'post','post':{'team':'platform','channel':'incident-db','user':'bob','message':'replication lag graph','props':{},'create_at':1490490300000,'flagged_by':null,'reactions':null,'replies':null,'attachments':[{'path':'data/20170326/teams/platform/lag.png'}]}}\n"
"{'type':'post','post':{'team':'platform','channel':'incident-db','user':'alice','message':'resolved: replication caught up :white_check_mark:','props':{},'create_at':1490491800000,'flagged_by':null,'reactions':null,'replies':null,'attachments':null}}\n"
"{'type':'post','post':{'team':'platform','channel':'town-square','user':'bob','message':'lunch?','props':{},'create_at':1490490000000,'replies':null}}\n"
"{'type':'post','post':{'team':'support','channel':'town-square','user':'dave','message':'hi all','props':{},'create_at':1490490000000,'replies':null}}\n"
"{'type':'direct_channel','direct_channel':{'members':['alice','bob'],'favorited_by':null,'header':''}}\n"
"{'type':'direct_post','direct_post':{'channel_members':['bob','alice'],'user':'bob','message':'call me','props':{},'create_at':1490482000000,'flagged_by':null,'reactions':null,'replies':null,'attachments':null}}\n"
"");

QByteArray heartbeatLine(const char *channel, int i, qint64 createAt)
{
    return QString::fromUtf8(quoted("{'type':'post','post':{'team':'platform','channel':'%1','user':'monitor','message':'heartbeat %2','props':{},'create_at':%3,'replies':null}}"))
               .arg(channel)
               .arg(i)
               .arg(createAt)
               .toUtf8();
}

const QByteArray cutPostLine = quoted("{'type':'post','post':{'team':'platform','channel':'incident-db','user':'alice','message':'rolled back");
const QByteArray cutUserLine = quoted("{'type':'user','user':{'username':'alice'");

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes, const QString &name = "export.jsonl")
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
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

// A Mattermost bulk export read as a facilitator needs it: one channel, its replies in time
// order, the true offsets across midnight and summer time, nothing twice, never a partial read.
class TestMattermostExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheIncidentChannel()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, incidentLines);
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::MattermostExport);
        const TimelineImportResult result = TimelineImporter::read(path, berlin("#incident-db"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, TimelineFormat::MattermostExport);
        QCOMPARE(result.channel, QString("platform/incident-db"));
        const QList<TimelineRecord> &r = result.records;
        QCOMPARE(r.size(), 9);
        QCOMPARE(r.at(0).author, QString("pagerduty"));
        QCOMPARE(r.at(0).at, at("2017-03-25T23:40:00+01:00"));
        QCOMPARE(r.at(0).at.offsetFromUtc(), 3600);
        QCOMPARE(r.at(0).location, QString("line 8"));
        QCOMPARE(r.at(1).text, QString("noticed replica lag 👀"));
        QCOMPARE(r.at(1).kind, EventKind::Detection);
        QCOMPARE(r.at(2).author, QString("bob"));
        QCOMPARE(r.at(2).text, QString("paged the DBA on call"));
        QCOMPARE(r.at(2).sourceType, QString("reply"));
        QCOMPARE(r.at(2).kind, EventKind::Escalation);
        QCOMPARE(r.at(2).at, at("2017-03-25T23:51:00+01:00"));
        QCOMPARE(r.at(3).text, QString("checked the status page"));
        QCOMPARE(r.at(4).skipReason, QString("a notice by Mattermost, not a message"));
        QCOMPARE(r.at(5).text, QString("rolled back the schema migration"));
        QCOMPARE(r.at(5).sourceType, QString("edited"));
        QCOMPARE(r.at(5).at.date(), QDate(2017, 3, 26));
        QCOMPARE(r.at(5).at.time(), QTime(1, 58));
        QCOMPARE(r.at(5).kind, EventKind::Mitigation);
        // The reply written inside the 23:42 post, an hour and a quarter later, after midnight.
        QCOMPARE(r.at(6).author, QString("carol"));
        QCOMPARE(r.at(6).sourceType, QString("reply"));
        QCOMPARE(r.at(6).at, at("2017-03-26T01:59:00+01:00"));
        QCOMPARE(r.at(7).text, QString("replication lag graph [file: lag.png]"));
        QCOMPARE(r.at(7).at.time(), QTime(3, 5));
        QCOMPARE(r.at(7).at.offsetFromUtc(), 7200);
        QCOMPARE(r.at(8).text, QString("resolved: replication caught up ✅"));
        QCOMPARE(r.at(8).kind, EventKind::Resolution);
        QCOMPARE(r.at(8).at, at("2017-03-26T03:30:00+02:00"));
    }

    void choosesTheChannel()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, incidentLines);
        const TimelineImportResult several = TimelineImporter::read(path, berlin(QString()));
        QVERIFY2(several.ok(), qPrintable(several.error));
        QCOMPARE(several.channels,
                 QStringList({"alice+bob", "platform/incident-db", "platform/town-square", "support/town-square"}));
        QVERIFY(several.channel.isEmpty());
        QVERIFY(several.records.isEmpty());

        const TimelineImportResult byDisplayName = TimelineImporter::read(path, berlin("Incident: DB"));
        QCOMPARE(byDisplayName.records.size(), 9);
        const TimelineImportResult direct = TimelineImporter::read(path, berlin("alice+bob"));
        QCOMPARE(direct.records.size(), 1);
        QCOMPARE(direct.records.first().text, QString("call me"));
        const TimelineImportResult oneTeam = TimelineImporter::read(path, berlin("support/town-square"));
        QCOMPARE(oneTeam.records.size(), 1);

        const TimelineImportResult ambiguous = TimelineImporter::read(path, berlin("town-square"));
        QCOMPARE(ambiguous.error, QDir::toNativeSeparators(path)
                                      + ": “town-square” names several channels (platform/town-square, "
                                        "support/town-square): choose one as team/channel");
        QVERIFY(ambiguous.records.isEmpty());
        const TimelineImportResult unknown = TimelineImporter::read(path, berlin("war-room"));
        QVERIFY2(unknown.error.contains("has no posts in a channel “war-room”"), qPrintable(unknown.error));

        QByteArray onlyIncident;
        for (const QByteArray &line : incidentLines.split('\n')) {
            if (!line.contains("town-square") && !line.contains("direct_"))
                onlyIncident += line + '\n';
        }
        const TimelineImportResult single = TimelineImporter::read(writeFile(dir, onlyIncident, "one.jsonl"), berlin(QString()));
        QVERIFY2(single.ok(), qPrintable(single.error));
        QCOMPARE(single.channel, QString("platform/incident-db"));
        QCOMPARE(single.records.size(), 9);
    }

    void aSecondImportAddsOnlyWhatIsNew()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, incidentLines);
        TimelineImportOptions evening = berlin();
        evening.until = at("2017-03-25T23:59:59+01:00");
        const TimelineImportResult first = TimelineImporter::read(path, evening);
        QCOMPARE(first.records.size(), 5);
        QCOMPARE(first.outsideRange, 4);
        Session session;
        for (TimelineEvent event : TimelineImportPlan::eventsToAdd(TimelineImportPlan::plan(session, first.records))) {
            event.id = QString::number(session.timeline.size() + 1);
            session.timeline.append(event);
        }
        QCOMPARE(session.timeline.size(), 4); // the join notice is not an event
        QCOMPARE(session.timeline.at(2).text, QString("bob: paged the DBA on call"));
        // The export again, now with a post repeated (an export run twice and concatenated).
        const QList<QByteArray> lines = incidentLines.split('\n');
        const QString again = writeFile(dir, incidentLines + lines.at(12) + '\n', "again.jsonl");
        const QList<TimelineImportRow> rows = TimelineImportPlan::plan(session, TimelineImporter::read(again, berlin()).records);
        const QList<TimelineEvent> fresh = TimelineImportPlan::eventsToAdd(rows);
        QCOMPARE(fresh.size(), 4);
        QCOMPARE(fresh.at(0).text, QString("alice: rolled back the schema migration"));
        QCOMPARE(fresh.at(1).text, QString("carol: on it"));
        int repeated = 0;
        for (const TimelineImportRow &row : rows)
            repeated += row.status == TimelineImportRow::Status::RepeatedInFile;
        QCOMPARE(repeated, 1);
    }

    void aLongExportIsStreamedAndCanBeStopped()
    {
        // 10,000 posts, one a minute over a week, in two channels; the range is one hour.
        QByteArray lines = incidentLines.left(incidentLines.indexOf("{\"type\":\"post\""));
        const qint64 start = at("2017-03-20T00:00:00Z").toMSecsSinceEpoch();
        for (int i = 0; i < 10000; ++i) {
            lines += heartbeatLine(i % 2 ? "town-square" : "incident-db", i, start + qint64(i) * 60000) + '\n';
        }
        QTemporaryDir dir;
        const QString path = writeFile(dir, lines);
        TimelineImportOptions options = berlin();
        options.since = at("2017-03-21T10:00:00+01:00");
        options.until = at("2017-03-21T10:59:59+01:00");
        int calls = 0;
        const TimelineImportResult result = TimelineImporter::read(path, options, [&calls](qint64 done, qint64 total) {
            ++calls;
            return done <= total;
        });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.records.size(), 30);
        QCOMPARE(result.outsideRange, 5000 - 30);
        QCOMPARE(result.records.first().at, at("2017-03-21T10:00:00+01:00"));
        QVERIFY(calls >= 3);

        const TimelineImportResult stopped = TimelineImporter::read(path, options, [](qint64, qint64) { return false; });
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.records.isEmpty());
    }

    void badLinesAreErrorsNamingTheLine()
    {
        QTemporaryDir dir;
        QList<QByteArray> lines = incidentLines.split('\n');
        lines[11] = cutPostLine;
        const QString path = writeFile(dir, lines.join('\n'));
        const TimelineImportResult result = TimelineImporter::read(path, berlin());
        QVERIFY2(result.error.startsWith(QDir::toNativeSeparators(path) + ", line 12: not JSON: "), qPrintable(result.error));
        QVERIFY(result.records.isEmpty());

        lines = incidentLines.split('\n');
        lines[6] = cutUserLine;
        const TimelineImportResult user = TimelineImporter::read(writeFile(dir, lines.join('\n'), "user.jsonl"), berlin());
        QVERIFY2(user.error.contains("user.jsonl, line 7: not JSON"), qPrintable(user.error));
        QVERIFY(user.records.isEmpty());
    }

    void recognisesItsFiles()
    {
        QTemporaryDir dir;
        QCOMPARE(TimelineImporter::detect(writeFile(dir, incidentLines.mid(incidentLines.indexOf("{\"type\":\"post\"")), "posts.jsonl")),
                 TimelineFormat::MattermostExport);
        // A CSV is any CSV's, never taken for Mattermost's lines.
        QCOMPARE(TimelineImporter::detect(writeFile(dir, "time,text\n2017-03-25 23:40,paged\n", "other.csv")),
                 TimelineFormat::Csv);
        // `mmctl export create` packs the lines in a ZIP: say which file to take out.
        Whyboard::Test::ZipWriter zip;
        zip.add("import.jsonl", incidentLines);
        const QString zipped = dir.filePath("export.zip");
        QVERIFY(zip.write(zipped));
        QCOMPARE(TimelineImporter::detect(zipped), TimelineFormat::MattermostExport);
        const TimelineImportResult packed = TimelineImporter::read(zipped, berlin());
        QCOMPARE(packed.error, QDir::toNativeSeparators(zipped)
                                   + " is a Mattermost export packed in a ZIP: unpack it and choose “import.jsonl” inside");
    }
};

QTEST_GUILESS_MAIN(TestMattermostExport)
#include "tst_mattermostexport.moc"
