// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/chainchecks.h"
#include "facilitationsessions.h"

namespace Whyboard::ChainCheckFixtures {

// A five-why chain whose every card has verified evidence and an action, so that only the
// text under test can trigger a finding. The root cause (w5) says rootText.
inline Session quietChain(const QString &rootText, const QStringList &participantNames = {})
{
    Session s = FacilitationTest::chain(5);
    for (Card &c : s.cards) {
        if (c.kind == CardKind::Why) {
            c.evidence = QStringLiteral("Deploy log line 42");
            c.verified = true;
        }
    }
    s.cards.last().text = rootText;
    ActionItem action;
    action.id = QStringLiteral("a1");
    action.text = QStringLiteral("Add an alert for expiring certificates");
    action.owner = QStringLiteral("Platform team");
    action.due = QDate(2030, 1, 31);
    action.cardIds = QStringList{"w1", "w2", "w3", "w4", "w5"};
    s.actions.append(action);
    int n = 0;
    for (const QString &name : participantNames) {
        Participant p;
        p.id = QStringLiteral("u%1").arg(++n);
        p.name = name;
        s.participants.append(p);
    }
    return s;
}

inline QList<CheckFinding> findingsOf(const Session &s, const QString &checkId)
{
    ChainCheckOptions options;
    options.checkIds = {checkId};
    return ChainChecks::run(s, options);
}

} // namespace Whyboard::ChainCheckFixtures
