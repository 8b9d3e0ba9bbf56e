// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/librarystatistics.h"

#include <QTableWidget>

namespace Whyboard {

// The overview's figures per period as a read-only table: every count the charts draw, and
// the means, medians and counts behind them.
class LibraryFiguresTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit LibraryFiguresTable(QWidget *parent = nullptr);
    void showFigures(const LibraryStatisticsResult &result, const QLocale &locale);
};

} // namespace Whyboard
