// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/layeredgraph.h"
#include "analysis/layeredlayout.h"

namespace Whyboard {

// The last phase of LayeredLayout: where each layer starts along the main axis, leaving
// slanted links room to pass between the cards instead of over them.
class LayerStarts
{
public:
    static std::vector<qreal> compute(const LayeredGraph &graph, const LayoutSpacing &spacing);

private:
    LayerStarts(const LayeredGraph &graph, const LayoutSpacing &spacing);
    std::vector<qreal> starts() const;

    const std::vector<LayeredGraph::Node> &m_nodes;
    const std::vector<std::vector<int>> &m_layers;
    const std::vector<std::pair<int, int>> &m_links;
    const std::vector<int> &m_levelOfLayer;
    LayoutSpacing m_spacing;
};

} // namespace Whyboard
