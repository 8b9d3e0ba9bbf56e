// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/actionitem.h"
#include "data/card.h"
#include "data/causallink.h"
#include "data/dismissedfinding.h"
#include "data/enums.h"
#include "data/impact.h"
#include "data/parkedidea.h"
#include "data/participant.h"
#include "data/timelineevent.h"
#include "data/zonedtime.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Whyboard {

// Identifies a session inside one library file. Made by the library, never reused while
// the session exists; 0 means "not stored yet".
using SessionId = qint64;

// One postmortem: the plain data, with no behaviour beyond look-ups.
// SessionDocument is the only place that changes a session that is open.
struct Session
{
    SessionId id = 0;
    QString title;
    QString summary;
    int severity = 0; // 1 (worst) .. 4; 0 when not rated yet
    SessionStatus status = SessionStatus::Draft;
    QDateTime startedAt;
    QDateTime detectedAt;
    QDateTime resolvedAt;
    Impact impact;
    QString facilitator;
    QList<Participant> participants;
    QList<Card> cards;
    QList<CausalLink> links;
    QList<TimelineEvent> timeline; // in the order they were added; views sort by time
    QList<ActionItem> actions;
    QList<DismissedFinding> dismissedFindings;
    QList<ParkedIdea> parkingLot; // ideas set aside during the drill-down, in the order parked
    // The highest item number handed out in this session ("c12", "e3" take 12 and 3). Only
    // grows, so an id once used is never given to a new item: nothing new inherits a deleted
    // item's dismissed findings or links. Bookkeeping, not content: operator== ignores it.
    qint64 lastItemNumber = 0;

    int indexOfCard(const QString &cardId) const;
    int indexOfLink(const QString &causeId, const QString &effectId) const;
    int indexOfEvent(const QString &eventId) const;
    int indexOfAction(const QString &actionId) const;
    int indexOfParticipant(const QString &participantId) const;
    int indexOfParkedIdea(const QString &ideaId) const;

    const Card *card(const QString &cardId) const;
    const Card *problemCard() const;

    // The links whose cause or effect is this card.
    QList<CausalLink> linksOf(const QString &cardId) const;
    QStringList causesOf(const QString &cardId) const;  // cards that explain this one
    QStringList effectsOf(const QString &cardId) const; // cards this one explains

    // The highest number n of an item id "<letter><n>" among every item list (0 when none):
    // where the counter must start for a session made elsewhere (import, migration).
    qint64 highestItemNumber() const;

    // True when adding cause -> effect would close a cycle (or links a card to itself).
    bool wouldCreateCycle(const QString &causeId, const QString &effectId) const;

    friend bool operator==(const Session &a, const Session &b);
    friend bool operator!=(const Session &a, const Session &b) { return !(a == b); }
};

} // namespace Whyboard
