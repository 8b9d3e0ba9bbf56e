// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/layeredgraph.h"

namespace Whyboard {

// The second phase of LayeredLayout: orders the nodes of every layer so that links cross
// as little as possible, by barycentre sweeps down and up the layers. The order the board
// already has competes and wins ties, so laying out a laid-out board changes nothing.
class CrossingReduction
{
public:
    static void reduce(LayeredGraph &graph);

private:
    explicit CrossingReduction(LayeredGraph &graph);
    void orderLayers();
    void sortLayer(int layer, bool byUpper);
    qint64 crossings() const;
    qint64 crossingsBetween(int layer) const;

    std::vector<LayeredGraph::Node> &m_nodes;
    std::vector<std::vector<int>> &m_layers;
};

} // namespace Whyboard
