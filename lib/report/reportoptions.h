#pragma once

#include "analysis/checkfinding.h"

#include <QDateTime>
#include <QList>
#include <QPageSize>

#include <optional>

namespace Whyboard {

// What a report looks like beyond the session itself.
struct ReportOptions
{
    // A4, or Letter where the locale measures in inches (US).
    static QPageSize localePageSize();

    QPageSize pageSize = localePageSize();
    QDateTime generatedAt = QDateTime::currentDateTime();
    QString author;               // PDF author metadata; the facilitator when empty
    // The chain checks' findings (dismissed ones with their reasons). Unset leaves the section
    // out; an empty list says that the checks found nothing.
    std::optional<QList<CheckFinding>> findings;
    // Below this scale card text gets too small to read; a wider board is split across pages.
    qreal minimumDiagramScale = 0.5;
};

} // namespace Whyboard
