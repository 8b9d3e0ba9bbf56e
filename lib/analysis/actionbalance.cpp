// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/actionbalance.h"

#include <QCoreApplication>

namespace Whyboard {

namespace {

// Category and horizon None are 0; the cells are 1..3 of each.
int cell(ActionCategory category) { return static_cast<int>(category) - 1; }
int cell(ActionHorizon horizon) { return static_cast<int>(horizon) - 1; }

} // namespace

ActionBalance ActionBalance::of(const Session &session)
{
    ActionBalance balance;
    for (const ActionItem &action : session.actions) {
        ++balance.m_total;
        if (action.category == ActionCategory::None || action.horizon == ActionHorizon::None)
            ++balance.m_unplaced;
        else
            ++balance.m_counts[cell(action.category)][cell(action.horizon)];
    }
    return balance;
}

QList<ActionCategory> ActionBalance::categories()
{
    return {ActionCategory::Process, ActionCategory::Technology, ActionCategory::Training};
}

QList<ActionHorizon> ActionBalance::horizons()
{
    return {ActionHorizon::Short, ActionHorizon::Medium, ActionHorizon::Long};
}

int ActionBalance::count(ActionCategory category, ActionHorizon horizon) const
{
    if (category == ActionCategory::None || horizon == ActionHorizon::None)
        return 0;
    return m_counts[cell(category)][cell(horizon)];
}

QString ActionBalance::prompt(ActionCategory category, ActionHorizon horizon)
{
    switch (category) {
    case ActionCategory::Process:
        switch (horizon) {
        case ActionHorizon::Short: return ActionBalance::tr("A checklist step or review for next week?");
        case ActionHorizon::Medium: return ActionBalance::tr("A change to how the team works this quarter?");
        case ActionHorizon::Long: return ActionBalance::tr("A policy that makes this class of incident impossible?");
        case ActionHorizon::None: break;
        }
        break;
    case ActionCategory::Technology:
        switch (horizon) {
        case ActionHorizon::Short: return ActionBalance::tr("A quick guard: an alert, a limit, a confirmation?");
        case ActionHorizon::Medium: return ActionBalance::tr("A fix in the tooling or the architecture?");
        case ActionHorizon::Long: return ActionBalance::tr("A redesign that removes the failure mode?");
        case ActionHorizon::None: break;
        }
        break;
    case ActionCategory::Training:
        switch (horizon) {
        case ActionHorizon::Short: return ActionBalance::tr("A runbook note or a heads-up to the team?");
        case ActionHorizon::Medium: return ActionBalance::tr("A drill or a walkthrough of this incident?");
        case ActionHorizon::Long: return ActionBalance::tr("Onboarding that teaches what was learned here?");
        case ActionHorizon::None: break;
        }
        break;
    case ActionCategory::None:
        break;
    }
    return {};
}

} // namespace Whyboard
