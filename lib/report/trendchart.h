// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/librarystatistics.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace Whyboard {

// The look of a chart: sizes in the painter's units, so the window (screen pixels), the PDF
// (96 layout units an inch) and SVG each pass their own.
struct TrendChartStyle
{
    qreal textSize = 16; // axis labels; the title is a third larger
    QColor background = Qt::white;
    QColor ink = QColor(0x1f, 0x29, 0x33);
    QColor muted = QColor(0x52, 0x5f, 0x6b);
    QColor grid = QColor(0xd5, 0xdb, 0xe1);
    QColor accent = QColor(0x1d, 0x4e, 0x89);
    QColor secondAccent = QColor(0x8a, 0x3f, 0xa8);
};

// One picture of the trends, painted with QPainter alone so the same drawing goes into the
// Library overview, the library report (as vectors) and an SVG file.
class TrendChart
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::TrendChart)

public:
    enum class Kind {
        Incidents,     // stacked bars per period by severity
        TimeToDetect,  // mean and median lines with the count per period
        TimeToResolve, // the same
        Cost,          // bars of the main currency per period
        OnTime,        // bars of the share of actions done on time
    };
    static constexpr Kind kinds[] = {Kind::Incidents, Kind::TimeToDetect, Kind::TimeToResolve, Kind::Cost, Kind::OnTime};

    static QString title(Kind kind);
    static void paint(QPainter &painter, const QRectF &rect, Kind kind, const LibraryStatisticsResult &result,
                      const QLocale &locale, const TrendChartStyle &style = {});
    // The severity's fill and the text colour (black or white) that reads best on it.
    static QColor severityColor(int severity);
    static QColor textColorOn(const QColor &fill);
    // Writes the chart as an SVG picture of the given size; false when the file cannot be written.
    static bool writeSvg(const QString &path, const QSize &size, Kind kind, const LibraryStatisticsResult &result,
                         const QLocale &locale, const TrendChartStyle &style = {});
};

} // namespace Whyboard
