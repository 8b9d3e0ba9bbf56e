// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"
#include "data/zonedtime.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Whyboard {

// One step of the incident's timeline.
struct TimelineEvent
{
    QString id;
    QDateTime at; // with the offset it was written in
    EventKind kind = EventKind::Note;
    QString text;
    QStringList cardIds; // the whys this step relates to

    friend bool operator==(const TimelineEvent &a, const TimelineEvent &b)
    {
        return a.id == b.id && sameZonedTime(a.at, b.at) && a.kind == b.kind && a.text == b.text
               && a.cardIds == b.cardIds;
    }
    friend bool operator!=(const TimelineEvent &a, const TimelineEvent &b) { return !(a == b); }
};

} // namespace Whyboard
