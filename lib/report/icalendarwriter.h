// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/followupsquery.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace Whyboard {

// Follow-ups with a due day as iCalendar to-dos (RFC 5545): one VTODO per action, with a UID
// that stays the same for the same session and action, so that importing again updates the
// to-do instead of adding a second one. Pure: the same input gives the same bytes.
class ICalendarWriter
{
public:
    // stamp: the DTSTAMP of every to-do (when the file was written), in UTC.
    static QByteArray write(const QList<FollowUp> &followUps, const QDateTime &stamp);

    // The pieces, for tests and for other writers.
    static QString escapeText(const QString &text); // TEXT: \ ; , and line breaks escaped
    // Content lines folded at 75 octets (never inside a UTF-8 character), each ending CRLF.
    static QByteArray foldLine(const QString &line);
    static QString uid(SessionId sessionId, const QString &actionId);
    static QString statusOf(ActionStatus status); // NEEDS-ACTION, IN-PROCESS, COMPLETED
};

} // namespace Whyboard
