// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "generatedlibrary.h"
#include "samplesessions.h"
#include "postgrestesthelpers.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace Whyboard;

namespace {

// The figures the verb must give, worked out here from the sessions themselves.
struct Expected
{
    int sessions = 0;
    int bySeverity[5] = {};
    QList<double> detect;
    QList<double> resolve;
    int open = 0, inProgress = 0, done = 0, overdue = 0;
    QMap<QString, int> perMonth;
};

double mean(const QList<double> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

Expected expectedOf(const QList<Session> &sessions, const QDate &since = {}, const QDate &until = {})
{
    Expected e;
    const QDate today = QDate::currentDate();
    for (const Session &s : sessions) {
        const QDate day = s.startedAt.isValid() ? s.startedAt.date() : s.detectedAt.date();
        if ((since.isValid() && (!day.isValid() || day < since)) || (until.isValid() && (!day.isValid() || day > until)))
            continue;
        ++e.sessions;
        ++e.bySeverity[s.severity];
        if (s.startedAt.isValid() && s.detectedAt.isValid() && s.startedAt <= s.detectedAt)
            e.detect.append(s.startedAt.secsTo(s.detectedAt));
        if (s.startedAt.isValid() && s.resolvedAt.isValid() && s.startedAt <= s.resolvedAt)
            e.resolve.append(s.startedAt.secsTo(s.resolvedAt));
        if (day.isValid())
            ++e.perMonth[day.toString(QStringLiteral("yyyy-MM"))];
        for (const ActionItem &a : s.actions) {
            e.open += a.status == ActionStatus::Open;
            e.inProgress += a.status == ActionStatus::InProgress;
            e.done += a.status == ActionStatus::Done;
            e.overdue += a.status != ActionStatus::Done && a.due.isValid() && a.due < today;
        }
    }
    return e;
}

void compareDuration(const QJsonObject &figure, const QList<double> &seconds)
{
    QCOMPARE(figure.value(QStringLiteral("count")).toInt(), int(seconds.size()));
    QVERIFY(!seconds.isEmpty());
    QCOMPARE(figure.value(QStringLiteral("mean")).toDouble(), mean(seconds));
    QCOMPARE(figure.value(QStringLiteral("median")).toDouble(), median(seconds));
}

} // namespace

// `whyboard --stats [--json] [--since] [--until] LIBRARY` through the real binary, over the
// example stories and fifty generated sessions.
class TestStatsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bool m_onServer = false;
    std::unique_ptr<Test::ScratchLibrary> m_server;
    QString m_library;
    QList<Session> m_sessions; // those in the library, not the one in the trash

    Test::CommandRun run(const QStringList &arguments) const { return Test::runWhyboard(arguments, m_dir.path()); }

    QJsonObject statsJson(const QStringList &extra)
    {
        const Test::CommandRun stats = run(QStringList{QStringLiteral("--stats"), QStringLiteral("--json")} + extra
                                           + QStringList{m_library});
        if (stats.exitCode != 0 || !stats.err.isEmpty())
            qWarning("%s", qPrintable(stats.err));
        return QJsonDocument::fromJson(stats.out.toUtf8()).object();
    }

public:
    explicit TestStatsCommand(bool onServer)
        : m_onServer(onServer)
    {
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_onServer)
            WHYBOARD_REQUIRE_POSTGRES();
        QVERIFY2(QFile::exists(QStringLiteral(WHYBOARD_BINARY)), WHYBOARD_BINARY);
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("runtime"))));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_library = m_dir.filePath(QStringLiteral("stats.whyboard"));
        if (m_onServer) {
            m_server = std::make_unique<Test::ScratchLibrary>(Test::LibraryBackend::Postgres);
            QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
            m_library = m_server->location();
            qInfo("on a PostgreSQL server");
        }
        for (const char *story : {"examples/aws-s3-outage", "examples/gitlab-database-outage", "examples/linkedin-app-deleted"})
            m_sessions.append(Test::fixtureSession(QLatin1String(story)));
        m_sessions += Test::generatedSessions();
        std::unique_ptr<Library> library = Library::open(m_library, Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        const QList<SessionId> ids = Test::storeSessions(*library, m_sessions);
        QVERIFY(!ids.contains(0));
        // A session in the trash counts nowhere.
        Session trashed = Test::generatedSessions(1, 99).constFirst();
        trashed.severity = 1;
        const SessionId trashedId = library->insertSession(trashed);
        QVERIFY(trashedId);
        QVERIFY(library->trashSession(trashedId));
    }

    void jsonEqualsFiguresWorkedOutFromTheSessions()
    {
        const QJsonObject stats = statsJson({});
        const Expected e = expectedOf(m_sessions);
        QCOMPARE(stats.value(QStringLiteral("sessions")).toInt(), e.sessions);
        QCOMPARE(e.sessions, 53);
        const QJsonObject severity = stats.value(QStringLiteral("bySeverity")).toObject();
        for (int level = 1; level <= 4; ++level)
            QCOMPARE(severity.value(QString::number(level)).toInt(), e.bySeverity[level]);
        compareDuration(stats.value(QStringLiteral("timeToDetect")).toObject(), e.detect);
        compareDuration(stats.value(QStringLiteral("timeToResolve")).toObject(), e.resolve);
        // Fewer sessions have both times than there are sessions: the count says so.
        QVERIFY(e.detect.size() < e.sessions);
        const QJsonObject actions = stats.value(QStringLiteral("actions")).toObject();
        QCOMPARE(actions.value(QStringLiteral("open")).toInt(), e.open);
        QCOMPARE(actions.value(QStringLiteral("inProgress")).toInt(), e.inProgress);
        QCOMPARE(actions.value(QStringLiteral("done")).toInt(), e.done);
        QCOMPARE(actions.value(QStringLiteral("overdue")).toInt(), e.overdue);
        QVERIFY(e.overdue > 0 && e.done > 0);
    }

    void monthsRunWithoutGapsAndAddUp()
    {
        const QJsonObject stats = statsJson({});
        const Expected e = expectedOf(m_sessions);
        const QJsonArray periods = stats.value(QStringLiteral("periods")).toArray();
        QVERIFY(periods.size() >= 24);
        QMap<QString, int> perMonth;
        QDate previous;
        for (const QJsonValue &value : periods) {
            const QJsonObject period = value.toObject();
            const QDate first = QDate::fromString(period.value(QStringLiteral("first")).toString(), Qt::ISODate);
            if (previous.isValid())
                QCOMPARE(first, previous.addMonths(1));
            previous = first;
            if (const int n = period.value(QStringLiteral("sessions")).toInt())
                perMonth.insert(period.value(QStringLiteral("period")).toString(), n);
        }
        QCOMPARE(perMonth, e.perMonth);
    }

    void sinceAndUntilNarrowTheFigures()
    {
        const QDate since(2025, 4, 1);
        const QDate until(2025, 9, 30);
        const QJsonObject stats = statsJson({QStringLiteral("--since"), QStringLiteral("2025-04"), QStringLiteral("--until"),
                                             QStringLiteral("2025-09")});
        const Expected e = expectedOf(m_sessions, since, until);
        QVERIFY(e.sessions > 0 && e.sessions < 50);
        QCOMPARE(stats.value(QStringLiteral("sessions")).toInt(), e.sessions);
        compareDuration(stats.value(QStringLiteral("timeToResolve")).toObject(), e.resolve);
        QCOMPARE(stats.value(QStringLiteral("periods")).toArray().size(), 6);
    }

    void textIsAnAlignedTable()
    {
        const Test::CommandRun stats = run({QStringLiteral("--stats"), m_library});
        QCOMPARE(stats.exitCode, 0);
        const QStringList lines = stats.out.split(QLatin1Char('\n'));
        QVERIFY(lines.constFirst().startsWith(QStringLiteral("Sessions")));
        QVERIFY(lines.constFirst().endsWith(QStringLiteral(" 53")));
        // The period table: every row as wide as its header, months in order.
        const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("Month\\s.*")));
        QVERIFY(header > 0);
        QVERIFY(lines.at(header + 1).size() == lines.at(header).size());
    }

    void quarterlyAndBadDates()
    {
        const QJsonObject quarters = statsJson({QStringLiteral("--quarterly")});
        QCOMPARE(quarters.value(QStringLiteral("period")).toString(), QStringLiteral("quarter"));
        int total = 0;
        for (const QJsonValue &value : quarters.value(QStringLiteral("periods")).toArray())
            total += value.toObject().value(QStringLiteral("sessions")).toInt();
        const QMap<QString, int> perMonth = expectedOf(m_sessions).perMonth;
        QCOMPARE(total, std::accumulate(perMonth.cbegin(), perMonth.cend(), 0));
        const Test::CommandRun bad = run({QStringLiteral("--stats"), QStringLiteral("--since"), QStringLiteral("May"), m_library});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("--since")));
    }
};

// The same run twice: on a library file, and on a library on a PostgreSQL server (skipped,
// with the reason, when there is no test server).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestStatsCommand onFile(false);
    TestStatsCommand onServer(true);
    const int fileFailures = QTest::qExec(&onFile, argc, argv);
    return fileFailures + QTest::qExec(&onServer, argc, argv);
}
#include "tst_statscommand.moc"
