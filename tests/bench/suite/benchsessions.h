// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

class QRandomGenerator;

namespace Whyboard::Bench {

// The sessions the suite measures, built the same for the same arguments.
class BenchSessions
{
public:
    // A board as a long postmortem grows one: under the problem, `levels` levels of whys, each
    // explaining a card of the level above; one why in six also explains a card two or more
    // levels up (a cause found again further down). The second card ("c2") explains the
    // problem and has twelve direct causes, so it has 13 links. Texts of 6 to 28 words mix
    // English, German, French, Japanese, Russian and Arabic; a third of the cards have evidence.
    static Session dag(int cards, int levels, int events, int actions, quint32 seed = 7);

    // A card with exactly one link (a root cause), for the drag of a lightly linked card.
    static QString cardWithOneLink(const Session &session);

    // A sentence of realistic words, wrapped by the board as a card's text is.
    static QString sentence(QRandomGenerator &random, int minWords, int maxWords);
};

} // namespace Whyboard::Bench
