// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QList>
#include <optional>

namespace Whyboard {

// The session's started, detected and resolved times as the timeline tells them: the first
// Trigger, Detection and Resolution event. A time the session does not know yet follows the
// timeline; so does one that was taken from the timeline when that event's time changes.
// Any other difference is only proposed, never forced over what the room wrote.
class TimelineTimes
{
public:
    enum class Which { Started, Detected, Resolved };

    struct Source
    {
        Which which = Which::Started;
        QString eventId;
        QString eventText;
        QDateTime at;
    };

    static QList<Which> all() { return {Which::Started, Which::Detected, Which::Resolved}; }
    static EventKind kindOf(Which which);
    static QDateTime sessionTime(const Session &session, Which which);
    static void setSessionTime(Session &session, Which which, const QDateTime &at);

    // The earliest event of the kind that has a time; none when the timeline has none.
    static std::optional<Source> source(const Session &session, Which which);

    // The times to set after an edit turned `before` into `after`: each unknown time that now
    // has a source, and each time that equalled its old source's time when that source moved.
    // A time that would fall out of order (detected before started...) is left to propose.
    static QList<Source> toFollow(const Session &before, const Session &after);

    // For a session arriving whole (an import): fills every unknown time the timeline gives.
    static void fillUnknown(Session &session);

    // True when setting `which` to `at` keeps started <= detected <= resolved.
    static bool keepsOrder(const Session &session, Which which, const QDateTime &at);
};

} // namespace Whyboard
