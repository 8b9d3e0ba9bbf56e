// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/repeatcauses.h"

#include <QSqlDatabase>

namespace Whyboard {

class Library;

// The repeat check's look-up in a library: one query of the stemmed-word index (cause_words)
// per why card, the candidates scored by CauseWords. Without the index (a library read-only
// from before it) nothing is ever seen before.
class LibraryCauseIndex : public RepeatCauseLookup
{
public:
    explicit LibraryCauseIndex(const Library *library);

    // Why cards outside `besides` and the trash sharing content words with the cause, best
    // bm25 first (not yet scored).
    QList<SeenCause> candidates(SessionId besides, const QString &cause, int limit = 40);
    std::optional<SeenCause> seenBefore(SessionId session, const Card &card) override;

    // Queries run so far: what a keystroke costs.
    int queryCount() const { return m_queries; }
    QString lastError() const { return m_error; }

private:
    // By name: a server library's connection is replaced when it reconnects.
    QString m_connectionName;
    bool m_hasIndex = false;
    int m_queries = 0;
    QString m_error;
};

} // namespace Whyboard
