// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

// The LinkedIn app incident as PagerDuty logged it: paged before the team's own first entry,
// one notification, a note, resolved 40 minutes later.
const char *const pagerDutyLog = R"({"log_entries": [
  {"type": "resolve_log_entry", "summary": "Resolved by Dana Lee", "created_at": "2017-04-07T02:10:00Z",
   "agent": {"type": "user_reference", "summary": "Dana Lee"},
   "incident": {"summary": "[#88] api.linkedin.com OAuth errors"}},
  {"type": "annotate_log_entry", "summary": "Note added", "created_at": "2017-04-07T01:45:00Z",
   "agent": {"type": "user_reference", "summary": "Dana Lee"}, "note": "Support ticket opened with LinkedIn",
   "incident": {"summary": "[#88] api.linkedin.com OAuth errors"}},
  {"type": "acknowledge_log_entry", "summary": "Acknowledged by Dana Lee.", "created_at": "2017-04-06T18:31:30-07:00",
   "agent": {"type": "user_reference", "summary": "Dana Lee"},
   "incident": {"summary": "[#88] api.linkedin.com OAuth errors"}},
  {"type": "notify_log_entry", "summary": "Notified Dana Lee by phone.", "created_at": "2017-04-07T01:26:05Z",
   "incident": {"summary": "[#88] api.linkedin.com OAuth errors"}},
  {"type": "trigger_log_entry", "summary": "Triggered through the API.", "created_at": "2017-04-07T01:26:00Z",
   "agent": {"type": "service_reference", "summary": "Login service via Datadog"},
   "incident": {"summary": "[#88] api.linkedin.com OAuth errors"}}
], "more": false})";

} // namespace

// `whyboard --import-timeline` with PagerDuty's and Opsgenie's files, through the real binary,
// into a library of the example sessions.
class TestImportTimelinePaging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    QString m_linkedIn; // the example, with its own times
    QString m_blank;    // the same incident with only the room's guess of its start, no timeline yet

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Test::CommandRun run(const QStringList &arguments) const { return Test::runWhyboard(arguments, m_dir.path()); }

    QString import(const QString &jsonPath)
    {
        const Test::CommandRun imported = run({QStringLiteral("--import"), jsonPath, m_library});
        return imported.exitCode == 0 ? imported.out.trimmed() : QString();
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    QJsonObject exported(const QString &sessionId)
    {
        const QString out = path(QStringLiteral("export-%1.json").arg(sessionId));
        const Test::CommandRun exportRun =
            run({QStringLiteral("--export-json"), out, QStringLiteral("--session"), sessionId, m_library});
        if (exportRun.exitCode != 0)
            return {};
        QFile file(out);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("session")).toObject();
    }

    QByteArray libraryBytes() const
    {
        QFile file(m_library);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    Test::CommandRun importTimeline(const QString &file, const QString &sessionId) const
    {
        return run({QStringLiteral("--import-timeline"), file, QStringLiteral("--session"), sessionId,
                    QStringLiteral("--time-zone"), QStringLiteral("America/Los_Angeles"), m_library});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WHYBOARD_BINARY)), WHYBOARD_BINARY);
        QVERIFY(QDir().mkpath(path(QStringLiteral("runtime"))));
        QFile::setPermissions(path(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_library = path(QStringLiteral("incidents.whyboard"));
        const QDir examples(QStringLiteral(WHYBOARD_EXAMPLES_DIR));
        for (const QString &name : examples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QString id = import(examples.filePath(name));
            QVERIFY2(!id.isEmpty(), qPrintable(name));
            if (name.startsWith(QLatin1String("linkedin")))
                m_linkedIn = id;
        }
        QVERIFY(!m_linkedIn.isEmpty());
        QFile example(examples.filePath(QStringLiteral("linkedin-app-deleted.json")));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(example.readAll()).object();
        QJsonObject session = document.value(QStringLiteral("session")).toObject();
        for (const char *key : {"detectedAt", "resolvedAt", "timeline"})
            session.remove(QLatin1String(key));
        session.insert(QStringLiteral("startedAt"), QStringLiteral("2017-04-06T18:20:00-07:00"));
        QJsonArray actions = session.value(QStringLiteral("actions")).toArray();
        for (QJsonValueRef action : actions) {
            QJsonObject object = action.toObject();
            object.remove(QStringLiteral("events")); // they name the timeline's entries
            action = object;
        }
        session.insert(QStringLiteral("actions"), actions);
        session.insert(QStringLiteral("title"), QStringLiteral("LinkedIn login errors (draft)"));
        document.insert(QStringLiteral("session"), session);
        m_blank = import(write(QStringLiteral("blank.json"), QJsonDocument(document).toJson()));
        QVERIFY(!m_blank.isEmpty());
        QVERIFY(exported(m_blank).value(QStringLiteral("detectedAt")).toString().isEmpty());
    }

    void pagerDutyLogFillsTheTimesTheSessionLacks()
    {
        const QString file = write(QStringLiteral("PD88.json"), pagerDutyLog);
        const Test::CommandRun imported = importTimeline(file, m_blank);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QStringList lines = imported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("added 4 events to session %1 from PagerDuty log entries").arg(m_blank));
        QCOMPARE(lines.value(1), QStringLiteral("skipped 1: 0 already in the timeline, 0 repeated in the export, "
                                                "1 not timeline events, 0 outside the time range"));
        // The room's own start stays; the paging system's is proposed.
        QVERIFY2(lines.value(2).startsWith(QStringLiteral("the timeline says the incident started at ")), qPrintable(imported.out));
        QVERIFY(lines.value(2).endsWith(QStringLiteral("; the session keeps its own time")));
        QVERIFY2(lines.value(3).startsWith(QStringLiteral("the session now says the incident detected at ")), qPrintable(imported.out));
        QVERIFY2(lines.value(4).startsWith(QStringLiteral("the session now says the incident resolved at ")), qPrintable(imported.out));
        QVERIFY(lines.value(2).contains(QStringLiteral("18:26")));

        const QJsonObject session = exported(m_blank);
        QCOMPARE(session.value(QStringLiteral("startedAt")).toString(), QStringLiteral("2017-04-06T18:20:00-07:00"));
        QCOMPARE(session.value(QStringLiteral("detectedAt")).toString(), QStringLiteral("2017-04-06T18:31:30-07:00"));
        QCOMPARE(session.value(QStringLiteral("resolvedAt")).toString(), QStringLiteral("2017-04-06T19:10:00-07:00"));
        const QJsonArray timeline = session.value(QStringLiteral("timeline")).toArray();
        QCOMPARE(timeline.size(), 4);
        QStringList seen;
        for (const QJsonValue &event : timeline)
            seen << event[QStringLiteral("kind")].toString() + QLatin1Char(' ') + event[QStringLiteral("at")].toString()
                        + QLatin1Char(' ') + event[QStringLiteral("text")].toString();
        QVERIFY2(seen.contains(QStringLiteral("trigger 2017-04-06T18:26:00-07:00 Login service via Datadog: Triggered through "
                                              "the API. [#88] api.linkedin.com OAuth errors")),
                 qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY(seen.contains(QStringLiteral("note 2017-04-06T18:45:00-07:00 Dana Lee: Note added: Support ticket opened with LinkedIn")));
        QVERIFY(seen.contains(QStringLiteral("resolution 2017-04-06T19:10:00-07:00 Dana Lee: Resolved by Dana Lee")));

        // The same file again adds nothing and changes no time.
        const Test::CommandRun again = importTimeline(file, m_blank);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.split(QLatin1Char('\n')).value(0), QStringLiteral("added 0 events to session %1 from PagerDuty log entries").arg(m_blank));
        QVERIFY2(again.out.contains(QStringLiteral("skipped 5: 4 already in the timeline")), qPrintable(again.out));
        QVERIFY(!again.out.contains(QStringLiteral("the session now says")));
        QVERIFY(again.out.contains(QStringLiteral("the timeline says the incident started at ")));
        QCOMPARE(exported(m_blank).value(QStringLiteral("timeline")).toArray().size(), 4);
    }

    void aStartTakenFromTheTimelineFollowsAnEarlierPage()
    {
        const QString file = write(QStringLiteral("PD88-again.json"), pagerDutyLog);
        const Test::CommandRun imported = importTimeline(file, m_linkedIn);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.startsWith(QStringLiteral("added 4 events to session %1").arg(m_linkedIn)));
        // The example's start and detection were its timeline's; PagerDuty paged earlier, at
        // 18:26 and 18:31:30, so they follow. Its resolution at 19:09 stays the first.
        QVERIFY2(imported.out.contains(QStringLiteral("the session now says the incident started at ")), qPrintable(imported.out));
        QVERIFY(imported.out.contains(QStringLiteral("the session now says the incident detected at ")));
        QVERIFY(!imported.out.contains(QStringLiteral("resolved at")));
        const QJsonObject session = exported(m_linkedIn);
        QCOMPARE(session.value(QStringLiteral("startedAt")).toString(), QStringLiteral("2017-04-06T18:26:00-07:00"));
        QCOMPARE(session.value(QStringLiteral("resolvedAt")).toString(), QStringLiteral("2017-04-06T19:09:00-07:00"));
        QCOMPARE(session.value(QStringLiteral("timeline")).toArray().size(), 10);
    }

    void opsgenieFilesAreReadByTheSameVerb()
    {
        const QString log = write(QStringLiteral("og.json"),
                                  R"({"data": [{"log": "Alert created via Datadog", "type": "system", "owner": "System", "createdAt": "2017-04-07T01:26:00.000Z"},)"
                                  R"({"log": "Notification sent to [dana@example.com] via [SMS]", "type": "alertRecipient", "owner": "dana@example.com", "createdAt": "2017-04-07T01:26:02.000Z"},)"
                                  R"({"log": "Alert acknowledged via Web", "type": "system", "owner": "dana@example.com", "createdAt": "2017-04-07T01:31:30.000Z"}], "took": 0.01})");
        const Test::CommandRun imported = importTimeline(log, m_blank);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.startsWith(QStringLiteral("added 2 events to session %1 from Opsgenie alert log").arg(m_blank)),
                 qPrintable(imported.out));
        const QString csv = write(QStringLiteral("og.csv"), "CreatedAt,Log,Owner,Type\n"
                                                            "2017-04-07T02:10:00.000Z,Alert closed via Web,dana@example.com,system\n");
        const Test::CommandRun fromCsv = importTimeline(csv, m_blank);
        QVERIFY2(fromCsv.exitCode == 0, qPrintable(fromCsv.err));
        QVERIFY2(fromCsv.out.startsWith(QStringLiteral("added 1 events to session %1 from Opsgenie activity CSV").arg(m_blank)),
                 qPrintable(fromCsv.out));
    }

    void aBadFileChangesNothing()
    {
        const QByteArray before = libraryBytes();
        QVERIFY(!before.isEmpty());
        const QString cut = write(QStringLiteral("cut.json"), QByteArray(pagerDutyLog).left(400));
        Test::CommandRun bad = importTimeline(cut, m_blank);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QDir::toNativeSeparators(cut) + QStringLiteral(": not JSON: ")), qPrintable(bad.err));
        QVERIFY(bad.err.contains(QStringLiteral(" at offset ")));
        QVERIFY(bad.out.isEmpty());

        const QString csv = write(QStringLiteral("incidents.csv"),
                                  "incident_number,description,service_name,created_on,resolved_on\n"
                                  "88,OAuth errors,login,2017-04-07T01:26:00Z,2017-04-07T02:10:00Z\n"
                                  "89,\"Token refresh failing,login,2017-04-08T01:26:00Z,\n");
        bad = importTimeline(csv, m_blank);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QDir::toNativeSeparators(csv) + QStringLiteral(", line 3: a quoted field is never closed")),
                 qPrintable(bad.err));
        QCOMPARE(libraryBytes(), before);
    }
};

QTEST_GUILESS_MAIN(TestImportTimelinePaging)
#include "tst_importtimeline_paging.moc"
