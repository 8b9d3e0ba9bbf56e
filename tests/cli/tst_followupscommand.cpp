// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "followupfiles.h"
#include "followupsessions.h"
#include "postgrestesthelpers.h"
#include "storage/library.h"
#include "windowtesthelpers.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Whyboard;

// --followups, --export-ics and --export-actions-csv on the real binary, over a library of
// three incidents (one in the trash): what a lead pipes into a chat, a calendar, a tracker.
class TestFollowUpsCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDate m_today = QDate::currentDate();
    bool m_onServer = false;
    std::unique_ptr<Test::ScratchLibrary> m_server;
    QString m_library;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString library() const { return m_library; }
    Test::CommandRun run(QStringList arguments) const
    {
        arguments.append(library());
        return Test::runWhyboard(arguments, m_dir.path());
    }
    static QStringList lines(const QString &out) { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QByteArray readFile(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString day(int offset) const { return m_today.addDays(offset).toString(Qt::ISODate); }

public:
    explicit TestFollowUpsCommand(bool onServer)
        : m_onServer(onServer)
    {
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_onServer)
            WHYBOARD_REQUIRE_POSTGRES();
        QVERIFY(m_dir.isValid());
        m_library = path(QStringLiteral("lib.whyboard"));
        if (m_onServer) {
            m_server = std::make_unique<Test::ScratchLibrary>(Test::LibraryBackend::Postgres);
            QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
            m_library = m_server->location();
            qInfo("on a PostgreSQL server");
        }
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
        QVERIFY(QDir().mkpath(path(QStringLiteral("runtime"))));
        QFile::setPermissions(path(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!Test::makeLibrary(library(), Test::followUpSessions(m_today)).isEmpty());
        std::unique_ptr<Library> opened = Library::open(library(), Library::OpenMode::OpenExisting);
        QVERIFY(opened && opened->trashSession(3));
    }

    void listsOpenAndInProgressActions()
    {
        const Test::CommandRun result = run({QStringLiteral("--followups")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        // By due day, no day last; the done action and the session in the trash are not there;
        // the line break inside an action stays inside its line.
        QCOMPARE(lines(result.out),
                 (QStringList{QStringLiteral("1\tCheckout outage, EU\tAdd a canary step\tAna\t%1\topen").arg(day(-10)),
                              QStringLiteral("1\tCheckout outage, EU\tPage on 5xx, not CPU\tBo\t%1\tin-progress").arg(day(3)),
                              QStringLiteral("2\tDisk full; logs\tRotate logs, hourly; alert at 80%\tAna\t%1\topen").arg(day(20)),
                              QStringLiteral("2\tDisk full; logs\t=cmd|' /C calc'!A0\tCy\t\topen")}));
    }

    void filtersByOwnerAndOverdue()
    {
        const Test::CommandRun ana = run({QStringLiteral("--followups"), QStringLiteral("--owner"), QStringLiteral("ANA")});
        QCOMPARE(ana.exitCode, 0);
        const QStringList anaLines = lines(ana.out);
        QCOMPARE(anaLines.size(), 2);
        QVERIFY(anaLines.at(0).contains(QStringLiteral("Add a canary step")));
        QVERIFY(anaLines.at(1).contains(QStringLiteral("Rotate logs")));
        const Test::CommandRun overdue = run({QStringLiteral("--followups"), QStringLiteral("--overdue")});
        QCOMPARE(overdue.exitCode, 0);
        QCOMPARE(lines(overdue.out), QStringList{QStringLiteral("1\tCheckout outage, EU\tAdd a canary step\tAna\t%1\topen").arg(day(-10))});
        const Test::CommandRun nobody = run({QStringLiteral("--followups"), QStringLiteral("--owner"), QStringLiteral("Zed")});
        QCOMPARE(nobody.exitCode, 0);
        QCOMPARE(nobody.out, QString());
    }

    void jsonObjectPerLine()
    {
        const Test::CommandRun result = run({QStringLiteral("--followups"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QStringList objects = lines(result.out);
        QCOMPARE(objects.size(), 4);
        QJsonParseError error;
        const QJsonObject first = QJsonDocument::fromJson(objects.at(0).toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(first.value(QStringLiteral("sessionId")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("sessionTitle")).toString(), QStringLiteral("Checkout outage, EU"));
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("Add a canary step"));
        QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("Ana"));
        QCOMPARE(first.value(QStringLiteral("due")).toString(), day(-10));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(first.value(QStringLiteral("overdue")).toBool(), true);
        const QJsonObject rotate = QJsonDocument::fromJson(objects.at(2).toUtf8()).object();
        QCOMPARE(rotate.value(QStringLiteral("action")).toString(), QStringLiteral("Rotate logs, hourly;\nalert at 80%"));
        QCOMPARE(rotate.value(QStringLiteral("overdue")).toBool(), false);
        const QJsonObject noDay = QJsonDocument::fromJson(objects.at(3).toUtf8()).object();
        QVERIFY(noDay.value(QStringLiteral("due")).isNull());
    }

    void wrongOptionsAreUsageErrors()
    {
        const Test::CommandRun since = run({QStringLiteral("--followups"), QStringLiteral("--since"), QStringLiteral("2017-01")});
        QCOMPARE(since.exitCode, 1);
        QVERIFY(since.err.startsWith(QStringLiteral("whyboard: ")));
        const Test::CommandRun noFile = Test::runWhyboard({QStringLiteral("--export-ics")}, m_dir.path());
        QCOMPARE(noFile.exitCode, 1);
        const Test::CommandRun help = Test::runWhyboard({QStringLiteral("--help")}, m_dir.path());
        QVERIFY(help.out.contains(QStringLiteral("--followups [--json] [--owner NAME] [--overdue] [LIBRARY]")));
        QVERIFY(help.out.contains(QStringLiteral("--export-ics OUT.ics [--owner NAME] [LIBRARY]")));
        QVERIFY(help.out.contains(QStringLiteral("--export-actions-csv OUT.csv [--owner NAME] [LIBRARY]")));
    }

    void icsReadsBack()
    {
        const Test::CommandRun result = run({QStringLiteral("--export-ics"), path(QStringLiteral("all.ics"))});
        QCOMPARE(result.exitCode, 0);
        const QByteArray bytes = readFile(QStringLiteral("all.ics"));
        const QStringList calendar = Test::unfoldICalendar(bytes);
        QCOMPARE(calendar.constFirst(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(calendar.constLast(), QStringLiteral("END:VCALENDAR"));
        const QList<QMap<QString, QString>> todos = Test::iCalendarTodos(calendar);
        // Every action with a due day, done ones as COMPLETED; none from the trash.
        QCOMPARE(todos.size(), 4);
        QStringList summaries;
        for (const auto &todo : todos) {
            summaries << Test::unescapeICalendarText(todo.value(QStringLiteral("SUMMARY")));
            QVERIFY(todo.contains(QStringLiteral("DTSTAMP")));
            QVERIFY(todo.contains(QStringLiteral("UID")));
        }
        QCOMPARE(summaries, (QStringList{QStringLiteral("Add a canary step"), QStringLiteral("Write the runbook"),
                                         QStringLiteral("Page on 5xx, not CPU"), QStringLiteral("Rotate logs, hourly; alert at 80%")}));
        QCOMPARE(todos.at(0).value(QStringLiteral("DUE;VALUE=DATE")), m_today.addDays(-10).toString(QStringLiteral("yyyyMMdd")));
        QCOMPARE(todos.at(1).value(QStringLiteral("STATUS")), QStringLiteral("COMPLETED"));
        QCOMPARE(todos.at(2).value(QStringLiteral("STATUS")), QStringLiteral("IN-PROCESS"));
        QCOMPARE(Test::unescapeICalendarText(todos.at(3).value(QStringLiteral("DESCRIPTION"))),
                 QStringLiteral("Postmortem: Disk full; logs (session 2)\nOwner: Ana"));

        QCOMPARE(run({QStringLiteral("--export-ics"), path(QStringLiteral("bo.ics")), QStringLiteral("--owner"), QStringLiteral("bo")}).exitCode, 0);
        const auto bo = Test::iCalendarTodos(Test::unfoldICalendar(readFile(QStringLiteral("bo.ics"))));
        QCOMPARE(bo.size(), 1);
        QCOMPARE(bo.at(0).value(QStringLiteral("UID")), todos.at(2).value(QStringLiteral("UID")));
    }

    void csvReadsBack()
    {
        const Test::CommandRun result = run({QStringLiteral("--export-actions-csv"), path(QStringLiteral("all.csv"))});
        QCOMPARE(result.exitCode, 0);
        const QList<QStringList> rows = Test::csvRows(QString::fromUtf8(readFile(QStringLiteral("all.csv"))));
        QCOMPARE(rows.size(), 6); // the header and every action outside the trash
        QCOMPARE(rows.at(0).mid(0, 6), (QStringList{QStringLiteral("Summary"), QStringLiteral("Description"), QStringLiteral("Assignee"),
                                                   QStringLiteral("Due date"), QStringLiteral("Status"), QStringLiteral("Labels")}));
        QStringList summaries;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), rows.at(0).size());
            summaries << row.at(0);
        }
        QVERIFY(summaries.contains(QStringLiteral("'=cmd|' /C calc'!A0"))); // never a formula
        QVERIFY(summaries.contains(QStringLiteral("Rotate logs, hourly; alert at 80%")));
        QVERIFY(!summaries.contains(QStringLiteral("Never seen")));
        const QStringList canary = rows.at(1);
        QCOMPARE(canary.at(0), QStringLiteral("Add a canary step"));
        QCOMPARE(canary.at(2), QStringLiteral("Ana"));
        QCOMPARE(canary.at(3), day(-10));
        QCOMPARE(canary.at(4), QStringLiteral("To Do"));
        QVERIFY(canary.at(1).contains(QStringLiteral("“Checkout outage, EU”")));

        QCOMPARE(run({QStringLiteral("--export-actions-csv"), path(QStringLiteral("cy.csv")), QStringLiteral("--owner"), QStringLiteral("Cy")}).exitCode, 0);
        QCOMPARE(Test::csvRows(QString::fromUtf8(readFile(QStringLiteral("cy.csv")))).size(), 2);
    }

    void unwritableTargetFailsClearly()
    {
        const Test::CommandRun result = run({QStringLiteral("--export-ics"), path(QStringLiteral("missing/dir/out.ics"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("cannot write")));
    }
};

// The same run twice: on a library file, and on a library on a PostgreSQL server (skipped,
// with the reason, when there is no test server).
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestFollowUpsCommand onFile(false);
    TestFollowUpsCommand onServer(true);
    const int fileFailures = QTest::qExec(&onFile, argc, argv);
    return fileFailures + QTest::qExec(&onServer, argc, argv);
}
#include "tst_followupscommand.moc"
