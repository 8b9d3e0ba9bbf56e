// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/boundedvalues.h"

#include "data/sessionlimits.h"

#include <algorithm>
#include <cmath>

namespace Whyboard {

namespace {

double onBoard(double value)
{
    if (!std::isfinite(value))
        return 0.0;
    return std::clamp(value, -SessionLimits::maxCoordinate, SessionLimits::maxCoordinate);
}

} // namespace

QString BoundedValues::text(const QString &value)
{
    // No library keeps U+0000 (SessionLimits::check): an edit leaves it out, a paste keeps the rest.
    if (value.contains(QChar(0)))
        return text(QString(value).remove(QChar(0)));
    if (value.size() <= SessionLimits::maxTextLength)
        return value;
    // Never cut between the two halves of a surrogate pair: the import would refuse the half.
    qsizetype length = SessionLimits::maxTextLength;
    if (value.at(length - 1).isHighSurrogate())
        --length;
    return value.left(length);
}

QStringList BoundedValues::tags(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        const QString tag = text(value.simplified());
        if (!tag.isEmpty() && !result.contains(tag, Qt::CaseInsensitive) && result.size() < SessionLimits::maxTagsPerCard)
            result.append(tag);
    }
    return result;
}

QPointF BoundedValues::position(const QPointF &value)
{
    return {onBoard(value.x()), onBoard(value.y())};
}

Card BoundedValues::card(Card card)
{
    card.text = text(card.text);
    card.evidence = text(card.evidence);
    card.noActionReason = text(card.noActionReason);
    card.category = text(card.category.trimmed());
    card.tags = tags(card.tags);
    card.position = position(card.position);
    return card;
}

TimelineEvent BoundedValues::event(TimelineEvent event)
{
    event.text = text(event.text);
    return event;
}

ActionItem BoundedValues::action(ActionItem action)
{
    action.text = text(action.text);
    action.owner = text(action.owner);
    action.link = text(action.link);
    return action;
}

Participant BoundedValues::participant(Participant participant)
{
    participant.name = text(participant.name);
    return participant;
}

ParkedIdea BoundedValues::parkedIdea(ParkedIdea idea)
{
    idea.text = text(idea.text);
    return idea;
}

} // namespace Whyboard
