// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace Whyboard {

// Every enum here has a stable lower-case key used by the JSON format and the library file.
// Never renumber: the SQLite file stores the integer values.

enum class SessionStatus { Draft = 0, Reviewed = 1, Published = 2 };

enum class CardKind { Problem = 0, Why = 1 };

enum class EventKind { Trigger = 0, Detection = 1, Escalation = 2, Mitigation = 3, Resolution = 4, Note = 5 };

enum class ActionCategory { None = 0, Process = 1, Technology = 2, Training = 3 };

enum class ActionHorizon { None = 0, Short = 1, Medium = 2, Long = 3 };

enum class ActionStatus { Open = 0, InProgress = 1, Done = 2 };

// The room's verdict on one "cause, therefore effect" step of the read-back.
enum class ReadBackVerdict { NotChecked = 0, Holds = 1, DoesNotHold = 2 };

enum class ParticipantRole {
    Introduced = 0x1,
    Identified = 0x2,
    Responded = 0x4,
    Debugged = 0x8,
    Interested = 0x10,
};
Q_DECLARE_FLAGS(ParticipantRoles, ParticipantRole)
Q_DECLARE_OPERATORS_FOR_FLAGS(ParticipantRoles)

// Stable keys ("in-progress", "detection", ...) and their inverse; the inverse returns
// std::nullopt for an unknown key so that importers can name the offending value.
QString keyOf(SessionStatus value);
QString keyOf(CardKind value);
QString keyOf(EventKind value);
QString keyOf(ActionCategory value); // None gives an empty string
QString keyOf(ActionHorizon value);  // None gives an empty string
QString keyOf(ActionStatus value);
QString keyOf(ReadBackVerdict value);
QString keyOf(ParticipantRole value);

std::optional<SessionStatus> sessionStatusFromKey(const QString &key);
std::optional<CardKind> cardKindFromKey(const QString &key);
std::optional<EventKind> eventKindFromKey(const QString &key);
std::optional<ActionCategory> actionCategoryFromKey(const QString &key);
std::optional<ActionHorizon> actionHorizonFromKey(const QString &key);
std::optional<ActionStatus> actionStatusFromKey(const QString &key);
std::optional<ReadBackVerdict> readBackVerdictFromKey(const QString &key);
std::optional<ParticipantRole> participantRoleFromKey(const QString &key);

const QList<ParticipantRole> &allParticipantRoles();

// Whether a value is one of the enum's own (a value read from a file or cast from a number
// may be any integer). For roles: every flag set is a known role.
bool isKnown(SessionStatus value);
bool isKnown(CardKind value);
bool isKnown(EventKind value);
bool isKnown(ActionCategory value);
bool isKnown(ActionHorizon value);
bool isKnown(ActionStatus value);
bool isKnown(ReadBackVerdict value);
bool isKnown(ParticipantRoles roles);

} // namespace Whyboard
