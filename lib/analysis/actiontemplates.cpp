// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/actiontemplates.h"

namespace Whyboard {

namespace {

QString oneLine(const QString &text, int length)
{
    const QString line = text.simplified();
    return line.size() <= length ? line : QString(line.left(length - 1) + QStringLiteral("…"));
}

} // namespace

QList<ActionCategory> ActionTemplates::categories()
{
    return {ActionCategory::Process, ActionCategory::Technology, ActionCategory::Training};
}

QString ActionTemplates::text(ActionCategory category, const QString &subject)
{
    const QString shortened = oneLine(subject, 80);
    switch (category) {
    case ActionCategory::Process:
        return tr("Change the process so that this cannot recur: %1").arg(shortened);
    case ActionCategory::Technology:
        return tr("Add a technical safeguard against: %1").arg(shortened);
    case ActionCategory::Training:
        return tr("Train the team on: %1").arg(shortened);
    case ActionCategory::None:
        break;
    }
    return {};
}

std::optional<ActionItem> ActionTemplates::forFinding(const Session &session, const CheckFinding &finding,
                                                      ActionCategory category)
{
    if (category == ActionCategory::None)
        return std::nullopt;
    ActionItem action;
    action.category = category;
    QString subject;
    if (finding.itemKind == CheckItemKind::Card) {
        const Card *card = session.card(finding.itemId);
        if (!card)
            return std::nullopt;
        action.cardIds = {finding.itemId};
        subject = card->text;
    } else if (finding.itemKind == CheckItemKind::Event) {
        const int row = session.indexOfEvent(finding.itemId);
        if (row < 0)
            return std::nullopt;
        action.eventIds = {finding.itemId};
        subject = session.timeline.at(row).text;
    } else {
        return std::nullopt;
    }
    action.text = text(category, subject);
    return action;
}

bool ActionTemplates::applies(const CheckFinding &finding)
{
    return !finding.dismissed
           && (finding.itemKind == CheckItemKind::Card || finding.itemKind == CheckItemKind::Event);
}

} // namespace Whyboard
