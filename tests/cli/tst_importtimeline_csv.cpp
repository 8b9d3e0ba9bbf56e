// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "storage/library.h"
#include "timelineimport/csvmappingmemory.h"

#include <QDir>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

// What a German team's spreadsheet export looks like: semicolons, day.month.year, a decimal
// comma, across the night Europe/Berlin moved from +01:00 to +02:00 (26 March 2017).
const QByteArray germanLog = "Zeitpunkt;Benutzer;Art;Nachricht;Dauer (h)\r\n"
                             "25.03.2017 23:50;anna;Alarm;Fehlerquote über 5 % im Checkout;0,5\r\n"
                             "26.03.2017 01:59;jonas;Notiz;Datenbank neu gestartet;1,5\r\n"
                             "26.03.2017 03:00;anna;behoben;Fehlerquote normal;0,25\r\n";

} // namespace

// `whyboard --import-timeline FILE.csv --session ID` through the real binary.
class TestImportTimelineCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_session;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Test::CommandRun run(const QStringList &arguments) const { return Test::runWhyboard(arguments, m_dir.path()); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    QByteArray libraryBytes() const
    {
        QFile file(m_library);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QList<TimelineEvent> timeline() const
    {
        const std::unique_ptr<Library> library = Library::open(m_library, Library::OpenMode::ReadOnly);
        if (!library)
            return {};
        const std::optional<Session> session = library->loadSession(m_session.toLongLong());
        return session ? session->timeline : QList<TimelineEvent>();
    }

    Test::CommandRun importTimeline(const QString &file, const QStringList &more = {}) const
    {
        return run(QStringList{"--import-timeline", file, "--session", m_session, "--time-zone", "Europe/Berlin"} + more
                   + QStringList{m_library});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WHYBOARD_BINARY)), WHYBOARD_BINARY);
        QVERIFY(QDir().mkpath(path("runtime")));
        QFile::setPermissions(path("runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_library = path("team.whyboard");
        const Test::CommandRun imported =
            run({"--import", QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json"), m_library});
        QCOMPARE(imported.exitCode, 0);
        m_session = imported.out.trimmed();
        QVERIFY(!m_session.isEmpty());
    }

    void importsTheRowsInTheirZoneAndOnlyOnce()
    {
        const qsizetype before = timeline().size();
        const QString csv = write("störung.csv", germanLog);
        const Test::CommandRun first = importTimeline(csv);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains("added 3 events to session " + m_session + " from CSV"), qPrintable(first.out));
        QVERIFY2(first.out.contains("skipped 0:"), qPrintable(first.out));

        const QList<TimelineEvent> events = timeline();
        QCOMPARE(events.size(), before + 3);
        const auto find = [&events](const QString &text) {
            for (const TimelineEvent &event : events) {
                if (event.text == text)
                    return event;
            }
            return TimelineEvent{};
        };
        const TimelineEvent restart = find("jonas: Datenbank neu gestartet");
        QCOMPARE(restart.at, QDateTime(QDate(2017, 3, 26), QTime(1, 59), Qt::OffsetFromUTC, 3600));
        QCOMPARE(restart.at.offsetFromUtc(), 3600);
        QCOMPARE(restart.kind, EventKind::Note);
        const TimelineEvent normal = find("anna: Fehlerquote normal");
        QCOMPARE(normal.at.offsetFromUtc(), 7200);
        QCOMPARE(restart.at.secsTo(normal.at), 60);
        QCOMPARE(normal.kind, EventKind::Resolution);
        QCOMPARE(find("anna: Fehlerquote über 5 % im Checkout").kind, EventKind::Detection);

        // The same file again adds nothing; a longer one only its new row.
        const Test::CommandRun again = importTimeline(csv);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("added 0 events"), qPrintable(again.out));
        QVERIFY2(again.out.contains("skipped 3: 3 already in the timeline"), qPrintable(again.out));
        const QString longer = write("störung-2.csv", germanLog + "26.03.2017 09:30;jonas;Notiz;Nachbesprechung angesetzt;0\r\n");
        const Test::CommandRun more = importTimeline(longer);
        QVERIFY2(more.out.contains("added 1 events"), qPrintable(more.out));
        QCOMPARE(timeline().size(), before + 4);
    }

    void keepsToTheRangeAsked()
    {
        const QString csv = write("range.csv", "time,author,text\n"
                                               "2017-04-05 23:59,alice,before the range\n"
                                               "2017-04-06 08:00,alice,in range one\n"
                                               "2017-04-06 13:00,bob,in range two\n"
                                               "sometime,bob,a time nobody can read\n"
                                               "2017-04-07 00:00,carol,after the range\n");
        const qsizetype before = timeline().size();
        const Test::CommandRun ran = importTimeline(csv, {"--since", "2017-04-06", "--until", "2017-04-06"});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        QVERIFY2(ran.out.contains("added 2 events"), qPrintable(ran.out));
        QVERIFY2(ran.out.contains("skipped 3: 0 already in the timeline, 0 repeated in the export, 1 not timeline events, "
                                  "2 outside the time range"),
                 qPrintable(ran.out));
        QCOMPARE(timeline().size(), before + 2);
    }

    void usesTheMappingRememberedForTheHeader()
    {
        // The window remembered, in the settings of the user running whyboard, that this
        // tool's "Details" column is the text, not its "Summary".
        qunsetenv("XDG_CONFIG_HOME");
        QCoreApplication::setOrganizationName(QStringLiteral("Whyboard"));
        QCoreApplication::setApplicationName(QStringLiteral("Whyboard"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path("home/.config"));
        const QStringList header{"Time", "Summary", "Details"};
        CsvColumnMapping chosen;
        chosen.guessColumns = false;
        chosen.timeColumn = 0;
        chosen.textColumn = 2;
        CsvMappingMemory::remember(header, chosen);
        QVERIFY(QFile::exists(path("home/.config/Whyboard/Whyboard.conf")));

        const QString csv = write("tool.csv", "Time,Summary,Details\n"
                                              "2017-04-08 10:00,INC-7,Cache cluster restarted by hand\n");
        const Test::CommandRun ran = importTimeline(csv);
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        QVERIFY2(ran.out.contains("added 1 events"), qPrintable(ran.out));
        bool found = false;
        for (const TimelineEvent &event : timeline())
            found = found || event.text == QLatin1String("Cache cluster restarted by hand");
        QVERIFY(found);
    }

    void brokenQuotingChangesNothing()
    {
        const QByteArray bytes = libraryBytes();
        QVERIFY(!bytes.isEmpty());
        const QString csv = write("broken.csv", "time,text\n2017-04-06 18:42,deploy\n2017-04-06 18:50,\"never closed\n"
                                                "2017-04-06 19:00,rollback\n");
        const Test::CommandRun ran = importTimeline(csv);
        QCOMPARE(ran.exitCode, 2);
        QVERIFY2(ran.err.contains(QDir::toNativeSeparators(csv) + ", line 3: a quoted field is never closed"),
                 qPrintable(ran.err));
        QVERIFY(ran.out.isEmpty());
        QCOMPARE(libraryBytes(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestImportTimelineCsv)
#include "tst_importtimeline_csv.moc"
