// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkfinding.h"

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QPageSize>

#include <optional>

namespace Whyboard {

// The parts of a report a reader can ask for. The cover and its figures are always there; every
// cause with its evidence, every action item and the timeline are the appendices a long report
// may leave out.
enum class ReportSection {
    Summary = 0x1,    // summary and impact
    People = 0x2,
    Diagram = 0x4,    // the why chain drawn
    ReadBack = 0x8,
    Causes = 0x10,    // appendix: every cause, its evidence and what addresses it
    ParkingLot = 0x20,
    Checks = 0x40,    // chain-check findings
    Actions = 0x80,   // appendix: every action item
    Timeline = 0x100, // appendix: every timeline event
};
Q_DECLARE_FLAGS(ReportSections, ReportSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportSections)

// What a report looks like beyond the session itself.
struct ReportOptions
{
    // A4, or Letter where the locale measures in inches (US).
    static QPageSize localePageSize();
    static constexpr ReportSections allSections = ReportSections(0x1ff);

    QPageSize pageSize = localePageSize();
    QDateTime generatedAt = QDateTime::currentDateTime();
    QString author;               // PDF author metadata; the facilitator when empty
    // The chain checks' findings (dismissed ones with their reasons). Unset leaves the section
    // out; an empty list says that the checks found nothing.
    std::optional<QList<CheckFinding>> findings;
    // Card text on a diagram page is never smaller than this (points): a chain that would
    // need smaller text to fit one page is cut into parts between cards instead.
    qreal minimumCardTextPoints = 7;
    // The report's language ("de", "fr", "en"): its words, dates, times, numbers and money.
    // Empty: the interface's language.
    QString language;
    ReportSections sections = allSections;
    // One page for the team channel: cover figures, the chain and the top actions with owners.
    bool summaryOnly = false;
};

} // namespace Whyboard
