// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/libraryfigurestable.h"

#include "analysis/incidentmetrics.h"
#include "data/localeformat.h"

#include <QHeaderView>

namespace Whyboard {

namespace {

QString duration(const DurationFigure &figure, double seconds)
{
    return figure.count ? IncidentMetrics::formatDuration(qint64(seconds * 1000)) : QStringLiteral("–");
}

} // namespace

LibraryFiguresTable::LibraryFiguresTable(QWidget *parent)
    : QTableWidget(parent)
{
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    setFont(larger);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // The page scrolls as a whole: the table shows every row.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void LibraryFiguresTable::showFigures(const LibraryStatisticsResult &result, const QLocale &l)
{
    const QStringList headers{result.period == StatisticsPeriod::Month ? tr("Month") : tr("Quarter"),
                              tr("Incidents"), tr("SEV 1"), tr("SEV 2"), tr("SEV 3"), tr("SEV 4"),
                              tr("Detect mean"), tr("Detect median"), tr("n"), tr("Resolve mean"),
                              tr("Resolve median"), tr("n"), tr("Cost"), tr("Done on time")};
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(int(result.series.size()));
    for (int row = 0; row < result.series.size(); ++row) {
        const PeriodFigures &p = result.series.at(row);
        const StatisticsFigures &f = p.figures;
        QStringList costs;
        for (auto it = f.costByCurrency.cbegin(); it != f.costByCurrency.cend(); ++it)
            costs.append(LocaleFormat::money(it.value(), it.key(), l));
        const std::optional<double> share = f.actions.onTimeShare();
        const QStringList cells{LibraryStatistics::periodLabel(p.first, result.period, l), l.toString(f.sessions),
                                l.toString(f.bySeverity[1]), l.toString(f.bySeverity[2]), l.toString(f.bySeverity[3]),
                                l.toString(f.bySeverity[4]), duration(f.timeToDetect, f.timeToDetect.meanSeconds),
                                duration(f.timeToDetect, f.timeToDetect.medianSeconds), l.toString(f.timeToDetect.count),
                                duration(f.timeToResolve, f.timeToResolve.meanSeconds),
                                duration(f.timeToResolve, f.timeToResolve.medianSeconds),
                                l.toString(f.timeToResolve.count), costs.join(QStringLiteral(" + ")),
                                share ? QStringLiteral("%1 (%2/%3)").arg(l.toString(qRound(*share * 100)) + l.percent(),
                                                                         l.toString(f.actions.onTime), l.toString(f.actions.onTimeBase))
                                      : QStringLiteral("–")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, column, item);
        }
    }
    resizeColumnsToContents();
    setMinimumHeight(horizontalHeader()->height() + verticalHeader()->length() + 4);
}

} // namespace Whyboard
