// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Whyboard {

// How deep a card sits in the chain. The depth the room built is the longest route to the
// problem; a card also reached by a shorter route shows both ("Why 3 / 5").
struct ChainDepth
{
    int shortest = -1; // fewest links to the problem; -1 when it does not reach it
    int longest = -1;  // most links to the problem; -1 when it does not reach it

    bool reaches() const { return longest >= 0; }
    bool varies() const { return shortest != longest; }

    friend bool operator==(const ChainDepth &a, const ChainDepth &b)
    {
        return a.shortest == b.shortest && a.longest == b.longest;
    }
    friend bool operator!=(const ChainDepth &a, const ChainDepth &b) { return !(a == b); }
};

// Routes through the causal graph, as the read-back and the depth checks walk them.
class ChainPaths
{
public:
    // Every route from a root cause (a why no card explains) up to the problem card, as card
    // ids [root, ..., problem]. A DAG where one cause explains two cards yields one path per
    // route. Stable order: roots by position (left to right, then top to bottom, then id);
    // at a fork, effects in the same order. Stops after maxPaths routes, because a dense DAG
    // can have more routes than anyone could read back.
    static QList<QStringList> readBackPaths(const Session &session, int maxPaths = 10000);

    // "Why N": the most links from the card up to the problem (the depth the room built);
    // 0 for the problem itself, -1 for a card that does not reach it (or an unknown id).
    static int depth(const Session &session, const QString &cardId);

    // The same for every card that reaches the problem, in one pass.
    static QHash<QString, int> depths(const Session &session);

    // Shortest and longest route of every card that reaches the problem, in one pass.
    static QHash<QString, ChainDepth> depthRanges(const Session &session);

    // Root causes (whys that no card explains and that reach the problem), in path order.
    static QStringList rootCauses(const Session &session);
};

} // namespace Whyboard
