// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Three incidents with action items around "today", for the follow-ups tests: overdue, due
// soon, done, without a day or an owner, with text a CSV or a calendar must escape, and one
// session that goes to the trash.

#include "data/session.h"

#include <QDate>

namespace Whyboard::Test {

inline ActionItem followUpAction(const QString &id, const QString &text, const QString &owner, const QDate &due,
                                 ActionStatus status = ActionStatus::Open)
{
    ActionItem action;
    action.id = id;
    action.text = text;
    action.owner = owner;
    action.due = due;
    action.status = status;
    return action;
}

inline Session followUpSession(const QString &title, const QList<ActionItem> &actions)
{
    Session session;
    session.title = title;
    Card problem;
    problem.id = QStringLiteral("c1");
    problem.kind = CardKind::Problem;
    problem.text = QStringLiteral("What went wrong?");
    session.cards << problem;
    session.actions = actions;
    session.lastItemNumber = 20;
    return session;
}

// Session 1, 2 and 3 (3 is for the trash).
inline QList<Session> followUpSessions(const QDate &today)
{
    return {
        followUpSession(QStringLiteral("Checkout outage, EU"),
                        {followUpAction(QStringLiteral("a2"), QStringLiteral("Add a canary step"), QStringLiteral("Ana"), today.addDays(-10)),
                         followUpAction(QStringLiteral("a3"), QStringLiteral("Page on 5xx, not CPU"), QStringLiteral("Bo"), today.addDays(3),
                                        ActionStatus::InProgress),
                         followUpAction(QStringLiteral("a4"), QStringLiteral("Write the runbook"), QStringLiteral("ana"), today.addDays(-5),
                                        ActionStatus::Done)}),
        followUpSession(QStringLiteral("Disk full; logs"),
                        {followUpAction(QStringLiteral("a2"), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("Cy"), QDate()),
                         followUpAction(QStringLiteral("a3"), QStringLiteral("Rotate logs, hourly;\nalert at 80%"), QStringLiteral("Ana"),
                                        today.addDays(20))}),
        followUpSession(QStringLiteral("Trashed incident"),
                        {followUpAction(QStringLiteral("a2"), QStringLiteral("Never seen"), QStringLiteral("Ana"), today.addDays(-1))}),
    };
}

} // namespace Whyboard::Test
