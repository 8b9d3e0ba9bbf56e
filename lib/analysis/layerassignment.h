// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/layeredgraph.h"
#include "data/session.h"

#include <QHash>
#include <QSizeF>

namespace Whyboard {

// The first phase of LayeredLayout: every card gets a layer one past the furthest effect it
// explains, and each link spanning several layers gets a dummy stop in every layer it
// crosses, so that later phases keep cards off its path.
class LayerAssignment
{
public:
    static LayeredGraph assign(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                               Qt::Orientation orientation);
    // For a graph whose cards have their layers (and graph.layers its size): a dummy stop in
    // every layer each link of effects (by cause) crosses, the layers' node lists and the
    // graph's links. The dummies' keys lie on the line between their link's ends.
    static void addDummies(LayeredGraph &graph, const std::vector<std::vector<int>> &effects);

private:
    explicit LayerAssignment(LayeredGraph &graph);
    void assignLayers(const std::vector<std::vector<int>> &effects);

    LayeredGraph &m_graph;
    std::vector<LayeredGraph::Node> &m_nodes; // m_graph's, for brevity
};

} // namespace Whyboard
