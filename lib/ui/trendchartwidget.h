// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/trendchart.h"

#include <QWidget>

namespace Whyboard {

// One TrendChart in the window, in type large enough for the back of the room.
class TrendChartWidget : public QWidget
{
    Q_OBJECT

public:
    TrendChartWidget(TrendChart::Kind kind, QWidget *parent = nullptr);

    TrendChart::Kind kind() const { return m_kind; }
    // The figures to draw; they must outlive the widget or be replaced before they go.
    void setResult(const LibraryStatisticsResult *result);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    TrendChartStyle chartStyle() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TrendChart::Kind m_kind;
    const LibraryStatisticsResult *m_result = nullptr;
};

} // namespace Whyboard
