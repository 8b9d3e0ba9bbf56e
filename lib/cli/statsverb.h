// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/librarystatistics.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Whyboard {

struct LibraryVerbArguments;

// whyboard --stats [--json] [--quarterly] [--since DATE] [--until DATE] [LIBRARY]: the trends
// across the library's incidents, as an aligned table or as JSON.
class StatsVerb
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::StatsVerb)

public:
    static int run(const LibraryVerbArguments &arguments);
    // The JSON contract: durations in seconds, amounts per currency code, periods by their
    // first day ("2025-03" for a month, "2025-Q1" for a quarter).
    static QJsonObject toJson(const LibraryStatisticsResult &result);
    static QStringList toTable(const LibraryStatisticsResult &result, const QLocale &locale);
};

} // namespace Whyboard
