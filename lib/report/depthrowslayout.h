// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/layeredlayout.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace Whyboard {

// A print layout for boards too big or too tangled for the layered layout to stay compact:
// the cards in rows by why depth (the problem first, then every "Why 1", ...), each depth
// wrapped into lines of a few cards and ordered under the cards it explains. Arrows get
// long, but every card is readable and the board packs into few pages, cut between lines.
class DepthRowsLayout
{
public:
    // How many cards a line holds for a board of this many cards: a multiple of 4 (the cards
    // across a portrait page at the minimum text size) and, past 100 cards, of 6 (landscape).
    static int cardsPerLine(int cardCount);

    // Top-left positions for every card of the session; the problem card keeps its place.
    static QHash<QString, QPointF> arrange(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                                           const LayoutSpacing &spacing);
};

} // namespace Whyboard
