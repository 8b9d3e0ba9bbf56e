// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QString>

namespace Whyboard {

// The limits of one session, far beyond any real postmortem, so that a crafted file cannot make
// an import, a library open or an export take unbounded time or memory. The JSON importer and
// the library enforce them where values come in (documented in
// lib/storage/SESSION-FORMAT-EXTENSIONS.md); check() walks a whole session.
class SessionLimits
{
    Q_DECLARE_TR_FUNCTIONS(SessionLimits)

public:
    static constexpr qint64 maxImportFileBytes = 64 * 1024 * 1024;
    // Each text field (titles, card texts, evidence, names, ids, links, reasons), counted in
    // UTF-16 code units as QString::size() does.
    static constexpr qsizetype maxTextLength = 20000;
    static constexpr int maxCards = 10000;
    static constexpr int maxTagsPerCard = 50;
    static constexpr int maxLinks = 50000;
    static constexpr int maxEvents = 20000;
    static constexpr int maxActions = 5000;
    static constexpr int maxParticipants = 1000;
    static constexpr int maxParkedIdeas = 1000;
    static constexpr int maxDismissedFindings = 10000;
    // Card positions: finite and within this distance of the origin on each axis, in pixels.
    static constexpr double maxCoordinate = 1000000.0;
    // The item counter and session ids stay where a JSON number still names one integer (2^53).
    static constexpr qint64 maxItemNumber = qint64(1) << 53;
    // Times and due dates: the years ISO 8601's four digits can write.
    static constexpr int firstYear = 1;
    static constexpr int lastYear = 9999;

    // The lists of a session that have a limit.
    enum class List { Cards, Links, Events, Actions, Participants, ParkedIdeas, DismissedFindings };
    static int maxCount(List list);

    static bool isCoordinateAllowed(double value);
    static bool isDateAllowed(const QDate &date);

    // Empty when the session keeps every limit; otherwise the first one it breaks, in words
    // ("the session has 10,001 cards; at most 10,000 are allowed").
    static QString check(const Session &session);

    // The messages the checks share, for the importer and the library.
    static QString tooMany(List list, qsizetype count);
    static QString textTooLong(qsizetype length);
    static QString coordinateOutside(double value);
    static QString fileTooLarge(qint64 bytes);
};

} // namespace Whyboard
