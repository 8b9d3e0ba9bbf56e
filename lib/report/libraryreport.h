// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/librarystatistics.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace Whyboard {

struct LibraryReportOptions
{
    // The period in review; an invalid since means the twelve months up to until, an invalid
    // until means today.
    QDate since;
    QDate until;
    StatisticsFilter filter; // severity, status, category, tag; its dates are set from the above
    StatisticsPeriod period = StatisticsPeriod::Month;
    QString language; // empty: the interface's
    QString libraryName;
    QPageSize pageSize = QPageSize(QPageSize::A4);
    // "Repeat causes": one line each, as the repeat-cause finder words them. Empty leaves the
    // section out.
    QStringList repeatCauses;
};

// The library report a lead posts each month or quarter: the period's incidents by severity,
// time to detect and resolve, cost, the top cause categories, repeat causes, follow-up
// completion and the overdue actions by owner. The charts are TrendChart's drawing, as vectors.
class LibraryReport
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::LibraryReport)

public:
    // Writes the PDF; empty on success, else why not (in the interface's words).
    static QString writePdf(const QString &path, const QList<StatisticsSession> &sessions,
                            const LibraryReportOptions &options, const QDate &today);
    // Lays out and paints every page on the device (already set to the page size); the page count.
    static int paint(QPagedPaintDevice *device, const QList<StatisticsSession> &sessions,
                     const LibraryReportOptions &options, const QDate &today);
    // The options' period made whole (both dates valid, since <= until).
    static std::pair<QDate, QDate> periodOf(const LibraryReportOptions &options, const QDate &today);
};

} // namespace Whyboard
