// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "zipwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

QByteArray json(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonObject message(const char *user, const char *ts, const char *text)
{
    return QJsonObject{{"type", "message"}, {"user", user}, {"text", text}, {"ts", ts}};
}

// The night of a replication incident in #incident-db (Europe/Berlin, over midnight and the
// switch to summer time), beside #general.
QByteArray slackExport()
{
    Whyboard::Test::ZipWriter zip;
    zip.add("users.json", json({QJsonObject{{"id", "U01"}, {"name", "alice"}, {"profile", QJsonObject{{"display_name", "alice"}}}},
                                QJsonObject{{"id", "U02"}, {"name", "bob"}, {"profile", QJsonObject{{"real_name", "Bob M"}}}}}));
    zip.add("channels.json", json({QJsonObject{{"id", "C01"}, {"name", "incident-db"}}, QJsonObject{{"id", "C02"}, {"name", "general"}}}));
    QJsonObject join = message("U02", "1490481000.000100", "<@U02> has joined the channel");
    join["subtype"] = "channel_join";
    QJsonObject reply = message("U02", "1490482260.000400", "paged <!subteam^S01|@dba-oncall>");
    reply["thread_ts"] = "1490481720.000200";
    zip.add("incident-db/2017-03-25.json",
            json({join, message("U01", "1490481720.000200", "noticed replica lag on <#C01|incident-db> :eyes:"), reply}));
    QJsonObject edited = message("U01", "1490489880.000600", "rolled back the schema migration");
    edited["edited"] = QJsonObject{{"user", "U01"}, {"ts", "1490489900.000000"}};
    zip.add("incident-db/2017-03-26.json",
            json({edited, message("U02", "1490490300.000700", "lag falling"),
                  message("U01", "1490491800.000800", "resolved: replication caught up")}));
    zip.add("general/2017-03-26.json", json({message("U02", "1490490000.000100", "lunch?")}));
    return zip.bytes();
}

const char mattermostExport[] =
    "{\"type\":\"version\",\"version\":1}\n"
    "{\"type\":\"channel\",\"channel\":{\"team\":\"platform\",\"name\":\"incident-db\",\"display_name\":\"Incident DB\",\"type\":\"O\"}}\n"
    "{\"type\":\"post\",\"post\":{\"team\":\"platform\",\"channel\":\"incident-db\",\"user\":\"alice\",\"message\":\"noticed replica lag\","
    "\"create_at\":1490481720000,\"replies\":[{\"user\":\"bob\",\"message\":\"paged the DBA\",\"create_at\":1490482260000}]}}\n"
    "{\"type\":\"post\",\"post\":{\"team\":\"platform\",\"channel\":\"incident-db\",\"user\":\"alice\",\"message\":\"rolled back\","
    "\"create_at\":1490489880000}}\n";

} // namespace

// `whyboard --import-timeline` with chat exports, through the real binary: what it prints, what
// the library holds afterwards, and a library left untouched by every refusal.
class TestImportTimelineChat : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_linkedIn;
    QString m_gitlab;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Test::CommandRun run(const QStringList &arguments) const { return Test::runWhyboard(arguments, m_dir.path()); }

    QString import(const QString &jsonPath)
    {
        const Test::CommandRun imported = run({"--import", jsonPath, m_library});
        return imported.exitCode == 0 ? imported.out.trimmed() : QString();
    }

    // The session's timeline as --export-json writes it: "at|kind|text" per event.
    QStringList timeline(const QString &session)
    {
        const QString out = path("session-" + session + ".json");
        QFile::remove(out);
        const Test::CommandRun exported = run({"--export-json", out, "--session", session, m_library});
        if (exported.exitCode != 0)
            return {exported.err};
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList events;
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object()["session"].toObject()["timeline"].toArray();
        for (const QJsonValue &event : array)
            events << event["at"].toString() + "|" + event["kind"].toString() + "|" + event["text"].toString();
        return events;
    }

    QByteArray libraryBytes() const
    {
        QFile file(m_library);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(WHYBOARD_BINARY), WHYBOARD_BINARY);
        QVERIFY(QDir().mkpath(path("runtime")));
        QFile::setPermissions(path("runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_library = path("stories.whyboard");
        m_linkedIn = import(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json");
        m_gitlab = import(WHYBOARD_EXAMPLES_DIR "/gitlab-database-outage.json");
        QVERIFY(!m_linkedIn.isEmpty());
        QVERIFY(!m_gitlab.isEmpty());
        QVERIFY(!write("export.zip", slackExport()).isEmpty());
    }

    void importsASlackChannelOnce()
    {
        const QStringList before = timeline(m_linkedIn);
        const QStringList arguments{"--import-timeline", path("export.zip"), "--session", m_linkedIn, "--channel", "#incident-db",
                                    "--time-zone", "Europe/Berlin", m_library};
        const Test::CommandRun first = run(arguments);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.startsWith("added 5 events to session " + m_linkedIn + " from Slack export\n"
                                      "skipped 1: 0 already in the timeline, 0 repeated in the export, 1 not timeline events, "
                                      "0 outside the time range\n"),
                 qPrintable(first.out));
        const QStringList after = timeline(m_linkedIn);
        QCOMPARE(after.size(), before.size() + 5);
        for (const char *event : {"2017-03-25T23:42:00+01:00|detection|alice: noticed replica lag on #incident-db 👀",
                                  "2017-03-25T23:51:00+01:00|escalation|Bob M: paged @dba-oncall",
                                  "2017-03-26T01:58:00+01:00|mitigation|alice: rolled back the schema migration",
                                  "2017-03-26T03:05:00+02:00|note|Bob M: lag falling",
                                  "2017-03-26T03:30:00+02:00|resolution|alice: resolved: replication caught up"})
            QVERIFY2(after.contains(QString::fromUtf8(event)), event);
        const Test::CommandRun second = run(arguments);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.startsWith("added 0 events to session " + m_linkedIn + " from Slack export\n"
                                       "skipped 6: 5 already in the timeline, 0 repeated in the export, 1 not timeline events"),
                 qPrintable(second.out));
        QCOMPARE(timeline(m_linkedIn), after);
    }

    void readsOnlyTheRangeAsked()
    {
        const Test::CommandRun ranged = run({"--import-timeline", path("export.zip"), "--session", m_gitlab, "--channel", "incident-db",
                                            "--since", "2017-03-26", "--until", "2017-03-26T03:10", "--time-zone", "Europe/Berlin",
                                            m_library});
        QVERIFY2(ranged.exitCode == 0, qPrintable(ranged.err));
        QVERIFY2(ranged.out.contains("added 2 events to session " + m_gitlab + " from Slack export\n"), qPrintable(ranged.out));
        QVERIFY2(ranged.out.contains("skipped 4: 0 already in the timeline, 0 repeated in the export, "
                                     "0 not timeline events, 4 outside the time range"),
                 qPrintable(ranged.out));
        const QStringList events = timeline(m_gitlab);
        QVERIFY(events.contains("2017-03-26T01:58:00+01:00|mitigation|alice: rolled back the schema migration"));
        QVERIFY(events.contains("2017-03-26T03:05:00+02:00|note|Bob M: lag falling"));
    }

    void importsAMattermostChannel()
    {
        const QString file = write("export.jsonl", mattermostExport);
        const Test::CommandRun imported = run({"--import-timeline", file, "--session", m_gitlab, "--channel", "incident-db",
                                               "--time-zone", "Europe/Berlin", m_library});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // "rolled back" at 01:58 is new: the Slack import's text was longer.
        QVERIFY2(imported.out.startsWith("added 3 events to session " + m_gitlab + " from Mattermost bulk export\n"),
                 qPrintable(imported.out));
        const QStringList events = timeline(m_gitlab);
        QVERIFY(events.contains("2017-03-25T23:51:00+01:00|escalation|bob: paged the DBA"));
        const Test::CommandRun again = run({"--import-timeline", file, "--session", m_gitlab, "--channel", "incident-db",
                                            "--time-zone", "Europe/Berlin", m_library});
        QVERIFY2(again.out.startsWith("added 0 events"), qPrintable(again.out));
    }

    void refusalsLeaveTheLibraryUntouched()
    {
        const QByteArray before = libraryBytes();
        QVERIFY(!before.isEmpty());

        const Test::CommandRun several = run({"--import-timeline", path("export.zip"), "--session", m_linkedIn, m_library});
        QCOMPARE(several.exitCode, 1);
        QVERIFY2(several.err.contains("holds several channels: choose one with --channel (general, incident-db)"),
                 qPrintable(several.err));

        const QByteArray whole = slackExport();
        const QString damaged = write("damaged.zip", whole.left(whole.size() - 40));
        const Test::CommandRun cut = run({"--import-timeline", damaged, "--session", m_linkedIn, "--channel", "incident-db", m_library});
        QCOMPARE(cut.exitCode, 2);
        QVERIFY2(cut.err.contains(QDir::toNativeSeparators(damaged) + ": the ZIP archive is truncated"), qPrintable(cut.err));

        QByteArray lines = mattermostExport;
        lines.replace("\"create_at\":1490489880000}}", "\"create_at\":1490489880000}");
        const QString badLine = write("bad.jsonl", lines);
        const Test::CommandRun notJson = run({"--import-timeline", badLine, "--session", m_linkedIn, m_library});
        QCOMPARE(notJson.exitCode, 2);
        QVERIFY2(notJson.err.contains(QDir::toNativeSeparators(badLine) + ", line 4: not JSON: "), qPrintable(notJson.err));

        QCOMPARE(libraryBytes(), before);
    }
};

QTEST_GUILESS_MAIN(TestImportTimelineChat)
#include "tst_importtimeline_chat.moc"
