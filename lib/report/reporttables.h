#pragma once

#include "analysis/checkfinding.h"
#include "data/session.h"

#include <QCoreApplication>
#include <QList>

class QTextCursor;

namespace Whyboard {

// The report's tables: timeline, action items, parking lot and chain-check findings. Each writes its
// heading and table and returns the heading's block number.
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(ReportTables)

public:
    explicit ReportTables(const Session &session);

    int writeTimeline(QTextCursor &cursor) const;
    int writeActions(QTextCursor &cursor) const;
    // Ideas set aside during the drill-down; call only when there are some.
    int writeParkingLot(QTextCursor &cursor) const;
    int writeFindings(QTextCursor &cursor, const QList<CheckFinding> &findings) const;

    // The timeline by time (stable for equal times; events without a time last).
    static QList<TimelineEvent> sortedTimeline(const Session &session);

private:
    QString itemText(const CheckFinding &finding) const;

    const Session &m_session;
};

} // namespace Whyboard
