// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "report/flowbox.h"
#include "report/reportoptions.h"

#include <QCoreApplication>
#include <QSizeF>

#include <memory>
#include <vector>

class QPaintDevice;

namespace Whyboard {

class PrintBoard;
class ReportFlow;

// Lays the report out as a flow of boxes in layout units (96 per inch) with the fonts of the
// device it goes to: cover facts and figures, summary, people, the why-chain diagram, the
// read-back, parking lot, checks, then as appendices the causes with their evidence, the action
// items and the timeline.
// ReportPages breaks the flow into pages; ReportWriter paints them.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    // board: the chain to draw; nullptr or an empty board says there is none.
    ReportBuilder(const Session &session, const ReportOptions &options, const PrintBoard *board);

    std::vector<std::unique_ptr<FlowBox>> build(QPaintDevice *device, const QSizeF &portraitBody,
                                                const QSizeF &landscapeBody) const;
    // The one-page summary for the team channel: cover figures, the chain, the top actions.
    std::vector<std::unique_ptr<FlowBox>> buildSummary(QPaintDevice *device, const QSizeF &body) const;

private:
    void writeTopActions(ReportFlow &flow, int count) const;

    const Session &m_session;
    const ReportOptions &m_options;
    const PrintBoard *m_board;
};

} // namespace Whyboard
