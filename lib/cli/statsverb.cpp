// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/statsverb.h"

#include "analysis/incidentmetrics.h"
#include "cli/commandline.h"
#include "cli/libraryverbs.h"
#include "cli/verboutput.h"
#include "data/localeformat.h"
#include "data/safetext.h"
#include "storage/library.h"
#include "storage/librarystatisticsrows.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Whyboard {

namespace {

QJsonObject durationJson(const DurationFigure &figure)
{
    QJsonObject object{{QStringLiteral("count"), figure.count}};
    // No figure over no sessions: null rather than a zero that reads as "instant".
    object.insert(QStringLiteral("mean"), figure.count ? QJsonValue(figure.meanSeconds) : QJsonValue());
    object.insert(QStringLiteral("median"), figure.count ? QJsonValue(figure.medianSeconds) : QJsonValue());
    return object;
}

QJsonObject figuresJson(const StatisticsFigures &figures)
{
    QJsonObject severity;
    for (int level = 1; level <= 4; ++level)
        severity.insert(QString::number(level), figures.bySeverity[size_t(level)]);
    QJsonObject cost;
    for (auto it = figures.costByCurrency.cbegin(); it != figures.costByCurrency.cend(); ++it)
        cost.insert(it.key(), it.value());
    const ActionFigures &a = figures.actions;
    QJsonObject actions{{QStringLiteral("open"), a.open},         {QStringLiteral("inProgress"), a.inProgress},
                        {QStringLiteral("done"), a.done},         {QStringLiteral("overdue"), a.overdue},
                        {QStringLiteral("doneOnTime"), a.onTime}, {QStringLiteral("onTimeBase"), a.onTimeBase}};
    const std::optional<double> share = a.onTimeShare();
    actions.insert(QStringLiteral("onTimeShare"), share ? QJsonValue(*share) : QJsonValue());
    return {{QStringLiteral("sessions"), figures.sessions},
            {QStringLiteral("bySeverity"), severity},
            {QStringLiteral("unrated"), figures.bySeverity[0]},
            {QStringLiteral("timeToDetect"), durationJson(figures.timeToDetect)},
            {QStringLiteral("timeToResolve"), durationJson(figures.timeToResolve)},
            {QStringLiteral("cost"), cost},
            {QStringLiteral("costedSessions"), figures.costedSessions},
            {QStringLiteral("actions"), actions}};
}

QJsonArray rankedJson(const QList<std::pair<QString, int>> &list, const QString &keyName, const QString &countName)
{
    QJsonArray array;
    for (const auto &[key, count] : list)
        array.append(QJsonObject{{keyName, key}, {countName, count}});
    return array;
}

QString periodKey(const QDate &first, StatisticsPeriod period)
{
    return period == StatisticsPeriod::Month ? first.toString(QStringLiteral("yyyy-MM"))
                                             : QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
}

// Left-aligned first column, the others right-aligned, two spaces between.
QStringList aligned(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i == 0 ? row.at(i).leftJustified(widths.at(i)) : row.at(i).rightJustified(widths.at(i));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines.append(line);
    }
    return lines;
}

} // namespace

QJsonObject StatsVerb::toJson(const LibraryStatisticsResult &result)
{
    QJsonObject root = figuresJson(result.total);
    root.insert(QStringLiteral("undated"), result.undatedSessions);
    root.insert(QStringLiteral("period"),
                result.period == StatisticsPeriod::Month ? QStringLiteral("month") : QStringLiteral("quarter"));
    QJsonArray periods;
    for (const PeriodFigures &period : result.series) {
        QJsonObject object = figuresJson(period.figures);
        object.insert(QStringLiteral("period"), periodKey(period.first, result.period));
        object.insert(QStringLiteral("first"), period.first.toString(Qt::ISODate));
        object.insert(QStringLiteral("last"), period.last.toString(Qt::ISODate));
        periods.append(object);
    }
    root.insert(QStringLiteral("periods"), periods);
    root.insert(QStringLiteral("topCategories"), rankedJson(result.topCategories, QStringLiteral("category"), QStringLiteral("cards")));
    root.insert(QStringLiteral("topTags"), rankedJson(result.topTags, QStringLiteral("tag"), QStringLiteral("cards")));
    root.insert(QStringLiteral("overdueByOwner"),
                rankedJson(result.overdueByOwner, QStringLiteral("owner"), QStringLiteral("actions")));
    return root;
}

QStringList StatsVerb::toTable(const LibraryStatisticsResult &result, const QLocale &locale)
{
    const StatisticsFigures &total = result.total;
    const auto n = [&](int value) { return locale.toString(value); };
    QList<QStringList> summary{
        {tr("Sessions"), n(total.sessions)},
        {tr("Severity 1 / 2 / 3 / 4"), QStringLiteral("%1 / %2 / %3 / %4")
                                           .arg(n(total.bySeverity[1]), n(total.bySeverity[2]), n(total.bySeverity[3]),
                                                n(total.bySeverity[4]))},
        {tr("Time to detect, mean / median (n)"),
         QStringLiteral("%1 / %2 (%3)").arg(LibraryStatistics::durationText(total.timeToDetect, total.timeToDetect.meanSeconds),
                                             LibraryStatistics::durationText(total.timeToDetect, total.timeToDetect.medianSeconds),
                                             n(total.timeToDetect.count))},
        {tr("Time to resolve, mean / median (n)"),
         QStringLiteral("%1 / %2 (%3)").arg(LibraryStatistics::durationText(total.timeToResolve, total.timeToResolve.meanSeconds),
                                             LibraryStatistics::durationText(total.timeToResolve, total.timeToResolve.medianSeconds),
                                             n(total.timeToResolve.count))},
        {tr("Estimated cost"), LibraryStatistics::costText(total, locale)},
        {tr("Actions open / in progress / done"),
         QStringLiteral("%1 / %2 / %3").arg(n(total.actions.open), n(total.actions.inProgress), n(total.actions.done))},
        {tr("Actions overdue"), n(total.actions.overdue)},
        {tr("Done on time"), total.actions.onTimeShare()
                                 ? QStringLiteral("%1 (%2 / %3)")
                                       .arg(locale.toString(*total.actions.onTimeShare() * 100, 'f', 0) + locale.percent(),
                                            n(total.actions.onTime), n(total.actions.onTimeBase))
                                 : QStringLiteral("–")},
    };
    QStringList lines = aligned(summary);
    if (!result.series.isEmpty()) {
        lines.append(QString());
        QList<QStringList> rows{{result.period == StatisticsPeriod::Month ? tr("Month") : tr("Quarter"), tr("Sessions"),
                                 tr("S1"), tr("S2"), tr("S3"), tr("S4"), tr("TTD mean"), tr("TTD median"),
                                 tr("TTR mean"), tr("TTR median"), tr("Cost"), tr("On time")}};
        for (const PeriodFigures &period : result.series) {
            const StatisticsFigures &f = period.figures;
            const std::optional<double> share = f.actions.onTimeShare();
            rows.append({LibraryStatistics::periodLabel(period.first, result.period, locale), n(f.sessions),
                         n(f.bySeverity[1]), n(f.bySeverity[2]), n(f.bySeverity[3]), n(f.bySeverity[4]),
                         LibraryStatistics::durationText(f.timeToDetect, f.timeToDetect.meanSeconds),
                         LibraryStatistics::durationText(f.timeToDetect, f.timeToDetect.medianSeconds),
                         LibraryStatistics::durationText(f.timeToResolve, f.timeToResolve.meanSeconds),
                         LibraryStatistics::durationText(f.timeToResolve, f.timeToResolve.medianSeconds), LibraryStatistics::costText(f, locale),
                         share ? locale.toString(*share * 100, 'f', 0) + locale.percent() : QStringLiteral("–")});
        }
        lines += aligned(rows);
    }
    if (!result.topCategories.isEmpty()) {
        lines.append(QString());
        QList<QStringList> rows{{tr("Cause category"), tr("Why cards")}};
        for (const auto &[key, count] : result.topCategories)
            rows.append({SafeText::terminalLine(key), n(count)});
        lines += aligned(rows);
    }
    if (!result.overdueByOwner.isEmpty()) {
        lines.append(QString());
        QList<QStringList> rows{{tr("Owner"), tr("Overdue actions")}};
        for (const auto &[owner, count] : result.overdueByOwner)
            rows.append({owner.isEmpty() ? tr("(no owner)") : SafeText::terminalLine(VerbOutput::oneLine(owner)), n(count)});
        lines += aligned(rows);
    }
    return lines;
}

int StatsVerb::run(const LibraryVerbArguments &arguments)
{
    StatisticsFilter filter;
    QString error = LibraryVerbs::dateRange(arguments, &filter.since, &filter.until);
    if (!error.isEmpty())
        return VerbOutput::failure(CommandLine::UsageError, error);
    int exitCode = CommandLine::Success;
    const std::unique_ptr<Library> library =
        VerbOutput::openLibrary(arguments.libraryPath, Library::OpenMode::ReadOnly, &exitCode);
    if (!library)
        return exitCode;
    const QList<StatisticsSession> rows = LibraryStatisticsRows::read(library->database(), &error);
    if (!error.isEmpty())
        return VerbOutput::failure(CommandLine::InputError, tr("cannot read the statistics of “%1”: %2")
                                                                .arg(QDir::toNativeSeparators(library->path()), error));
    const StatisticsPeriod period = arguments.has("--quarterly") ? StatisticsPeriod::Quarter : StatisticsPeriod::Month;
    const LibraryStatisticsResult result = LibraryStatistics::compute(rows, filter, period, QDate::currentDate());
    if (arguments.has("--json")) {
        VerbOutput::printLine(stdout, QString::fromUtf8(QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented)).trimmed());
        return CommandLine::Success;
    }
    for (const QString &line : toTable(result, QLocale()))
        VerbOutput::printLine(stdout, line);
    return CommandLine::Success;
}

} // namespace Whyboard
