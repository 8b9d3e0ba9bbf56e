// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Whyboard {

// Where a library search found its words.
enum class SearchItemKind { Session, Card, Event, Action };

// One item the library's search found, best first. The snippet is plain text; marks are the
// (start, length) ranges of it that matched, for a view to highlight or a printout to bracket.
struct SearchHit
{
    SessionId sessionId = 0;
    QString sessionTitle;
    SearchItemKind kind = SearchItemKind::Session;
    QString itemId;   // the card, event or action id; empty for the session's title or summary
    QString field;    // "title", "summary", "card", "evidence", "timeline", "action", "owner"
    QString snippet;  // a window of the field around the first match, "…" where cut
    QList<QPair<int, int>> marks;
    double rank = 0;  // bm25: lower is better

    // The snippet with each match between the two markers ("»", "«").
    QString markedSnippet(const QString &open, const QString &close) const;
};

} // namespace Whyboard
