// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/librarystatistics.h"

#include "analysis/incidentmetrics.h"
#include "data/causecategories.h"
#include "data/localeformat.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Whyboard {

namespace {

std::optional<double> secondsBetween(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    const qint64 ms = from.msecsTo(to);
    // Times out of order are a mistake in the session, not a negative duration.
    if (ms < 0)
        return std::nullopt;
    return double(ms) / 1000.0;
}

// Adds one session to a set of figures; the durations are collected, summed up at the end.
struct Accumulator
{
    StatisticsFigures figures;
    QList<double> detect;
    QList<double> resolve;

    void add(const StatisticsSession &session, const QDate &today)
    {
        ++figures.sessions;
        ++figures.bySeverity[size_t(session.severity >= 1 && session.severity <= 4 ? session.severity : 0)];
        if (const auto ttd = secondsBetween(session.startedAt, session.detectedAt))
            detect.append(*ttd);
        const auto ttr = secondsBetween(session.startedAt, session.resolvedAt);
        if (ttr)
            resolve.append(*ttr);
        if (ttr && session.costPerMinute && *session.costPerMinute >= 0) {
            figures.costByCurrency[session.currency.trimmed().toUpper()] += *session.costPerMinute * (*ttr / 60.0);
            ++figures.costedSessions;
        }
        ActionFigures &actions = figures.actions;
        for (const StatisticsSession::Action &action : session.actions) {
            switch (action.status) {
            case ActionStatus::Open:
                ++actions.open;
                break;
            case ActionStatus::InProgress:
                ++actions.inProgress;
                break;
            case ActionStatus::Done:
                ++actions.done;
                break;
            }
            const bool done = action.status == ActionStatus::Done;
            const bool overdue = !done && action.due.isValid() && action.due < today;
            if (overdue)
                ++actions.overdue;
            if (!action.due.isValid())
                continue;
            if (done && action.doneOn.isValid()) {
                ++actions.onTimeBase;
                if (action.doneOn <= action.due)
                    ++actions.onTime;
            } else if (overdue) {
                ++actions.onTimeBase;
            }
        }
    }

    StatisticsFigures finish()
    {
        figures.timeToDetect = DurationFigure::of(detect);
        figures.timeToResolve = DurationFigure::of(resolve);
        return figures;
    }
};

QList<std::pair<QString, int>> ranked(const QHash<QString, int> &counts)
{
    QList<std::pair<QString, int>> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return list;
}

} // namespace

QDate StatisticsSession::day() const
{
    if (startedAt.isValid())
        return startedAt.date();
    if (detectedAt.isValid())
        return detectedAt.date();
    return {};
}

bool StatisticsFilter::accepts(const StatisticsSession &session) const
{
    if (since.isValid() || until.isValid()) {
        const QDate day = session.day();
        if (!day.isValid() || (since.isValid() && day < since) || (until.isValid() && day > until))
            return false;
    }
    if (severity != 0 && session.severity != severity)
        return false;
    if (status && session.status != *status)
        return false;
    if (!category.isEmpty() && !session.categories.contains(category))
        return false;
    if (!tag.isEmpty() && !session.tags.contains(tag, Qt::CaseInsensitive))
        return false;
    return true;
}

DurationFigure DurationFigure::of(QList<double> seconds)
{
    DurationFigure figure;
    figure.count = int(seconds.size());
    if (seconds.isEmpty())
        return figure;
    std::sort(seconds.begin(), seconds.end());
    figure.meanSeconds = std::accumulate(seconds.cbegin(), seconds.cend(), 0.0) / double(seconds.size());
    const qsizetype middle = seconds.size() / 2;
    figure.medianSeconds = seconds.size() % 2 ? seconds.at(middle) : (seconds.at(middle - 1) + seconds.at(middle)) / 2.0;
    return figure;
}

std::optional<double> ActionFigures::onTimeShare() const
{
    if (onTimeBase == 0)
        return std::nullopt;
    return double(onTime) / double(onTimeBase);
}

QString LibraryStatisticsResult::mainCurrency() const
{
    QString best;
    double bestAmount = -1;
    for (auto it = total.costByCurrency.cbegin(); it != total.costByCurrency.cend(); ++it) {
        if (it.value() > bestAmount) {
            best = it.key();
            bestAmount = it.value();
        }
    }
    return best;
}

LibraryStatisticsResult LibraryStatistics::compute(const QList<StatisticsSession> &sessions,
                                                   const StatisticsFilter &filter, StatisticsPeriod period,
                                                   const QDate &today)
{
    LibraryStatisticsResult result;
    result.period = period;
    Accumulator total;
    QMap<QDate, Accumulator> periods;
    QHash<QString, int> categories;
    QHash<QString, int> tags;
    QHash<QString, int> overdueOwners;
    for (const StatisticsSession &session : sessions) {
        if (!filter.accepts(session))
            continue;
        total.add(session, today);
        const QDate day = session.day();
        if (day.isValid())
            periods[periodStart(day, period)].add(session, today);
        else
            ++result.undatedSessions;
        for (const QString &category : session.categories)
            ++categories[category];
        for (const QString &tag : session.tags)
            ++tags[tag];
        for (const StatisticsSession::Action &action : session.actions) {
            if (action.status != ActionStatus::Done && action.due.isValid() && action.due < today)
                ++overdueOwners[action.owner.trimmed()];
        }
    }
    result.total = total.finish();
    if (!periods.isEmpty() || (filter.since.isValid() && filter.until.isValid())) {
        // The axis runs without gaps: a quiet month is a bar of zero, not a missing one.
        QDate first = filter.since.isValid() ? periodStart(filter.since, period) : periods.firstKey();
        QDate last = filter.until.isValid() ? periodStart(filter.until, period) : periods.lastKey();
        if (!periods.isEmpty()) {
            first = std::min(first, periods.firstKey());
            last = std::max(last, periods.lastKey());
        }
        const int step = period == StatisticsPeriod::Month ? 1 : 3;
        for (QDate start = first; start <= last; start = start.addMonths(step)) {
            auto found = periods.find(start);
            result.series.append({start, periodEnd(start, period),
                                  found == periods.end() ? StatisticsFigures() : found->finish()});
        }
    }
    result.topCategories = ranked(categories);
    result.topTags = ranked(tags);
    result.overdueByOwner = ranked(overdueOwners);
    return result;
}

QDate LibraryStatistics::periodStart(const QDate &day, StatisticsPeriod period)
{
    const int month = period == StatisticsPeriod::Month ? day.month() : (day.month() - 1) / 3 * 3 + 1;
    return QDate(day.year(), month, 1);
}

QDate LibraryStatistics::periodEnd(const QDate &day, StatisticsPeriod period)
{
    return periodStart(day, period).addMonths(period == StatisticsPeriod::Month ? 1 : 3).addDays(-1);
}

QString LibraryStatistics::periodLabel(const QDate &first, StatisticsPeriod period, const QLocale &locale)
{
    if (period == StatisticsPeriod::Month)
        return locale.toString(first, QStringLiteral("MMM yyyy"));
    //: A quarter of a year on a chart's axis: "Q1 2025"
    return tr("Q%1 %2").arg(locale.toString((first.month() - 1) / 3 + 1), locale.toString(first, QStringLiteral("yyyy")));
}

QString LibraryStatistics::durationText(const DurationFigure &figure, double seconds)
{
    return figure.count ? IncidentMetrics::formatDuration(qint64(seconds * 1000)) : QStringLiteral("–");
}

QString LibraryStatistics::costText(const StatisticsFigures &figures, const QLocale &locale)
{
    QStringList amounts;
    for (auto it = figures.costByCurrency.cbegin(); it != figures.costByCurrency.cend(); ++it)
        amounts.append(LocaleFormat::money(it.value(), it.key(), locale));
    return amounts.isEmpty() ? QStringLiteral("–") : amounts.join(QStringLiteral(" + "));
}

QString LibraryStatistics::categoryName(const QString &key)
{
    // A default's key reads translated; a team's own category as it was typed.
    return CauseCategories::displayName(key);
}

QStringList LibraryStatistics::categoriesOf(const QList<StatisticsSession> &sessions)
{
    QSet<QString> keys;
    for (const StatisticsSession &session : sessions)
        for (const QString &key : session.categories)
            keys.insert(key);
    QStringList list(keys.cbegin(), keys.cend());
    list.sort();
    return list;
}

QStringList LibraryStatistics::tagsOf(const QList<StatisticsSession> &sessions)
{
    QSet<QString> keys;
    for (const StatisticsSession &session : sessions)
        for (const QString &tag : session.tags)
            keys.insert(tag);
    QStringList list(keys.cbegin(), keys.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace Whyboard
