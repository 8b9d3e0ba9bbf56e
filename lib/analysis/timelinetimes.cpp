// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timelinetimes.h"

namespace Whyboard {

EventKind TimelineTimes::kindOf(Which which)
{
    switch (which) {
    case Which::Started: return EventKind::Trigger;
    case Which::Detected: return EventKind::Detection;
    case Which::Resolved: return EventKind::Resolution;
    }
    return EventKind::Note;
}

QDateTime TimelineTimes::sessionTime(const Session &session, Which which)
{
    switch (which) {
    case Which::Started: return session.startedAt;
    case Which::Detected: return session.detectedAt;
    case Which::Resolved: return session.resolvedAt;
    }
    return {};
}

void TimelineTimes::setSessionTime(Session &session, Which which, const QDateTime &at)
{
    switch (which) {
    case Which::Started: session.startedAt = at; break;
    case Which::Detected: session.detectedAt = at; break;
    case Which::Resolved: session.resolvedAt = at; break;
    }
}

std::optional<TimelineTimes::Source> TimelineTimes::source(const Session &session, Which which)
{
    const EventKind kind = kindOf(which);
    const TimelineEvent *first = nullptr;
    for (const TimelineEvent &event : session.timeline) {
        if (event.kind == kind && event.at.isValid() && (!first || event.at < first->at))
            first = &event;
    }
    if (!first)
        return std::nullopt;
    return Source{which, first->id, first->text, first->at};
}

bool TimelineTimes::keepsOrder(const Session &session, Which which, const QDateTime &at)
{
    Session changed = session;
    setSessionTime(changed, which, at);
    const auto inOrder = [](const QDateTime &earlier, const QDateTime &later) {
        return !earlier.isValid() || !later.isValid() || earlier <= later;
    };
    return inOrder(changed.startedAt, changed.detectedAt) && inOrder(changed.startedAt, changed.resolvedAt)
           && inOrder(changed.detectedAt, changed.resolvedAt);
}

QList<TimelineTimes::Source> TimelineTimes::toFollow(const Session &before, const Session &after)
{
    QList<Source> result;
    Session following = after; // later times are checked against the earlier ones just set
    for (Which which : all()) {
        const std::optional<Source> now = source(after, which);
        if (!now)
            continue;
        const QDateTime current = sessionTime(after, which);
        if (sameZonedTime(current, now->at))
            continue;
        const std::optional<Source> old = source(before, which);
        const bool unknown = !current.isValid();
        const bool tookOld = old && sameZonedTime(current, old->at) && sameZonedTime(current, sessionTime(before, which));
        if ((unknown || tookOld) && keepsOrder(following, which, now->at)) {
            setSessionTime(following, which, now->at);
            result << *now;
        }
    }
    return result;
}

void TimelineTimes::fillUnknown(Session &session)
{
    for (const Source &follow : toFollow(session, session))
        setSessionTime(session, follow.which, follow.at);
}

} // namespace Whyboard
