// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace Whyboard {

struct LayoutSpacing
{
    qreal layerGap = 80;   // between consecutive levels (problem row, its causes' row, ...)
    qreal siblingGap = 40; // between neighbouring cards of one row
    // The shape (width over height) a board too wide for it wraps its long levels towards;
    // 0 never wraps.
    qreal aspect = 1.6;
    // Between the rows a level wraps into: closer than levels, so they read as one.
    qreal rowGap() const { return layerGap / 2; }
};

// A tidy layered layout of the causal graph (Sugiyama style): the problem in the first
// level, every cause one level past the furthest effect it explains, dummy stops on long
// links so they do not run through cards, barycentre sweeps against crossings, then
// positions that centre each card between its neighbours without overlaps.
//
// Big boards stay compact: the drawing grows with the number of levels, not of cards. When
// the levels side by side would make the drawing wider than spacing.aspect (left to right:
// taller than its inverse), every level longer than a limit wraps into as many rows as it
// needs to stay under it; the limit is the one whose drawing comes nearest that shape, and
// never fewer than LayerWrapping::minimumCardsPerRow cards. A level's cards are dealt to its
// rows in turn, in their crossing-reduced order, so the rows are staggered: each card keeps
// its neighbours, its links pass between the cards of the level's other rows (dummy stops
// there make room), and the level's rows sit closer together than levels do. Small boards,
// and boards deeper than they are wide, never wrap.
class LayeredLayout
{
public:
    // The size assumed for a card the caller gave no size for.
    static QSizeF defaultCardSize() { return QSizeF(240, 120); }
    // Roughly the size the board gives this card with its default theme (400 units wide, the
    // text wrapped), erring on the large side; for layouts made without a board, as on import.
    static QSizeF estimatedCardSize(const Card &card);

    // Top-left positions for every card. Vertical: the problem on top, causes below their
    // effects; Horizontal: the problem on the left. The problem card keeps its current
    // top-left corner so that a re-layout does not move the whole board.
    static QHash<QString, QPointF> arrange(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                                           Qt::Orientation orientation = Qt::Vertical,
                                           const LayoutSpacing &spacing = {});

    // Where a new cause of parentCardId can go: in the row under the parent (right of the
    // parent's existing causes), moved along the row until it overlaps no card. With an
    // unknown parent, right of everything.
    static QPointF freeSpotNear(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                                const QString &parentCardId, const QSizeF &newCardSize,
                                Qt::Orientation orientation = Qt::Vertical, const LayoutSpacing &spacing = {});
};

} // namespace Whyboard
