// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include <QCoreApplication>
#include <QString>

namespace Whyboard {

// The display name of every value the user sees, in one place so that the board, the panels,
// the item models, the delegates and every export say the same word, translated once.
// The stable keys of the file formats stay in enums.h.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    // Severity levels run from 1 (worst) to 4 (mildest); 0 means not rated yet.
    static constexpr int worstSeverity = 1;
    static constexpr int mildestSeverity = 4;
    static QString severity(int level);            // "Major"; "Not rated" for 0
    static QString severityLevel(int level);       // the ladder's choice: "2 — Major"; "Not rated"
    static QString severityTag(int level);         // a report's heading: "SEV 2 · Major"; "Severity not rated"
    static QString severityDescription(int level); // the ladder's light-hearted "how bad was it"

    static QString sessionStatus(SessionStatus status);
    static QString cardKind(CardKind kind);               // "Problem", "Why"
    static QString chainStep(CardKind kind, int depth);   // "Problem", "Why 2"; "Not linked" below 1
    // A card reached by routes of different lengths: "Why 3 / 5" (shortest / longest);
    // "Why 5" when they are the same.
    static QString chainStep(CardKind kind, int shortest, int longest);
    static QString eventKind(EventKind kind);
    static QString actionCategory(ActionCategory category); // "No category" for None
    static QString actionHorizon(ActionHorizon horizon);    // "No horizon" for None
    static QString actionStatus(ActionStatus status);
    static QString participantRole(ParticipantRole role);   // "Introduced"
    static QString participantRoles(ParticipantRoles roles); // "Introduced, identified"
    static QString readBackVerdict(ReadBackVerdict verdict); // "Holds"

    // The dash a table shows for a value that is not set (no category, unknown figure).
    static QString notSet();

    // Every value of each enum in its natural order, for choices and for tests.
    static const QList<SessionStatus> &sessionStatuses();
    static const QList<CardKind> &cardKinds();
    static const QList<EventKind> &eventKinds();
    static const QList<ActionCategory> &actionCategories(); // None first
    static const QList<ActionHorizon> &actionHorizons();    // None first
    static const QList<ActionStatus> &actionStatuses();
    static const QList<ReadBackVerdict> &readBackVerdicts();
};

} // namespace Whyboard
