// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Whyboard {

// The few facts of one session that the figures across the library need, as the library file
// gives them (see LibraryStatisticsRows): no cards' text, no timeline.
struct StatisticsSession
{
    struct Action
    {
        ActionStatus status = ActionStatus::Open;
        QDate due;    // invalid: no due date
        QDate doneOn; // invalid: not done, or done before the day was recorded
        QString owner;
    };

    qint64 id = 0;
    QString title;
    int severity = 0; // 1 (worst) .. 4, 0 unrated
    SessionStatus status = SessionStatus::Draft;
    QDateTime startedAt;
    QDateTime detectedAt;
    QDateTime resolvedAt;
    std::optional<double> costPerMinute;
    QString currency;
    QStringList categories; // one entry per why card with a category (a key may repeat)
    QStringList tags;       // one entry per tag on a why card (a tag may repeat)
    QList<Action> actions;

    // The day the incident belongs to: the day it started in its own offset, else the day it
    // was detected; invalid when neither is known.
    QDate day() const;
};

enum class StatisticsPeriod { Month, Quarter };

// Which sessions count. Empty or zero fields let everything through.
struct StatisticsFilter
{
    QDate since; // by StatisticsSession::day(); a session with no day fails a date bound
    QDate until; // inclusive
    int severity = 0;
    std::optional<SessionStatus> status;
    QString category; // the session has a why card in it
    QString tag;      // the session has a why card carrying it

    bool accepts(const StatisticsSession &session) const;
};

// A mean and a median over the sessions whose two times are known and in order.
struct DurationFigure
{
    int count = 0;
    double meanSeconds = 0;
    double medianSeconds = 0;

    static DurationFigure of(QList<double> seconds);
};

struct ActionFigures
{
    // By status; the three add up to every action.
    int open = 0;
    int inProgress = 0;
    int done = 0;
    // Not done and due before today (open or in progress): a subset of open + inProgress.
    int overdue = 0;
    // Done on or before the due day, over the actions with a due day that are done (with the
    // day they were done known) or overdue. Done actions of older files, whose day is not
    // known, count in neither.
    int onTime = 0;
    int onTimeBase = 0;

    std::optional<double> onTimeShare() const;
};

// Figures over a set of sessions: the whole filtered library or one period of it.
struct StatisticsFigures
{
    int sessions = 0;
    std::array<int, 5> bySeverity{}; // [0] unrated, [1] .. [4]
    DurationFigure timeToDetect;
    DurationFigure timeToResolve;
    // Cost per minute x minutes to resolve, summed per currency code and never converted:
    // a library with amounts in two currencies shows two sums ("" for amounts with no code).
    QMap<QString, double> costByCurrency;
    int costedSessions = 0;
    ActionFigures actions;
};

struct PeriodFigures
{
    QDate first; // the period's first and last day
    QDate last;
    StatisticsFigures figures;
};

struct LibraryStatisticsResult
{
    StatisticsPeriod period = StatisticsPeriod::Month;
    StatisticsFigures total;
    int undatedSessions = 0;     // counted in total, in no period
    QList<PeriodFigures> series; // every period from the first to the last, empty ones too
    QList<std::pair<QString, int>> topCategories; // why cards per category key, most first
    QList<std::pair<QString, int>> topTags;       // why cards per tag, most first
    QList<std::pair<QString, int>> overdueByOwner; // "" for actions with no owner; most first
    // The currency with the largest summed cost: the one the cost chart draws ("" when none).
    QString mainCurrency() const;
};

// Trends across incidents: pure computation over rows, no file access.
class LibraryStatistics
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::LibraryStatistics)

public:
    // today decides which actions are overdue.
    static LibraryStatisticsResult compute(const QList<StatisticsSession> &sessions, const StatisticsFilter &filter,
                                           StatisticsPeriod period, const QDate &today);

    static QDate periodStart(const QDate &day, StatisticsPeriod period);
    static QDate periodEnd(const QDate &day, StatisticsPeriod period);
    // "Mar 2025" / "Q1 2025" in the locale's words.
    static QString periodLabel(const QDate &first, StatisticsPeriod period, const QLocale &locale);
    // How a category key reads in charts, filters and the report.
    static QString categoryName(const QString &key);
    // A mean or median as "4 h 17 min"; "–" when no session counts.
    static QString durationText(const DurationFigure &figure, double seconds);
    // The cost per currency in the locale's money format, joined by " + "; "–" for none.
    static QString costText(const StatisticsFigures &figures, const QLocale &locale);
    // Every category and tag the sessions use, sorted, for filter choices.
    static QStringList categoriesOf(const QList<StatisticsSession> &sessions);
    static QStringList tagsOf(const QList<StatisticsSession> &sessions);
};

} // namespace Whyboard
