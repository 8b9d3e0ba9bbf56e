// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkfinding.h"
#include "data/session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Whyboard {

// One finding, as a compact list names it.
struct FindingGroupItem
{
    QString itemId;
    CheckItemKind itemKind = CheckItemKind::Card;
    // Where it is: "Why 3", "Why 2 / 4", "Problem", "Not linked" for a card; "Event 14:02"
    // (its time, or its place in the timeline when it has none); "Action 7" (its row in the
    // session's action list, 1-based).
    QString label;
    QString excerpt;    // the item's text on one line, at most FindingGroups' excerpt length, "…" when cut
    QString message;    // the finding's one line, as ChainChecks wrote it
    QString suggestion; // the finding's suggested next step
    bool dismissed = false;
    QString dismissalReason;
};

// Every finding of one check.
struct FindingGroup
{
    QString checkId;
    QString title; // ChainChecks::checkTitle(checkId): "Several causes on one card"
    int count = 0; // all findings of the check, set aside ones included
    int dismissedCount = 0;
    // Set when every item of the group says the same, so a report prints it once for the
    // group and only the labels per item ("No evidence for this cause yet: Why 2, Why 5 …").
    QString commonMessage;
    QString commonSuggestion;
    // The different messages of the open items, in the order first met: a report can list the
    // items under each ("Only 3 of 5 whys deep: Why 3 …; Why 3 …").
    QStringList openMessages;
    QList<FindingGroupItem> items; // open findings first, then set-aside ones; each in the order ChainChecks::run gives (the session's order)
};

// The chain-check findings grouped by check, for a report that stays readable with hundreds
// of findings: "Unverified (212, 3 set aside): Why 3 “…”, Why 7 “…”".
class FindingGroups
{
    Q_DECLARE_TR_FUNCTIONS(FindingGroups)

public:
    // Groups in the checks' own order (CheckIds::all()), an unknown check id after them in
    // the order first met; a check without findings has no group.
    static QList<FindingGroup> group(const Session &session, const QList<CheckFinding> &findings,
                                     int excerptLength = 60);
};

} // namespace Whyboard
