// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/labels.h"

#include <QStringList>

#include <algorithm>

namespace Whyboard {

QString Labels::severity(int level)
{
    switch (level) {
    case 1: return tr("Critical");
    case 2: return tr("Major");
    case 3: return tr("Moderate");
    case 4: return tr("Minor");
    default: return tr("Not rated");
    }
}

QString Labels::severityLevel(int level)
{
    if (level < worstSeverity || level > mildestSeverity)
        return severity(0);
    //: A choice on the severity ladder: the level's number and its name, "2 — Major".
    return tr("%1 — %2").arg(level).arg(severity(level));
}

QString Labels::severityTag(int level)
{
    if (level < worstSeverity || level > mildestSeverity)
        return tr("Severity not rated");
    return tr("SEV %1 · %2").arg(level).arg(severity(level));
}

QString Labels::severityDescription(int level)
{
    switch (level) {
    case 1:
        return tr("The site is down, or customer data is lost. The status page is the most visited page today.");
    case 2:
        return tr("A major feature is broken for many users, or the company account posted something "
                  "meant for a private one. Someone senior is already asking.");
    case 3:
        return tr("Degraded: slow pages, a failed nightly job, or every user got an e-mail that starts "
                  "\"Hello FName!\". Embarrassing, survivable.");
    case 4:
        return tr("Minor: a few users noticed, a workaround existed, and nobody had to cancel dinner.");
    default:
        return tr("How bad was it? Pick a level once the room agrees.");
    }
}

QString Labels::sessionStatus(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Draft: return tr("Draft");
    case SessionStatus::Reviewed: return tr("Reviewed");
    case SessionStatus::Published: return tr("Published");
    }
    return {};
}

QString Labels::cardKind(CardKind kind)
{
    switch (kind) {
    case CardKind::Problem: return tr("Problem");
    case CardKind::Why: return tr("Why");
    }
    return {};
}

QString Labels::chainStep(CardKind kind, int depth)
{
    if (kind == CardKind::Problem)
        return cardKind(kind);
    if (depth < 1)
        return tr("Not linked");
    //: A cause card at its depth in the chain: "Why 2".
    return tr("Why %1").arg(depth);
}

QString Labels::chainStep(CardKind kind, int shortest, int longest)
{
    if (kind == CardKind::Problem || shortest < 1 || longest <= shortest)
        return chainStep(kind, std::max(shortest, longest));
    //: A cause reached by routes of different lengths: "Why 3 / 5" (shortest / longest).
    return tr("Why %1 / %2").arg(shortest).arg(longest);
}

QString Labels::eventKind(EventKind kind)
{
    switch (kind) {
    case EventKind::Trigger: return tr("Trigger");
    case EventKind::Detection: return tr("Detection");
    case EventKind::Escalation: return tr("Escalation");
    case EventKind::Mitigation: return tr("Mitigation");
    case EventKind::Resolution: return tr("Resolution");
    case EventKind::Note: return tr("Note");
    }
    return {};
}

QString Labels::actionCategory(ActionCategory category)
{
    switch (category) {
    case ActionCategory::None: return tr("No category");
    case ActionCategory::Process: return tr("Process");
    case ActionCategory::Technology: return tr("Technology");
    case ActionCategory::Training: return tr("Training");
    }
    return {};
}

QString Labels::actionHorizon(ActionHorizon horizon)
{
    switch (horizon) {
    case ActionHorizon::None: return tr("No horizon");
    case ActionHorizon::Short: return tr("Short term");
    case ActionHorizon::Medium: return tr("Medium term");
    case ActionHorizon::Long: return tr("Long term");
    }
    return {};
}

QString Labels::actionStatus(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open: return tr("Open");
    case ActionStatus::InProgress: return tr("In progress");
    case ActionStatus::Done: return tr("Done");
    }
    return {};
}

QString Labels::participantRole(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Introduced: return tr("Introduced");
    case ParticipantRole::Identified: return tr("Identified");
    case ParticipantRole::Responded: return tr("Responded");
    case ParticipantRole::Debugged: return tr("Debugged");
    case ParticipantRole::Interested: return tr("Interested");
    }
    return {};
}

QString Labels::participantRoles(ParticipantRoles roles)
{
    // Read as one phrase ("Introduced, identified"): only its first word keeps its capital.
    QStringList words;
    for (ParticipantRole role : allParticipantRoles()) {
        if (roles.testFlag(role))
            words << (words.isEmpty() ? participantRole(role) : participantRole(role).toLower());
    }
    return words.join(QStringLiteral(", "));
}

QString Labels::readBackVerdict(ReadBackVerdict verdict)
{
    switch (verdict) {
    case ReadBackVerdict::NotChecked: return tr("Not checked");
    case ReadBackVerdict::Holds: return tr("Holds");
    case ReadBackVerdict::DoesNotHold: return tr("Does not hold");
    }
    return {};
}

QString Labels::notSet()
{
    return QStringLiteral("—");
}

const QList<SessionStatus> &Labels::sessionStatuses()
{
    static const QList<SessionStatus> values{SessionStatus::Draft, SessionStatus::Reviewed, SessionStatus::Published};
    return values;
}

const QList<CardKind> &Labels::cardKinds()
{
    static const QList<CardKind> values{CardKind::Problem, CardKind::Why};
    return values;
}

const QList<EventKind> &Labels::eventKinds()
{
    static const QList<EventKind> values{EventKind::Trigger,    EventKind::Detection,  EventKind::Escalation,
                                         EventKind::Mitigation, EventKind::Resolution, EventKind::Note};
    return values;
}

const QList<ActionCategory> &Labels::actionCategories()
{
    static const QList<ActionCategory> values{ActionCategory::None, ActionCategory::Process,
                                              ActionCategory::Technology, ActionCategory::Training};
    return values;
}

const QList<ActionHorizon> &Labels::actionHorizons()
{
    static const QList<ActionHorizon> values{ActionHorizon::None, ActionHorizon::Short, ActionHorizon::Medium,
                                             ActionHorizon::Long};
    return values;
}

const QList<ActionStatus> &Labels::actionStatuses()
{
    static const QList<ActionStatus> values{ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done};
    return values;
}

const QList<ReadBackVerdict> &Labels::readBackVerdicts()
{
    static const QList<ReadBackVerdict> values{ReadBackVerdict::NotChecked, ReadBackVerdict::Holds,
                                               ReadBackVerdict::DoesNotHold};
    return values;
}

} // namespace Whyboard
