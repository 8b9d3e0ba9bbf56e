// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkfinding.h"
#include "data/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Whyboard {

namespace CheckIds {
// A why card whose cause resembles one in another session of the library. Runs beside the
// chain checks wherever a library is at hand (the window, `--check`); listed after them.
inline const QString repeat = QStringLiteral("repeat");
} // namespace CheckIds

// A why card of another session, as the library remembers it.
struct SeenCause
{
    SessionId sessionId = 0;
    QString sessionTitle;
    QDateTime startedAt; // invalid when the session's start is not known
    QString cardId;
    QString text;
    double score = 0; // CauseWords::similarity with the cause asked about
};

// Where the repeat check finds causes of other sessions: the library's stemmed-word index.
// ChainChecks asks once per why card; the window's implementation remembers its answers and
// asks the index again only for a card whose text changed.
class RepeatCauseLookup
{
public:
    virtual ~RepeatCauseLookup() = default;
    // The most similar why card outside `session` (and outside the trash) at or above
    // CauseWords::threshold, if any.
    virtual std::optional<SeenCause> seenBefore(SessionId session, const Card &card) = 0;
};

class RepeatCauses
{
    Q_DECLARE_TR_FUNCTIONS(RepeatCauses)

public:
    // One finding per why card seen before, in the session's order of cards. Dismissed ones
    // are left out unless includeDismissed (then marked, with the room's reason).
    static QList<CheckFinding> findings(const Session &session, RepeatCauseLookup &lookup, bool includeDismissed = false);

    // The best of the candidates an index returned for the cause, scored by CauseWords.
    static std::optional<SeenCause> best(const QString &cause, const QList<SeenCause> &candidates);
    // "Seen in ‘S3 outage’ (Feb 2017): …the restart had never been rehearsed"
    static QString message(const SeenCause &seen);
    static QString suggestion(const SeenCause &seen);
};

} // namespace Whyboard
