// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkfinding.h"
#include "data/session.h"

#include <QCoreApplication>
#include <QList>


namespace Whyboard {

class ReportFlow;

// The report's tables: timeline, action items, parking lot and chain-check findings, each
// with its heading.
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(ReportTables)

public:
    explicit ReportTables(const Session &session);

    void writeTimeline(ReportFlow &flow) const;
    void writeActions(ReportFlow &flow) const;
    // Ideas set aside during the drill-down; call only when there are some.
    void writeParkingLot(ReportFlow &flow) const;
    void writeFindings(ReportFlow &flow, const QList<CheckFinding> &findings) const;

    // "#3": how the report numbers action items, in the session's order.
    static QString actionNumber(int index);
    // Where an action item's row is, for links from the causes.
    static QString anchor(const QString &actionId) { return QStringLiteral("action-") + actionId; }

    // The timeline by time (stable for equal times; events without a time last).
    static QList<TimelineEvent> sortedTimeline(const Session &session);

private:

    const Session &m_session;
};

} // namespace Whyboard
