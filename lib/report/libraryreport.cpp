// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/libraryreport.h"

#include "analysis/incidentmetrics.h"
#include "data/labels.h"
#include "data/localeformat.h"
#include "report/reportlanguage.h"
#include "report/reportstyle.h"
#include "report/trendchart.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Whyboard {

namespace {

const qreal footerHeight = ReportStyle::px(24);

QString percent(double share, const QLocale &locale)
{
    return locale.toString(qRound(share * 100)) + locale.percent();
}

// Paints blocks top to bottom and starts a new page when the next one does not fit.
class Flow
{
public:
    Flow(QPagedPaintDevice *device, QPainter &painter, const QString &footer)
        : m_device(device), m_painter(painter), m_footer(footer)
    {
        const QRectF paint = device->pageLayout().paintRectPixels(ReportStyle::layoutDpi);
        m_page = QRectF(QPointF(0, 0), paint.size());
        m_y = 0;
        paintFooter();
    }

    int pages() const { return m_pageNumber; }
    qreal width() const { return m_page.width(); }
    QPainter &painter() { return m_painter; }

    void ensure(qreal height)
    {
        if (m_y > 0 && m_y + height > m_page.bottom() - footerHeight)
            newPage();
    }
    void newPage()
    {
        m_device->newPage();
        ++m_pageNumber;
        m_y = 0;
        paintFooter();
    }
    void space(qreal height) { m_y += height; }

    // One line (or a few, wrapped) of text; returns nothing, moves down.
    void text(const QString &text, qreal points, QFont::Weight weight = QFont::Normal, const QColor &color = ReportStyle::ink())
    {
        const QFont font = ReportStyle::pixelFont(points, weight);
        const QFontMetricsF metrics(font, m_painter.device());
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width(), 10000), Qt::TextWordWrap, text);
        ensure(bounds.height());
        m_painter.setFont(font);
        m_painter.setPen(color);
        m_painter.drawText(QRectF(0, m_y, width(), bounds.height()), Qt::TextWordWrap, text);
        m_y += bounds.height();
    }

    void heading(const QString &title)
    {
        // A heading never ends a page alone: keep room for what follows it.
        ensure(ReportStyle::px(90));
        space(ReportStyle::px(10));
        text(title, 13, QFont::DemiBold, ReportStyle::accent());
        space(ReportStyle::px(4));
    }

    void chart(TrendChart::Kind kind, const LibraryStatisticsResult &result, qreal height)
    {
        ensure(height);
        TrendChartStyle style;
        style.textSize = ReportStyle::px(8.5);
        style.ink = ReportStyle::ink();
        style.muted = ReportStyle::muted();
        style.grid = ReportStyle::rule();
        style.accent = ReportStyle::accent();
        TrendChart::paint(m_painter, QRectF(0, m_y, width(), height), kind, result, QLocale(), style);
        m_y += height + ReportStyle::px(10);
    }

    // Key figures side by side: a large value over its caption, on the report's tint.
    void figures(const QList<std::pair<QString, QString>> &items)
    {
        const qreal gap = ReportStyle::px(6);
        const qreal boxWidth = (width() - gap * (items.size() - 1)) / items.size();
        const qreal height = ReportStyle::px(58);
        ensure(height);
        qreal x = 0;
        for (const auto &[value, caption] : items) {
            const QRectF box(x, m_y, boxWidth, height);
            m_painter.fillRect(box, ReportStyle::accentTint());
            m_painter.setPen(ReportStyle::ink());
            const QRectF valueBox = box.adjusted(ReportStyle::px(6), ReportStyle::px(4), -ReportStyle::px(4), -height / 2);
            // A long figure ("17 h 53 min") takes a smaller size rather than running out of its box.
            qreal size = 17;
            while (size > 9 && QFontMetricsF(ReportStyle::pixelFont(size, QFont::DemiBold), m_painter.device()).horizontalAdvance(value) > valueBox.width())
                size -= 1;
            m_painter.setFont(ReportStyle::pixelFont(size, QFont::DemiBold));
            m_painter.drawText(valueBox, Qt::AlignLeft | Qt::AlignVCenter, value);
            m_painter.setPen(ReportStyle::muted());
            m_painter.setFont(ReportStyle::pixelFont(8));
            m_painter.drawText(box.adjusted(ReportStyle::px(6), height / 2, -ReportStyle::px(4), -ReportStyle::px(2)),
                               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption);
            x += boxWidth + gap;
        }
        m_y += height + ReportStyle::px(8);
    }

    // A table with a header row repeated on each page; the first column left, the rest right.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<qreal> &fractions)
    {
        const QFont font = ReportStyle::pixelFont(9);
        const QFont bold = ReportStyle::pixelFont(9, QFont::DemiBold);
        const qreal rowHeight = QFontMetricsF(font, m_painter.device()).height() + ReportStyle::px(5);
        const auto paintRow = [&](const QStringList &cells, bool isHeader) {
            if (isHeader)
                m_painter.fillRect(QRectF(0, m_y, width(), rowHeight), ReportStyle::accentTint());
            m_painter.setFont(isHeader ? bold : font);
            m_painter.setPen(ReportStyle::ink());
            const QFontMetricsF metrics(m_painter.font(), m_painter.device());
            qreal x = 0;
            for (qsizetype i = 0; i < cells.size() && i < fractions.size(); ++i) {
                const qreal w = width() * fractions.at(i);
                const QRectF cell(x + ReportStyle::px(4), m_y, w - ReportStyle::px(8), rowHeight);
                m_painter.drawText(cell, (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                                   metrics.elidedText(cells.at(i), Qt::ElideRight, cell.width()));
                x += w;
            }
            m_y += rowHeight;
            m_painter.setPen(QPen(ReportStyle::rule(), ReportStyle::px(0.5)));
            m_painter.drawLine(QPointF(0, m_y), QPointF(width(), m_y));
        };
        ensure(rowHeight * std::min<qsizetype>(rows.size() + 1, 4));
        paintRow(header, true);
        for (const QStringList &row : rows) {
            if (m_y + rowHeight > m_page.bottom() - footerHeight) {
                newPage();
                paintRow(header, true);
            }
            paintRow(row, false);
        }
        m_y += ReportStyle::px(8);
    }

private:
    void paintFooter()
    {
        const qreal top = m_page.bottom() - footerHeight + ReportStyle::px(8);
        m_painter.setPen(QPen(ReportStyle::rule(), ReportStyle::px(0.5)));
        m_painter.drawLine(QPointF(0, top), QPointF(width(), top));
        m_painter.setFont(ReportStyle::pixelFont(7.5));
        m_painter.setPen(ReportStyle::muted());
        const QRectF line(0, top + ReportStyle::px(3), width(), footerHeight - ReportStyle::px(10));
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                           LibraryReport::tr("Page %1").arg(QLocale().toString(m_pageNumber)));
    }

    QPagedPaintDevice *m_device;
    QPainter &m_painter;
    QString m_footer;
    QRectF m_page;
    qreal m_y = 0;
    int m_pageNumber = 1;
};

QString severityName(int severity)
{
    return Labels::severityTag(severity);
}

} // namespace

std::pair<QDate, QDate> LibraryReport::periodOf(const LibraryReportOptions &options, const QDate &today)
{
    const QDate until = options.until.isValid() ? options.until : today;
    QDate since = options.since;
    if (!since.isValid())
        since = LibraryStatistics::periodStart(until, StatisticsPeriod::Month).addMonths(-11);
    return {std::min(since, until), std::max(since, until)};
}

int LibraryReport::paint(QPagedPaintDevice *device, const QList<StatisticsSession> &sessions,
                         const LibraryReportOptions &options, const QDate &today)
{
    const QLocale locale;
    const auto [since, until] = periodOf(options, today);
    StatisticsFilter filter = options.filter;
    filter.since = since;
    filter.until = until;
    const LibraryStatisticsResult result = LibraryStatistics::compute(sessions, filter, options.period, today);
    const StatisticsFigures &total = result.total;

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const QString footer = tr("Library report %1 – %2 · written %3")
                               .arg(LocaleFormat::date(since, locale), LocaleFormat::date(until, locale),
                                    LocaleFormat::date(today, locale));
    Flow flow(device, painter, footer);
    flow.text(tr("Library report"), 22, QFont::DemiBold);
    flow.text(tr("Incidents from %1 to %2").arg(locale.toString(since, QLocale::LongFormat), locale.toString(until, QLocale::LongFormat)),
              12, QFont::Normal, ReportStyle::muted());
    if (!options.libraryName.isEmpty())
        flow.text(options.libraryName, 9, QFont::Normal, ReportStyle::muted());
    flow.space(ReportStyle::px(12));

    const std::optional<double> onTime = total.actions.onTimeShare();
    flow.figures({{locale.toString(total.sessions), tr("incidents")},
                  {LibraryStatistics::durationText(total.timeToDetect, total.timeToDetect.medianSeconds),
                   tr("median time to detect, n = %1").arg(locale.toString(total.timeToDetect.count))},
                  {LibraryStatistics::durationText(total.timeToResolve, total.timeToResolve.medianSeconds),
                   tr("median time to resolve, n = %1").arg(locale.toString(total.timeToResolve.count))},
                  {onTime ? percent(*onTime, locale) : QStringLiteral("–"), tr("actions done on time")},
                  {locale.toString(total.actions.overdue), tr("actions overdue")}});

    flow.heading(tr("Trends"));
    flow.chart(TrendChart::Kind::Incidents, result, ReportStyle::px(250));

    flow.heading(tr("Severity mix"));
    QList<QStringList> severityRows;
    for (const int severity : {1, 2, 3, 4, 0}) {
        const int count = total.bySeverity[size_t(severity)];
        if (severity == 0 && count == 0)
            continue;
        severityRows.append({severityName(severity), locale.toString(count),
                             total.sessions ? percent(double(count) / total.sessions, locale) : QStringLiteral("–")});
    }
    flow.table({tr("Severity"), tr("Incidents"), tr("Share")}, severityRows, {0.5, 0.25, 0.25});

    flow.chart(TrendChart::Kind::TimeToDetect, result, ReportStyle::px(230));
    flow.chart(TrendChart::Kind::TimeToResolve, result, ReportStyle::px(230));
    flow.chart(TrendChart::Kind::Cost, result, ReportStyle::px(210));

    flow.heading(tr("Figures per period"));
    QList<QStringList> periodRows;
    for (const PeriodFigures &period : result.series) {
        const StatisticsFigures &f = period.figures;
        periodRows.append({LibraryStatistics::periodLabel(period.first, result.period, locale), locale.toString(f.sessions),
                           QStringLiteral("%1 / %2").arg(LibraryStatistics::durationText(f.timeToDetect, f.timeToDetect.meanSeconds),
                                                         LibraryStatistics::durationText(f.timeToDetect, f.timeToDetect.medianSeconds)),
                           QStringLiteral("%1 / %2").arg(LibraryStatistics::durationText(f.timeToResolve, f.timeToResolve.meanSeconds),
                                                         LibraryStatistics::durationText(f.timeToResolve, f.timeToResolve.medianSeconds)),
                           LibraryStatistics::costText(f, locale)});
    }
    flow.table({result.period == StatisticsPeriod::Month ? tr("Month") : tr("Quarter"), tr("Incidents"),
                tr("Detect: mean / median"), tr("Resolve: mean / median"), tr("Cost")},
               periodRows, {0.13, 0.11, 0.24, 0.28, 0.24});

    flow.heading(tr("Top cause categories"));
    if (result.topCategories.isEmpty()) {
        flow.text(tr("No why card of these incidents has a category."), 10, QFont::Normal, ReportStyle::muted());
    } else {
        QList<QStringList> rows;
        int cards = 0;
        for (const auto &entry : result.topCategories)
            cards += entry.second;
        for (const auto &[key, count] : result.topCategories.mid(0, 8))
            rows.append({LibraryStatistics::categoryName(key), locale.toString(count), percent(double(count) / cards, locale)});
        flow.table({tr("Category"), tr("Why cards"), tr("Share")}, rows, {0.5, 0.25, 0.25});
    }
    if (!options.repeatCauses.isEmpty()) {
        flow.heading(tr("Repeat causes"));
        for (const QString &line : options.repeatCauses)
            flow.text(QStringLiteral("• ") + line, 10);
        flow.space(ReportStyle::px(8));
    }

    flow.heading(tr("Follow-up completion"));
    const ActionFigures &actions = total.actions;
    flow.table({tr("Actions"), tr("Count")},
               {{tr("Open"), locale.toString(actions.open)},
                {tr("In progress"), locale.toString(actions.inProgress)},
                {tr("Done"), locale.toString(actions.done)},
                {tr("Overdue (open or in progress, past due)"), locale.toString(actions.overdue)},
                {tr("Done on time, of those done or overdue with a due day"),
                 onTime ? QStringLiteral("%1 (%2 / %3)").arg(percent(*onTime, locale), locale.toString(actions.onTime),
                                                             locale.toString(actions.onTimeBase))
                        : QStringLiteral("–")}},
               {0.7, 0.3});
    flow.chart(TrendChart::Kind::OnTime, result, ReportStyle::px(210));

    flow.heading(tr("Overdue actions by owner"));
    if (result.overdueByOwner.isEmpty()) {
        flow.text(tr("No action is overdue."), 10, QFont::Normal, ReportStyle::muted());
    } else {
        QList<QStringList> rows;
        for (const auto &[owner, count] : result.overdueByOwner)
            rows.append({owner.isEmpty() ? tr("(no owner)") : owner, locale.toString(count)});
        flow.table({tr("Owner"), tr("Overdue actions")}, rows, {0.7, 0.3});
    }
    painter.end();
    return flow.pages();
}

QString LibraryReport::writePdf(const QString &path, const QList<StatisticsSession> &sessions,
                                const LibraryReportOptions &options, const QDate &today)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString());
    {
        const ReportLanguage language(options.language);
        if (!language.isValid())
            return language.error();
        QPdfWriter writer(&file);
        writer.setTitle(tr("Library report"));
        writer.setCreator(QStringLiteral("Whyboard"));
        writer.setResolution(ReportStyle::layoutDpi);
        writer.setPageLayout(QPageLayout(options.pageSize, QPageLayout::Portrait, QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter));
        if (paint(&writer, sessions, options, today) == 0)
            return tr("cannot write “%1”").arg(QFileInfo(path).fileName());
    }
    if (!file.commit())
        return tr("cannot write “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

} // namespace Whyboard
