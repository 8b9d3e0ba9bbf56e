// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/enums.h"

#include <array>
#include <utility>

namespace Whyboard {

namespace {

template<typename Enum, std::size_t N>
QString keyIn(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueIn(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key)
{
    for (const auto &[candidate, candidateKey] : table) {
        if (key == QLatin1String(candidateKey))
            return candidate;
    }
    return std::nullopt;
}

const std::array<std::pair<SessionStatus, const char *>, 3> sessionStatusKeys{{
    {SessionStatus::Draft, "draft"},
    {SessionStatus::Reviewed, "reviewed"},
    {SessionStatus::Published, "published"},
}};

const std::array<std::pair<CardKind, const char *>, 2> cardKindKeys{{
    {CardKind::Problem, "problem"},
    {CardKind::Why, "why"},
}};

const std::array<std::pair<EventKind, const char *>, 6> eventKindKeys{{
    {EventKind::Trigger, "trigger"},
    {EventKind::Detection, "detection"},
    {EventKind::Escalation, "escalation"},
    {EventKind::Mitigation, "mitigation"},
    {EventKind::Resolution, "resolution"},
    {EventKind::Note, "note"},
}};

const std::array<std::pair<ActionCategory, const char *>, 4> actionCategoryKeys{{
    {ActionCategory::None, ""},
    {ActionCategory::Process, "process"},
    {ActionCategory::Technology, "technology"},
    {ActionCategory::Training, "training"},
}};

const std::array<std::pair<ActionHorizon, const char *>, 4> actionHorizonKeys{{
    {ActionHorizon::None, ""},
    {ActionHorizon::Short, "short"},
    {ActionHorizon::Medium, "medium"},
    {ActionHorizon::Long, "long"},
}};

const std::array<std::pair<ActionStatus, const char *>, 3> actionStatusKeys{{
    {ActionStatus::Open, "open"},
    {ActionStatus::InProgress, "in-progress"},
    {ActionStatus::Done, "done"},
}};

const std::array<std::pair<ReadBackVerdict, const char *>, 3> readBackVerdictKeys{{
    {ReadBackVerdict::NotChecked, "not-checked"},
    {ReadBackVerdict::Holds, "holds"},
    {ReadBackVerdict::DoesNotHold, "does-not-hold"},
}};

const std::array<std::pair<ParticipantRole, const char *>, 5> participantRoleKeys{{
    {ParticipantRole::Introduced, "introduced"},
    {ParticipantRole::Identified, "identified"},
    {ParticipantRole::Responded, "responded"},
    {ParticipantRole::Debugged, "debugged"},
    {ParticipantRole::Interested, "interested"},
}};

template<typename Enum, std::size_t N>
bool knownIn(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return true;
    }
    return false;
}

} // namespace

bool isKnown(SessionStatus value) { return knownIn(sessionStatusKeys, value); }
bool isKnown(CardKind value) { return knownIn(cardKindKeys, value); }
bool isKnown(EventKind value) { return knownIn(eventKindKeys, value); }
bool isKnown(ActionCategory value) { return knownIn(actionCategoryKeys, value); }
bool isKnown(ActionHorizon value) { return knownIn(actionHorizonKeys, value); }
bool isKnown(ActionStatus value) { return knownIn(actionStatusKeys, value); }
bool isKnown(ReadBackVerdict value) { return knownIn(readBackVerdictKeys, value); }

bool isKnown(ParticipantRoles roles)
{
    int known = 0;
    for (const auto &entry : participantRoleKeys)
        known |= int(entry.first);
    return (roles.toInt() & ~known) == 0;
}

QString keyOf(SessionStatus value) { return keyIn(sessionStatusKeys, value); }
QString keyOf(CardKind value) { return keyIn(cardKindKeys, value); }
QString keyOf(EventKind value) { return keyIn(eventKindKeys, value); }
QString keyOf(ActionCategory value) { return keyIn(actionCategoryKeys, value); }
QString keyOf(ActionHorizon value) { return keyIn(actionHorizonKeys, value); }
QString keyOf(ActionStatus value) { return keyIn(actionStatusKeys, value); }
QString keyOf(ReadBackVerdict value) { return keyIn(readBackVerdictKeys, value); }
QString keyOf(ParticipantRole value) { return keyIn(participantRoleKeys, value); }

std::optional<SessionStatus> sessionStatusFromKey(const QString &key) { return valueIn(sessionStatusKeys, key); }
std::optional<CardKind> cardKindFromKey(const QString &key) { return valueIn(cardKindKeys, key); }
std::optional<EventKind> eventKindFromKey(const QString &key) { return valueIn(eventKindKeys, key); }
std::optional<ActionCategory> actionCategoryFromKey(const QString &key) { return valueIn(actionCategoryKeys, key); }
std::optional<ActionHorizon> actionHorizonFromKey(const QString &key) { return valueIn(actionHorizonKeys, key); }
std::optional<ActionStatus> actionStatusFromKey(const QString &key) { return valueIn(actionStatusKeys, key); }
std::optional<ReadBackVerdict> readBackVerdictFromKey(const QString &key) { return valueIn(readBackVerdictKeys, key); }
std::optional<ParticipantRole> participantRoleFromKey(const QString &key) { return valueIn(participantRoleKeys, key); }

const QList<ParticipantRole> &allParticipantRoles()
{
    static const QList<ParticipantRole> roles{ParticipantRole::Introduced, ParticipantRole::Identified,
                                              ParticipantRole::Responded, ParticipantRole::Debugged,
                                              ParticipantRole::Interested};
    return roles;
}

} // namespace Whyboard
