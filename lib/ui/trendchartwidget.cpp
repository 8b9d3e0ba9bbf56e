// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trendchartwidget.h"

#include <QEvent>
#include <QPainter>

namespace Whyboard {

TrendChartWidget::TrendChartWidget(TrendChart::Kind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind)
{
    setAccessibleName(TrendChart::title(kind));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TrendChartWidget::setResult(const LibraryStatisticsResult *result)
{
    m_result = result;
    update();
}

TrendChartStyle TrendChartWidget::chartStyle() const
{
    TrendChartStyle style;
    // Half again the interface's text, never under 16 pixels: read from the back of a room.
    style.textSize = std::max<qreal>(16, QFontInfo(font()).pixelSize() * 1.5);
    style.background = palette().color(QPalette::Base);
    return style;
}

QSize TrendChartWidget::sizeHint() const
{
    const qreal text = chartStyle().textSize;
    return QSize(qRound(text * 36), qRound(text * 20));
}

QSize TrendChartWidget::minimumSizeHint() const
{
    const qreal text = chartStyle().textSize;
    return QSize(qRound(text * 20), qRound(text * 16));
}

void TrendChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!m_result)
        return;
    const qreal margin = chartStyle().textSize * 0.6;
    painter.fillRect(rect(), chartStyle().background);
    TrendChart::paint(painter, QRectF(rect()).adjusted(margin, margin, -margin, -margin), m_kind, *m_result, locale(),
                      chartStyle());
}

void TrendChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::LocaleChange) {
        setAccessibleName(TrendChart::title(m_kind));
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace Whyboard
