// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Whyboard {

// Where a card is printed in a ReadBackPlan: chains[chain].steps[step] (both 0-based; a
// reader is shown chain + 1 and step + 1).
struct ReadBackPlace
{
    int chain = -1;
    int step = -1;

    bool isValid() const { return chain >= 0 && step >= 0; }
    friend bool operator==(const ReadBackPlace &a, const ReadBackPlace &b)
    {
        return a.chain == b.chain && a.step == b.step;
    }
    friend bool operator!=(const ReadBackPlace &a, const ReadBackPlace &b) { return !(a == b); }
};

// A link of a printed card to an effect that is read in another place of the plan.
struct ReadBackBranch
{
    QString effectId;
    ReadBackPlace effectAt; // where the effect is printed
    ReadBackVerdict verdict = ReadBackVerdict::NotChecked; // the room's verdict on this link
};

// One card of a chain, printed in full.
struct ReadBackStep
{
    QString cardId;
    // The room's verdict on "this card, therefore the next one": the link to the next step, or
    // on the last step of a joining chain the link to the card it joins. NotChecked on the
    // problem card, which has no next step.
    ReadBackVerdict verdict = ReadBackVerdict::NotChecked;
    // The card's other effects, each printed elsewhere, in board order: "also leads to ...".
    // Together with the steps every link between printed cards is read once.
    QList<ReadBackBranch> alsoLeadsTo;
};

// One chain: from a cause up towards the problem, printed once.
struct ReadBackChain
{
    QList<ReadBackStep> steps; // the cause first; never empty
    // Where the chain goes on: the card after the last step, already printed in an earlier
    // chain (always an earlier one). Invalid for the chain that ends with the problem itself.
    ReadBackPlace joins;
    // False when the first card has causes of its own, all printed in other chains (they
    // name it in their alsoLeadsTo): only in a board where one cause explains several cards.
    bool startsAtRootCause = true;
};

// The read-back of a board of any size, each card printed once. Listing every route from a
// root cause to the problem (ChainPaths::readBackPaths) repeats the shared upper part of the
// chain for every route, thousands of times on a large DAG; this plan prints each part once
// and refers to it.
//
// How it is built:
// - Chain 1 starts at the deepest root cause (the most links to the problem, as "Why N" counts
//   them) and follows the longest route up to the problem, so it reads like the board's why
//   numbers.
// - Every other root cause follows, deepest first (ties: board position left to right, then
//   top to bottom, then id). Its chain goes up through cards not printed yet (preferring the
//   longest route) and stops before the first card already printed; `joins` says where that
//   card is. Cards that are not a root cause and still unprinted afterwards (a cause that
//   explains two cards is printed once, on one of its routes) start chains of their own, in
//   the same order.
// - Every card that reaches the problem is printed exactly once; printed lines are the cards
//   plus one reference per chain after the first.
// - Cards that do not reach the problem are listed in `unreached`, in the board's order.
//   Damaged input with a cycle is read along the shortest routes and never loops.
struct ReadBackPlan
{
    QList<ReadBackChain> chains;
    QStringList unreached; // card ids in the session's order; includes everything without a problem card
    QHash<QString, ReadBackPlace> places; // every printed card and where it is printed

    // Builds the plan; chains are empty when the board has no problem card.
    static ReadBackPlan build(const Session &session);

    // Where a card is printed; invalid for a card the plan does not print.
    ReadBackPlace placeOf(const QString &cardId) const { return places.value(cardId); }
    // Printed lines: one per step plus one per reference to an earlier chain.
    int printedLines() const;
    int stepCount() const;
};

} // namespace Whyboard
