// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/session.h"

#include <QSet>

namespace Whyboard {

namespace {

template<typename List, typename Predicate>
int indexWhere(const List &list, Predicate predicate)
{
    for (int i = 0; i < list.size(); ++i) {
        if (predicate(list.at(i)))
            return i;
    }
    return -1;
}

} // namespace

int Session::indexOfCard(const QString &cardId) const
{
    return indexWhere(cards, [&](const Card &c) { return c.id == cardId; });
}

int Session::indexOfLink(const QString &causeId, const QString &effectId) const
{
    return indexWhere(links, [&](const CausalLink &l) { return l.connects(causeId, effectId); });
}

int Session::indexOfEvent(const QString &eventId) const
{
    return indexWhere(timeline, [&](const TimelineEvent &e) { return e.id == eventId; });
}

int Session::indexOfAction(const QString &actionId) const
{
    return indexWhere(actions, [&](const ActionItem &a) { return a.id == actionId; });
}

int Session::indexOfParticipant(const QString &participantId) const
{
    return indexWhere(participants, [&](const Participant &p) { return p.id == participantId; });
}

int Session::indexOfParkedIdea(const QString &ideaId) const
{
    return indexWhere(parkingLot, [&](const ParkedIdea &i) { return i.id == ideaId; });
}

const Card *Session::card(const QString &cardId) const
{
    const int index = indexOfCard(cardId);
    return index < 0 ? nullptr : &cards.at(index);
}

const Card *Session::problemCard() const
{
    const int index = indexWhere(cards, [](const Card &c) { return c.kind == CardKind::Problem; });
    return index < 0 ? nullptr : &cards.at(index);
}

QList<CausalLink> Session::linksOf(const QString &cardId) const
{
    QList<CausalLink> result;
    for (const CausalLink &link : links) {
        if (link.causeId == cardId || link.effectId == cardId)
            result.append(link);
    }
    return result;
}

QStringList Session::causesOf(const QString &cardId) const
{
    QStringList result;
    for (const CausalLink &link : links) {
        if (link.effectId == cardId)
            result.append(link.causeId);
    }
    return result;
}

QStringList Session::effectsOf(const QString &cardId) const
{
    QStringList result;
    for (const CausalLink &link : links) {
        if (link.causeId == cardId)
            result.append(link.effectId);
    }
    return result;
}

qint64 Session::highestItemNumber() const
{
    qint64 highest = 0;
    auto consider = [&highest](const QString &id) {
        bool ok = false;
        const qint64 number = id.size() >= 2 && id.at(0).isLetter() ? QStringView(id).mid(1).toLongLong(&ok) : 0;
        if (ok && number > highest)
            highest = number;
    };
    for (const Card &card : cards)
        consider(card.id);
    for (const TimelineEvent &event : timeline)
        consider(event.id);
    for (const ActionItem &action : actions)
        consider(action.id);
    for (const Participant &participant : participants)
        consider(participant.id);
    for (const ParkedIdea &idea : parkingLot)
        consider(idea.id);
    return highest;
}

bool Session::wouldCreateCycle(const QString &causeId, const QString &effectId) const
{
    if (causeId == effectId)
        return true;
    // Links point from cause to effect, so cause -> effect closes a loop exactly when the
    // effect already explains the cause, directly or through other cards.
    QSet<QString> seen;
    QStringList pending{effectId};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        if (current == causeId)
            return true;
        if (seen.contains(current))
            continue;
        seen.insert(current);
        pending.append(effectsOf(current));
    }
    return false;
}

bool operator==(const Session &a, const Session &b)
{
    return a.id == b.id && a.title == b.title && a.summary == b.summary && a.severity == b.severity
           && a.status == b.status && sameZonedTime(a.startedAt, b.startedAt)
           && sameZonedTime(a.detectedAt, b.detectedAt) && sameZonedTime(a.resolvedAt, b.resolvedAt)
           && a.impact == b.impact && a.facilitator == b.facilitator && a.participants == b.participants
           && a.cards == b.cards && a.links == b.links && a.timeline == b.timeline && a.actions == b.actions
           && a.dismissedFindings == b.dismissedFindings && a.parkingLot == b.parkingLot;
}

} // namespace Whyboard
