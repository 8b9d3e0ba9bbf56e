// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Whyboard {

// Incident times are kept as the instant plus the offset the team wrote them in
// ("18:30 -07:00"), because a postmortem reads in the incident's local time.
// QDateTime's operator== compares instants only; this compares the offset too.
inline bool sameZonedTime(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return a == b && a.offsetFromUtc() == b.offsetFromUtc();
}

// Builds a time with a fixed UTC offset from its stored parts (epoch milliseconds, offset seconds).
inline QDateTime zonedTimeFromParts(qint64 msecsSinceEpoch, int offsetSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::OffsetFromUTC, offsetSeconds);
}

} // namespace Whyboard
