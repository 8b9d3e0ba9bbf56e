// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionbounds.h"

#include "fuzzcheck.h"

#include <cmath>

namespace Whyboard::Fuzz {

namespace {

// The limits of lib/data/sessionlimits.h, spelled out again here so that the check does not
// trust the code it checks.
constexpr int maxTextLength = 20000;
constexpr double maxCoordinate = 1000000.0;
constexpr int maxCards = 10000;
constexpr int maxLinks = 50000;
constexpr int maxEvents = 20000;
constexpr int maxActions = 5000;
constexpr int maxParticipants = 1000;
constexpr int maxParkedIdeas = 1000;

class Bounds
{
public:
    explicit Bounds(const QString &from)
        : m_from(from)
    {
    }

    void text(const QString &value, const QString &what) const
    {
        check(value.size() <= maxTextLength, QStringLiteral("%1: %2 has %3 characters, more than %4")
                                                 .arg(m_from, what).arg(value.size()).arg(maxTextLength));
    }
    void range(int value, int lowest, int highest, const QString &what) const
    {
        check(value >= lowest && value <= highest,
              QStringLiteral("%1: %2 is %3, outside %4..%5").arg(m_from, what).arg(value).arg(lowest).arg(highest));
    }
    void count(qsizetype value, int limit, const QString &what) const
    {
        check(value <= limit, QStringLiteral("%1: %2 %3, more than %4").arg(m_from).arg(value).arg(what).arg(limit));
    }
    void coordinate(qreal value, const QString &what) const
    {
        check(std::isfinite(value) && std::abs(value) <= maxCoordinate,
              QStringLiteral("%1: %2 is %3, not finite or beyond %4").arg(m_from, what).arg(value).arg(maxCoordinate));
    }

private:
    QString m_from;
};

} // namespace

bool boundsChecked()
{
    return qEnvironmentVariableIntValue("WHYBOARD_FUZZ_BOUNDS") == 1;
}

void checkBounds(const Session &session, const QString &from)
{
    if (!boundsChecked())
        return;
    const Bounds bounds(from);
    bounds.text(session.title, QStringLiteral("the title"));
    bounds.text(session.summary, QStringLiteral("the summary"));
    bounds.text(session.facilitator, QStringLiteral("the facilitator"));
    bounds.range(int(session.status), 0, 2, QStringLiteral("the status"));
    bounds.range(session.severity, 0, 4, QStringLiteral("the severity"));
    bounds.count(session.cards.size(), maxCards, QStringLiteral("cards"));
    bounds.count(session.links.size(), maxLinks, QStringLiteral("links"));
    bounds.count(session.timeline.size(), maxEvents, QStringLiteral("timeline events"));
    bounds.count(session.actions.size(), maxActions, QStringLiteral("actions"));
    bounds.count(session.participants.size(), maxParticipants, QStringLiteral("participants"));
    bounds.count(session.parkingLot.size(), maxParkedIdeas, QStringLiteral("parked ideas"));
    for (const Card &card : session.cards) {
        const QString at = QStringLiteral("card %1").arg(card.id);
        bounds.range(int(card.kind), 0, 1, at + QStringLiteral(" kind"));
        bounds.text(card.text, at + QStringLiteral(" text"));
        bounds.text(card.evidence, at + QStringLiteral(" evidence"));
        bounds.text(card.noActionReason, at + QStringLiteral(" no-action reason"));
        bounds.coordinate(card.position.x(), at + QStringLiteral(" x"));
        bounds.coordinate(card.position.y(), at + QStringLiteral(" y"));
    }
    for (const CausalLink &link : session.links)
        bounds.range(int(link.verdict), 0, 2, QStringLiteral("link %1 -> %2 verdict").arg(link.causeId, link.effectId));
    for (const TimelineEvent &event : session.timeline) {
        bounds.range(int(event.kind), 0, 5, QStringLiteral("event %1 kind").arg(event.id));
        bounds.text(event.text, QStringLiteral("event %1 text").arg(event.id));
    }
    for (const ActionItem &action : session.actions) {
        const QString at = QStringLiteral("action %1").arg(action.id);
        bounds.range(int(action.category), 0, 3, at + QStringLiteral(" category"));
        bounds.range(int(action.horizon), 0, 3, at + QStringLiteral(" horizon"));
        bounds.range(int(action.status), 0, 2, at + QStringLiteral(" status"));
        bounds.text(action.text, at + QStringLiteral(" text"));
        bounds.text(action.owner, at + QStringLiteral(" owner"));
        bounds.text(action.link, at + QStringLiteral(" link"));
    }
    for (const Participant &participant : session.participants) {
        bounds.text(participant.name, QStringLiteral("participant %1 name").arg(participant.id));
        bounds.range(int(participant.roles), 0, 0x1f, QStringLiteral("participant %1 roles").arg(participant.id));
    }
    for (const ParkedIdea &idea : session.parkingLot)
        bounds.text(idea.text, QStringLiteral("parked idea %1").arg(idea.id));
}

} // namespace Whyboard::Fuzz
