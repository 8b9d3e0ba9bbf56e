// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/trendchart.h"

#include "analysis/contrast.h"
#include "analysis/incidentmetrics.h"
#include "data/localeformat.h"
#include "report/reportstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <cmath>
#include <functional>

namespace Whyboard {

namespace {

// A step of 1, 2 or 5 times a power of ten that splits 0..max into about four parts.
double niceStep(double max)
{
    if (max <= 0)
        return 1;
    const double rough = max / 4.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= rough)
            return factor * power;
    }
    return 10 * power;
}

struct Unit
{
    double seconds;
    QString suffix;
};

Unit durationUnit(double maxSeconds)
{
    if (maxSeconds < 2 * 3600)
        return {60, TrendChart::tr("min")};
    if (maxSeconds < 3 * 86400)
        return {3600, TrendChart::tr("h")};
    return {86400, TrendChart::tr("d")};
}

QFont chartFont(qreal pixels, bool bold = false)
{
    QFont font = ReportStyle::font(10, bold ? QFont::DemiBold : QFont::Normal);
    font.setPixelSize(std::max(1, qRound(pixels)));
    return font;
}

// The frame every chart shares: title, legend, a value axis on the left and one slot per
// period along the bottom.
class Frame
{
public:
    Frame(QPainter &painter, const QRectF &rect, const TrendChartStyle &style)
        : m_painter(painter), m_style(style), m_rect(rect)
    {
    }

    // Paints title, legend and note; the rest of the rectangle is the chart's body.
    void header(const QString &title, const QList<std::pair<QColor, QString>> &legend, const QString &note)
    {
        const QFont titleFont = chartFont(m_style.textSize * 1.3, true);
        m_painter.setFont(titleFont);
        m_painter.setPen(m_style.ink);
        const QFontMetricsF titleMetrics(titleFont, m_painter.device());
        QRectF line(m_rect.left(), m_rect.top(), m_rect.width(), titleMetrics.height());
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(title, Qt::ElideRight, line.width()));
        qreal top = line.bottom() + m_style.textSize * 0.3;
        const QFont font = chartFont(m_style.textSize);
        const QFontMetricsF metrics(font, m_painter.device());
        m_painter.setFont(font);
        qreal x = m_rect.left();
        const qreal swatch = metrics.height() * 0.7;
        for (const auto &[color, label] : legend) {
            const qreal width = swatch + m_style.textSize * 0.35 + metrics.horizontalAdvance(label);
            if (x > m_rect.left() && x + width > m_rect.right()) {
                x = m_rect.left();
                top += metrics.height();
            }
            m_painter.fillRect(QRectF(x, top + (metrics.height() - swatch) / 2, swatch, swatch), color);
            m_painter.setPen(m_style.ink);
            m_painter.drawText(QRectF(x + swatch + m_style.textSize * 0.35, top, width, metrics.height()),
                               Qt::AlignLeft | Qt::AlignVCenter, label);
            x += width + m_style.textSize;
        }
        if (!legend.isEmpty())
            top += metrics.height();
        if (!note.isEmpty()) {
            // A note may take two lines (German runs longer), never more.
            const QFont noteFont = chartFont(m_style.textSize * 0.85);
            const QFontMetricsF noteMetrics(noteFont, m_painter.device());
            const qreal height = std::min(noteMetrics.height() * 2,
                                          noteMetrics.boundingRect(QRectF(0, 0, m_rect.width(), 1e6), Qt::TextWordWrap, note).height());
            m_painter.setFont(noteFont);
            m_painter.setPen(m_style.muted);
            m_painter.drawText(QRectF(m_rect.left(), top, m_rect.width(), height), Qt::AlignLeft | Qt::TextWordWrap, note);
            top += height;
        }
        m_body = QRectF(m_rect.left(), top + m_style.textSize * 0.4, m_rect.width(), m_rect.bottom() - top - m_style.textSize * 0.4);
    }

    // Lays out the axes for values 0..max (labels by label()), and extraRows of small text
    // under the period labels; returns false when there is no room or nothing to show.
    bool axes(const QList<QString> &periods, double max, const std::function<QString(double)> &label, int extraRows,
              bool whole = false)
    {
        const QFont font = chartFont(m_style.textSize);
        const QFontMetricsF metrics(font, m_painter.device());
        m_painter.setFont(font);
        m_step = whole ? std::max(1.0, std::ceil(niceStep(max))) : niceStep(max);
        m_max = std::max(m_step, std::ceil(max / m_step) * m_step);
        qreal labelWidth = 0;
        for (double v = 0; v <= m_max + m_step / 2; v += m_step)
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label(v)));
        const qreal bottom = metrics.height() * (1 + extraRows) + m_style.textSize * 0.3;
        m_plot = QRectF(m_body.left() + labelWidth + m_style.textSize * 0.5, m_body.top() + metrics.height() / 2,
                        m_body.width() - labelWidth - m_style.textSize * 0.5, m_body.height() - bottom - metrics.height() / 2);
        if (m_plot.height() < m_style.textSize * 2 || m_plot.width() < m_style.textSize * 2 || periods.isEmpty())
            return false;
        m_count = int(periods.size());
        for (double v = 0; v <= m_max + m_step / 2; v += m_step) {
            const qreal y = yOf(v);
            m_painter.setPen(QPen(m_style.grid, std::max<qreal>(1, m_style.textSize / 16)));
            m_painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
            m_painter.setPen(m_style.muted);
            m_painter.drawText(QRectF(m_body.left(), y - metrics.height() / 2, labelWidth, metrics.height()),
                               Qt::AlignRight | Qt::AlignVCenter, label(v));
        }
        // Labels never overlap: with many periods only every k-th is named.
        qreal widest = 0;
        for (const QString &period : periods)
            widest = std::max(widest, metrics.horizontalAdvance(period));
        m_every = std::max(1, int(std::ceil((widest + m_style.textSize) / slot())));
        m_painter.setPen(m_style.ink);
        for (int i = 0; i < m_count; i += m_every) {
            const QRectF cell(xOf(i) - widest, m_plot.bottom() + m_style.textSize * 0.3, widest * 2, metrics.height());
            m_painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, periods.at(i));
        }
        return true;
    }

    // Small text in row (1-based) under the period labels, centred on period i.
    void under(int i, int row, const QString &text)
    {
        const QFont font = chartFont(m_style.textSize * 0.85);
        const QFontMetricsF metrics(chartFont(m_style.textSize), m_painter.device());
        if (QFontMetricsF(font, m_painter.device()).horizontalAdvance(text) > slot() * m_every)
            return;
        if (i % m_every != 0 && QFontMetricsF(font, m_painter.device()).horizontalAdvance(text) > slot() * 0.95)
            return;
        m_painter.setFont(font);
        m_painter.setPen(m_style.muted);
        m_painter.drawText(QRectF(xOf(i) - slot() * m_every / 2, m_plot.bottom() + m_style.textSize * 0.3 + metrics.height() * row,
                                  slot() * m_every, metrics.height()),
                           Qt::AlignHCenter | Qt::AlignTop, text);
    }

    void empty(const QString &message)
    {
        m_painter.setFont(chartFont(m_style.textSize));
        m_painter.setPen(m_style.muted);
        m_painter.drawText(m_body, Qt::AlignCenter | Qt::TextWordWrap, message);
    }

    qreal slot() const { return m_plot.width() / m_count; }
    qreal xOf(int i) const { return m_plot.left() + slot() * (i + 0.5); }
    qreal yOf(double value) const { return m_plot.bottom() - m_plot.height() * value / m_max; }
    qreal barWidth() const { return std::max<qreal>(1, slot() * 0.7); }
    QPainter &painter() { return m_painter; }
    const TrendChartStyle &style() const { return m_style; }

private:
    QPainter &m_painter;
    const TrendChartStyle &m_style;
    QRectF m_rect;
    QRectF m_body;
    QRectF m_plot;
    double m_step = 1;
    double m_max = 1;
    int m_count = 1;
    int m_every = 1;
};

QList<QString> periodLabels(const LibraryStatisticsResult &result, const QLocale &locale)
{
    QList<QString> labels;
    for (const PeriodFigures &period : result.series)
        labels.append(LibraryStatistics::periodLabel(period.first, result.period, locale));
    return labels;
}

void paintIncidents(Frame &frame, const LibraryStatisticsResult &result, const QLocale &locale)
{
    QList<std::pair<QColor, QString>> legend;
    for (int severity = 1; severity <= 4; ++severity)
        legend.append({TrendChart::severityColor(severity), TrendChart::tr("SEV %1").arg(locale.toString(severity))});
    if (result.total.bySeverity[0] > 0)
        legend.append({TrendChart::severityColor(0), TrendChart::tr("Unrated")});
    frame.header(TrendChart::title(TrendChart::Kind::Incidents), legend, {});
    int max = 0;
    for (const PeriodFigures &period : result.series)
        max = std::max(max, period.figures.sessions);
    if (max == 0 || !frame.axes(periodLabels(result, locale), max, [&](double v) { return locale.toString(qRound(v)); }, 0, true))
        return frame.empty(TrendChart::tr("No incidents in this period"));
    QPainter &painter = frame.painter();
    const QFont font = chartFont(frame.style().textSize * 0.85, true);
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    for (int i = 0; i < result.series.size(); ++i) {
        const StatisticsFigures &figures = result.series.at(i).figures;
        double base = 0;
        // The worst at the bottom, where the eye compares bars.
        for (const int severity : {1, 2, 3, 4, 0}) {
            const int count = figures.bySeverity[size_t(severity)];
            if (count == 0)
                continue;
            const QRectF bar(frame.xOf(i) - frame.barWidth() / 2, frame.yOf(base + count), frame.barWidth(),
                             frame.yOf(base) - frame.yOf(base + count));
            const QColor fill = TrendChart::severityColor(severity);
            painter.fillRect(bar, fill);
            painter.setPen(QPen(frame.style().background, 1));
            painter.drawLine(bar.topLeft(), bar.topRight());
            const QString text = locale.toString(count);
            if (bar.height() >= metrics.height() && bar.width() >= metrics.horizontalAdvance(text)) {
                painter.setPen(TrendChart::textColorOn(fill));
                painter.drawText(bar, Qt::AlignCenter, text);
            }
            base += count;
        }
    }
}

void paintDurations(Frame &frame, TrendChart::Kind kind, const LibraryStatisticsResult &result, const QLocale &locale)
{
    const bool detect = kind == TrendChart::Kind::TimeToDetect;
    const auto figureOf = [detect](const StatisticsFigures &f) { return detect ? f.timeToDetect : f.timeToResolve; };
    const TrendChartStyle &style = frame.style();
    frame.header(TrendChart::title(kind), {{style.accent, TrendChart::tr("Median")}, {style.secondAccent, TrendChart::tr("Mean")}},
                 TrendChart::tr("n = incidents with both times known"));
    QList<double> values;
    for (const PeriodFigures &period : result.series) {
        const DurationFigure figure = figureOf(period.figures);
        if (figure.count)
            values << figure.meanSeconds << figure.medianSeconds;
    }
    std::sort(values.begin(), values.end());
    double max = values.isEmpty() ? 0 : values.constLast();
    // One incident that took days must not flatten every other month into the axis: past
    // three times the upper quartile the scale stops, and the point sits on the top edge
    // with its value written beside it.
    if (values.size() >= 4) {
        const double quartile = values.at(values.size() * 3 / 4);
        if (quartile > 0 && max > 3 * quartile)
            max = 2 * quartile;
    }
    const double top = max;
    const Unit unit = durationUnit(max);
    const auto label = [&](double v) { return QStringLiteral("%1\u00a0%2").arg(locale.toString(v, 'g', 4), unit.suffix); };
    if (max <= 0 || !frame.axes(periodLabels(result, locale), max / unit.seconds, label, 1))
        return frame.empty(TrendChart::tr("No incident with both times known in this period"));
    QPainter &painter = frame.painter();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const bool median : {false, true}) {
        const QColor color = median ? style.accent : style.secondAccent;
        QPainterPath path;
        bool drawing = false;
        for (int i = 0; i < result.series.size(); ++i) {
            const DurationFigure figure = figureOf(result.series.at(i).figures);
            if (!figure.count) {
                drawing = false; // a period without figures is a gap, not a zero
                continue;
            }
            const double seconds = median ? figure.medianSeconds : figure.meanSeconds;
            const bool clipped = seconds > top;
            const QPointF point(frame.xOf(i), frame.yOf(std::min(seconds, top) / unit.seconds));
            drawing ? path.lineTo(point) : path.moveTo(point);
            drawing = true;
            const qreal r = style.textSize * (median ? 0.28 : 0.22);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            if (clipped) {
                const qreal a = style.textSize * 0.45;
                painter.drawPolygon(QPolygonF({point + QPointF(-a, a * 0.4), point + QPointF(a, a * 0.4), point + QPointF(0, -a)}));
                painter.setFont(chartFont(style.textSize * 0.85, true));
                painter.setPen(color);
                painter.drawText(QRectF(point.x() + a, point.y() - style.textSize * (median ? 0.2 : 1.3), style.textSize * 8,
                                        style.textSize * 1.2),
                                 Qt::AlignLeft | Qt::AlignVCenter, IncidentMetrics::formatDuration(qint64(seconds * 1000)));
            } else if (median)
                painter.drawEllipse(point, r, r);
            else
                painter.drawRect(QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r));
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(color, style.textSize / 7, median ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }
    for (int i = 0; i < result.series.size(); ++i) {
        const int count = figureOf(result.series.at(i).figures).count;
        if (count)
            frame.under(i, 1, TrendChart::tr("n=%1").arg(locale.toString(count)));
    }
}

void paintBars(Frame &frame, const LibraryStatisticsResult &result, const QLocale &locale,
               const std::function<std::optional<double>(const StatisticsFigures &)> &value, double fixedMax,
               const std::function<QString(double)> &label, const std::function<QString(const StatisticsFigures &)> &under,
               const QString &emptyText)
{
    double max = fixedMax;
    bool any = false;
    for (const PeriodFigures &period : result.series) {
        if (const auto v = value(period.figures)) {
            any = true;
            max = std::max(max, *v);
        }
    }
    if (!any || max <= 0 || !frame.axes(periodLabels(result, locale), max, label, under ? 1 : 0))
        return frame.empty(emptyText);
    QPainter &painter = frame.painter();
    for (int i = 0; i < result.series.size(); ++i) {
        const StatisticsFigures &figures = result.series.at(i).figures;
        const auto v = value(figures);
        if (!v)
            continue;
        painter.fillRect(QRectF(frame.xOf(i) - frame.barWidth() / 2, frame.yOf(*v), frame.barWidth(),
                                frame.yOf(0) - frame.yOf(*v)),
                         frame.style().accent);
        if (under)
            frame.under(i, 1, under(figures));
    }
}

} // namespace

QString TrendChart::title(Kind kind)
{
    switch (kind) {
    case Kind::Incidents:
        return tr("Incidents by severity");
    case Kind::TimeToDetect:
        return tr("Time to detect");
    case Kind::TimeToResolve:
        return tr("Time to resolve");
    case Kind::Cost:
        return tr("Estimated cost");
    case Kind::OnTime:
        return tr("Actions done on time");
    }
    return {};
}

QColor TrendChart::severityColor(int severity)
{
    return ReportStyle::severityColor(severity);
}

QColor TrendChart::textColorOn(const QColor &fill)
{
    const QColor black(0x11, 0x11, 0x11);
    const QColor white(Qt::white);
    return Contrast::ratio(fill, white) >= Contrast::ratio(fill, black) ? white : black;
}

void TrendChart::paint(QPainter &painter, const QRectF &rect, Kind kind, const LibraryStatisticsResult &result,
                       const QLocale &locale, const TrendChartStyle &style)
{
    painter.save();
    painter.fillRect(rect, style.background);
    Frame frame(painter, rect, style);
    switch (kind) {
    case Kind::Incidents:
        paintIncidents(frame, result, locale);
        break;
    case Kind::TimeToDetect:
    case Kind::TimeToResolve:
        paintDurations(frame, kind, result, locale);
        break;
    case Kind::Cost: {
        const QString currency = result.mainCurrency();
        QString note;
        if (result.total.costByCurrency.size() > 1)
            note = tr("Amounts in %1 only: other currencies are never converted or added").arg(currency.isEmpty() ? tr("no currency") : currency);
        frame.header(title(kind), {}, note);
        paintBars(
            frame, result, locale,
            [&](const StatisticsFigures &f) -> std::optional<double> {
                const auto found = f.costByCurrency.constFind(currency);
                return found == f.costByCurrency.cend() ? std::nullopt : std::optional<double>(*found);
            },
            0, [&](double v) { return v == 0 ? locale.toString(0) : LocaleFormat::money(v, currency, locale); }, {}, tr("No incident with a cost per minute and both times known"));
        break;
    }
    case Kind::OnTime:
        frame.header(title(kind), {}, tr("Share of actions with a due day that are done or overdue; n = those actions"));
        paintBars(
            frame, result, locale, [](const StatisticsFigures &f) { return f.actions.onTimeShare(); }, 1.0,
            [&](double v) -> QString { return locale.toString(qRound(v * 100)) + locale.percent(); },
            [&](const StatisticsFigures &f) { return f.actions.onTimeBase ? tr("n=%1").arg(locale.toString(f.actions.onTimeBase)) : QString(); },
            tr("No action with a due day is done or overdue"));
        break;
    }
    painter.restore();
}

bool TrendChart::writeSvg(const QString &path, const QSize &size, Kind kind, const LibraryStatisticsResult &result,
                          const QLocale &locale, const TrendChartStyle &style)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title(kind));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    paint(painter, QRectF(QPointF(0, 0), size), kind, result, locale, style);
    return painter.end();
}

} // namespace Whyboard
