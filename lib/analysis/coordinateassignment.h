// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/layeredgraph.h"
#include "analysis/layeredlayout.h"

namespace Whyboard {

// The third phase of LayeredLayout: a cross-axis centre for every node that keeps each
// layer's order and spacing (no overlaps) while centring causes under their effects and
// effects over their causes, and keeps dummies on the straight line of their link.
class CoordinateAssignment
{
public:
    static void assign(LayeredGraph &graph, const LayoutSpacing &spacing);

private:
    enum class Pull { Upper, Lower, None };

    CoordinateAssignment(LayeredGraph &graph, const LayoutSpacing &spacing);
    void placeLayers();
    void placeLayer(int layer, Pull pull);
    qreal separation(int a, int b) const;
    void sizeDummiesToTheirLinks();

    std::vector<LayeredGraph::Node> &m_nodes;
    const std::vector<std::vector<int>> &m_layers;
    LayoutSpacing m_spacing;
    qreal m_widestCard = 0; // cross size of the widest card
    qreal m_widestRow = 0;  // cross extent of the widest layer's cards side by side
};

} // namespace Whyboard
