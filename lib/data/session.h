#pragma once

#include "data/actionitem.h"
#include "data/card.h"
#include "data/causallink.h"
#include "data/dismissedfinding.h"
#include "data/enums.h"
#include "data/impact.h"
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

    int indexOfCard(const QString &cardId) const;
    int indexOfLink(const QString &causeId, const QString &effectId) const;
    int indexOfEvent(const QString &eventId) const;
    int indexOfAction(const QString &actionId) const;
    int indexOfParticipant(const QString &participantId) const;

    const Card *card(const QString &cardId) const;
    const Card *problemCard() const;

    // The links whose cause or effect is this card.
    QList<CausalLink> linksOf(const QString &cardId) const;
    QStringList causesOf(const QString &cardId) const;  // cards that explain this one
    QStringList effectsOf(const QString &cardId) const; // cards this one explains

    // True when adding cause -> effect would close a cycle (or links a card to itself).
    bool wouldCreateCycle(const QString &causeId, const QString &effectId) const;

    friend bool operator==(const Session &a, const Session &b);
    friend bool operator!=(const Session &a, const Session &b) { return !(a == b); }
};

} // namespace Whyboard
