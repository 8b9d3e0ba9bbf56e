// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/layeredgraph.h"
#include "analysis/layeredlayout.h"

namespace Whyboard {

// Between ordering the levels and placing the nodes (see LayeredLayout): a level so long that
// the drawing would be much wider than a screen (much taller, left to right) wraps into a few
// rows. The level's cards are dealt to its rows in turn, in the order the crossing reduction
// gave them, so neighbours stay neighbours and each row's cards stand apart, staggered against
// the next row's. The rows then become the graph's layers, with a dummy stop for every link
// that crosses a row, so that the later phases keep each card off the links that pass it.
class LayerWrapping
{
public:
    // The drawing's extent across the levels and along the main axis.
    struct Extent
    {
        qreal across = 0;
        qreal along = 0;
    };

    // Measures the levels of a graph whose layers are still its levels, crossing-reduced.
    LayerWrapping(const LayeredGraph &levels, const LayoutSpacing &spacing, Qt::Orientation orientation);

    // How many rows each level takes for the drawing to come nearest the wanted shape. The
    // extent is estimated; a drawing measured after an earlier choice corrects the estimate
    // by its ratio to that choice's estimate.
    std::vector<int> chooseRows(const Extent &correction = {1, 1}) const;
    // The estimated extent with these rows, and the shape wanted, across over along.
    Extent estimate(const std::vector<int> &rows) const;
    qreal wantedShape() const { return m_wantedShape; }

    // The graph with each level dealt to its rows (see above), ready to be ordered again; a
    // board already standing in these rows keeps them.
    static void wrap(LayeredGraph &graph, const std::vector<int> &rows, const LayoutSpacing &spacing);

    // No row of a wrapped level is shorter than this many of the board's widest cards.
    static constexpr int minimumCardsPerRow = 10;

private:
    struct Level
    {
        qreal length = 0;    // its cards side by side, with their gaps
        qreal thickness = 0; // its thickest card, along the main axis
        int cards = 0;
        int passing = 0;     // links that cross the level on their way further out
        int linkEnds = 0;    // links that start or end at its cards
    };

    std::vector<int> rowsFor(qreal rowLength) const;
    static std::vector<int> standingRows(const LayeredGraph &graph, const std::vector<int> &cards, int count);

    LayoutSpacing m_spacing;
    std::vector<Level> m_levels;
    qreal m_shortestRow = 0; // minimumCardsPerRow of the widest cards
    qreal m_wantedShape = 1;
};

} // namespace Whyboard
