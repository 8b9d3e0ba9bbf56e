// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/librarystatistics.h"
#include "generatedlibrary.h"
#include "storage/library.h"
#include "storage/librarystatisticsrows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

const QDate today(2026, 6, 15);

StatisticsSession incident(const QDate &day, int severity, int detectMinutes, int resolveMinutes)
{
    StatisticsSession s;
    s.severity = severity;
    s.startedAt = QDateTime(day, QTime(10, 0), Qt::OffsetFromUTC, 3600);
    if (detectMinutes >= 0)
        s.detectedAt = s.startedAt.addSecs(detectMinutes * 60);
    if (resolveMinutes >= 0)
        s.resolvedAt = s.startedAt.addSecs(resolveMinutes * 60);
    return s;
}

StatisticsSession::Action action(ActionStatus status, const QDate &due, const QDate &doneOn = {}, const QString &owner = {})
{
    return {status, due, doneOn, owner};
}

} // namespace

class TestLibraryStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meanAndMedianShowTheOutlier()
    {
        // One incident took a day to resolve: the mean jumps, the median stays with the rest.
        const QList<StatisticsSession> sessions{incident({2026, 1, 5}, 2, 5, 30), incident({2026, 1, 9}, 3, 15, 50),
                                                incident({2026, 1, 20}, 3, -1, 1440), incident({2026, 1, 25}, 4, 10, 70)};
        const LibraryStatisticsResult r = LibraryStatistics::compute(sessions, {}, StatisticsPeriod::Month, today);
        QCOMPARE(r.total.sessions, 4);
        QCOMPARE(r.total.timeToDetect.count, 3); // one detection time unknown
        QCOMPARE(r.total.timeToDetect.meanSeconds, 10.0 * 60);
        QCOMPARE(r.total.timeToDetect.medianSeconds, 10.0 * 60);
        QCOMPARE(r.total.timeToResolve.count, 4);
        QCOMPARE(r.total.timeToResolve.meanSeconds, (30 + 50 + 1440 + 70) / 4.0 * 60);
        QCOMPARE(r.total.timeToResolve.medianSeconds, 60.0 * 60); // (50 + 70) / 2
    }

    void timesOutOfOrderCountNowhere()
    {
        StatisticsSession wrong = incident({2026, 2, 1}, 2, 10, 20);
        wrong.detectedAt = wrong.startedAt.addSecs(-600);
        const LibraryStatisticsResult r = LibraryStatistics::compute({wrong}, {}, StatisticsPeriod::Month, today);
        QCOMPARE(r.total.timeToDetect.count, 0);
        QCOMPARE(r.total.timeToResolve.count, 1);
    }

    void periodsRunWithoutGapsAndSeverityStacks()
    {
        const QList<StatisticsSession> sessions{incident({2025, 11, 30}, 1, 1, 2), incident({2026, 2, 1}, 1, 1, 2),
                                                incident({2026, 2, 28}, 3, 1, 2), StatisticsSession()};
        const LibraryStatisticsResult months = LibraryStatistics::compute(sessions, {}, StatisticsPeriod::Month, today);
        QCOMPARE(months.series.size(), 4); // Nov, Dec (empty), Jan (empty), Feb
        QCOMPARE(months.series.at(1).figures.sessions, 0);
        QCOMPARE(months.series.at(3).figures.bySeverity[1], 1);
        QCOMPARE(months.series.at(3).figures.bySeverity[3], 1);
        QCOMPARE(months.series.at(3).last, QDate(2026, 2, 28));
        QCOMPARE(months.undatedSessions, 1);
        QCOMPARE(months.total.sessions, 4);
        const LibraryStatisticsResult quarters = LibraryStatistics::compute(sessions, {}, StatisticsPeriod::Quarter, today);
        QCOMPARE(quarters.series.size(), 2);
        QCOMPARE(quarters.series.at(1).first, QDate(2026, 1, 1));
        QCOMPARE(quarters.series.at(1).figures.sessions, 2);
        QCOMPARE(LibraryStatistics::periodLabel(QDate(2026, 4, 1), StatisticsPeriod::Quarter, QLocale::c()), QStringLiteral("Q2 2026"));
    }

    void costIsKeptPerCurrency()
    {
        StatisticsSession usd = incident({2026, 1, 5}, 2, 5, 30);
        usd.costPerMinute = 100;
        usd.currency = QStringLiteral("USD");
        StatisticsSession eur = incident({2026, 1, 6}, 2, 5, 10);
        eur.costPerMinute = 50;
        eur.currency = QStringLiteral("eur");
        StatisticsSession unresolved = incident({2026, 1, 7}, 2, 5, -1);
        unresolved.costPerMinute = 1000;
        unresolved.currency = QStringLiteral("USD");
        const LibraryStatisticsResult r = LibraryStatistics::compute({usd, eur, unresolved}, {}, StatisticsPeriod::Month, today);
        QCOMPARE(r.total.costByCurrency.value(QStringLiteral("USD")), 3000.0);
        QCOMPARE(r.total.costByCurrency.value(QStringLiteral("EUR")), 500.0);
        QCOMPARE(r.total.costedSessions, 2);
        QCOMPARE(r.mainCurrency(), QStringLiteral("USD"));
    }

    void onTimeCountsDoneAndOverdueWithADueDay()
    {
        StatisticsSession s = incident({2026, 1, 5}, 2, 5, 30);
        s.actions = {action(ActionStatus::Done, {2026, 2, 1}, {2026, 1, 30}, QStringLiteral("Ana")), // on time
                     action(ActionStatus::Done, {2026, 2, 1}, {2026, 2, 1}),                          // on the day
                     action(ActionStatus::Done, {2026, 2, 1}, {2026, 2, 9}),                          // late
                     action(ActionStatus::Done, {2026, 2, 1}),                    // done, day unknown: counts nowhere
                     action(ActionStatus::Open, {2026, 3, 1}, {}, QStringLiteral("Ben")),        // overdue
                     action(ActionStatus::InProgress, {2026, 6, 14}, {}, QStringLiteral("Ben")), // overdue
                     action(ActionStatus::Open, {2026, 6, 15}),                  // due today: not yet overdue
                     action(ActionStatus::Open, {})};
        const LibraryStatisticsResult r = LibraryStatistics::compute({s}, {}, StatisticsPeriod::Month, today);
        const ActionFigures &a = r.total.actions;
        QCOMPARE(a.done, 4);
        QCOMPARE(a.open, 3);
        QCOMPARE(a.inProgress, 1);
        QCOMPARE(a.overdue, 2);
        QCOMPARE(a.onTime, 2);
        QCOMPARE(a.onTimeBase, 5);
        QCOMPARE(*a.onTimeShare(), 0.4);
        QCOMPARE(r.overdueByOwner.size(), 1);
        QCOMPARE(r.overdueByOwner.constFirst(), (std::pair<QString, int>(QStringLiteral("Ben"), 2)));
    }

    void filtersNarrowEveryFigure()
    {
        StatisticsSession a = incident({2026, 1, 5}, 2, 5, 30);
        a.categories = {QStringLiteral("change"), QStringLiteral("change"), QStringLiteral("capacity")};
        a.tags = {QStringLiteral("checkout")};
        a.status = SessionStatus::Published;
        StatisticsSession b = incident({2026, 3, 5}, 3, 5, 30);
        b.categories = {QStringLiteral("capacity")};
        b.tags = {QStringLiteral("search")};
        const QList<StatisticsSession> both{a, b};
        const auto count = [&](const StatisticsFilter &filter) {
            return LibraryStatistics::compute(both, filter, StatisticsPeriod::Month, today).total.sessions;
        };
        StatisticsFilter f;
        f.category = QStringLiteral("change");
        QCOMPARE(count(f), 1);
        f = {};
        f.tag = QStringLiteral("Search");
        QCOMPARE(count(f), 1);
        f = {};
        f.severity = 2;
        QCOMPARE(count(f), 1);
        f = {};
        f.status = SessionStatus::Draft;
        QCOMPARE(count(f), 1);
        f = {};
        f.since = QDate(2026, 2, 1);
        QCOMPARE(count(f), 1);
        f.until = QDate(2026, 2, 28);
        QCOMPARE(count(f), 0);
        const LibraryStatisticsResult r = LibraryStatistics::compute(both, {}, StatisticsPeriod::Month, today);
        QCOMPARE(r.topCategories.constFirst(), (std::pair<QString, int>(QStringLiteral("capacity"), 2)));
        QCOMPARE(r.topCategories.at(1), (std::pair<QString, int>(QStringLiteral("change"), 2)));
        QCOMPARE(LibraryStatistics::tagsOf(both), (QStringList{QStringLiteral("checkout"), QStringLiteral("search")}));
    }

    void rowsComeFromTheLibraryWithoutTheTrash()
    {
        QTemporaryDir dir;
        std::unique_ptr<Library> library = Library::open(dir.filePath(QStringLiteral("l.whyboard")), Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        const QList<Session> sessions = Test::generatedSessions(6, 3);
        const QList<SessionId> ids = Test::storeSessions(*library, sessions);
        QVERIFY(!ids.contains(0));
        QVERIFY(library->trashSession(ids.at(2)));
        QString error;
        const QList<StatisticsSession> rows = LibraryStatisticsRows::read(library->database(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 5);
        const StatisticsSession &first = rows.constFirst();
        const Session &source = sessions.constFirst();
        QCOMPARE(first.id, ids.constFirst());
        QCOMPARE(first.severity, source.severity);
        QCOMPARE(first.startedAt, source.startedAt);
        QCOMPARE(first.startedAt.offsetFromUtc(), source.startedAt.offsetFromUtc());
        QCOMPARE(first.costPerMinute, source.impact.costPerMinute);
        QCOMPARE(first.actions.size(), source.actions.size());
        QStringList categories;
        QStringList tags;
        for (const Card &card : source.cards) {
            if (card.kind == CardKind::Why && !card.category.isEmpty())
                categories.append(card.category);
            if (card.kind == CardKind::Why)
                tags += card.tags;
        }
        QStringList read = first.categories;
        read.sort();
        categories.sort();
        QCOMPARE(read, categories);
        QCOMPARE(first.tags.size(), tags.size());
        for (qsizetype i = 0; i < source.actions.size(); ++i) {
            QCOMPARE(first.actions.at(i).due, source.actions.at(i).due);
            QCOMPARE(first.actions.at(i).doneOn, source.actions.at(i).doneOn);
            QCOMPARE(first.actions.at(i).owner, source.actions.at(i).owner);
        }
    }
};

QTEST_GUILESS_MAIN(TestLibraryStatistics)
#include "tst_librarystatistics.moc"
