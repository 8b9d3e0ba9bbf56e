// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>

namespace Whyboard {

class ReportFlow;

// The report's first part: the title with severity and status, the figures row (times,
// durations, cost), then summary, impact and the people in the room.
class ReportCover
{
    // The report's words share one translation context with the report that lists them.
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportCover(const Session &session);

    void writeTitle(ReportFlow &flow) const;
    void writeFigures(ReportFlow &flow) const;
    void writeSummaryAndImpact(ReportFlow &flow) const;
    void writePeople(ReportFlow &flow) const;

private:
    const Session &m_session;
};

} // namespace Whyboard
