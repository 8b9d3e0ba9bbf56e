// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/layerassignment.h"

#include "analysis/layeredlayout.h"

#include <algorithm>

namespace Whyboard {

using Node = LayeredGraph::Node;

LayerAssignment::LayerAssignment(LayeredGraph &graph)
    : m_graph(graph)
    , m_nodes(graph.nodes)
{
}

LayeredGraph LayerAssignment::assign(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                                     Qt::Orientation orientation)
{
    LayeredGraph graph;
    LayerAssignment phase(graph);
    QHash<QString, int> index;
    for (const Card &card : session.cards) {
        if (index.contains(card.id))
            continue;
        index.insert(card.id, int(graph.nodes.size()));
        const QSizeF size = cardSizes.value(card.id, LayeredLayout::defaultCardSize());
        Node node;
        node.id = card.id;
        node.crossSize = orientation == Qt::Vertical ? size.width() : size.height();
        node.alongSize = orientation == Qt::Vertical ? size.height() : size.width();
        node.key = orientation == Qt::Vertical ? card.position.x() + size.width() / 2
                                               : card.position.y() + size.height() / 2;
        node.alongKey = orientation == Qt::Vertical ? card.position.y() : card.position.x();
        graph.nodes.push_back(node);
        if (card.kind == CardKind::Problem && graph.anchorId.isEmpty()) {
            graph.anchorId = card.id;
            graph.anchor = card.position;
        }
    }
    std::vector<std::vector<int>> effects(graph.nodes.size());
    for (const CausalLink &link : session.links) {
        const int cause = index.value(link.causeId, -1);
        const int effect = index.value(link.effectId, -1);
        if (cause < 0 || effect < 0 || cause == effect)
            continue;
        if (std::find(effects[cause].begin(), effects[cause].end(), effect) == effects[cause].end())
            effects[cause].push_back(effect);
    }
    phase.assignLayers(effects);
    addDummies(graph, effects);
    return graph;
}

// Longest path from the sinks (the problem, and any card that explains nothing yet), so
// every cause lies past all of its effects. Cards caught in a cycle, which the document
// refuses but a layout must survive, are released one at a time in card order.
void LayerAssignment::assignLayers(const std::vector<std::vector<int>> &effects)
{
    const int n = int(m_nodes.size());
    std::vector<std::vector<int>> causes(n);
    std::vector<int> waiting(n, 0);
    for (int c = 0; c < n; ++c) {
        waiting[c] = int(effects[c].size());
        for (const int e : effects[c])
            causes[e].push_back(c);
    }
    std::vector<bool> done(n, false);
    std::vector<int> queue;
    for (int v = 0; v < n; ++v) {
        if (waiting[v] == 0)
            queue.push_back(v);
    }
    int processed = 0;
    int nextForced = 0;
    while (processed < n) {
        if (queue.empty()) {
            while (done[nextForced])
                ++nextForced;
            queue.push_back(nextForced);
        }
        const int v = queue.back();
        queue.pop_back();
        if (done[v])
            continue;
        done[v] = true;
        ++processed;
        for (const int c : causes[v]) {
            if (done[c])
                continue;
            m_nodes[c].layer = std::max(m_nodes[c].layer, m_nodes[v].layer + 1);
            if (--waiting[c] == 0)
                queue.push_back(c);
        }
    }
    int layers = 0;
    for (const Node &node : m_nodes)
        layers = std::max(layers, node.layer + 1);
    m_graph.layers.assign(layers, {});
}

// Links spanning several layers get one dummy node per layer crossed.
void LayerAssignment::addDummies(LayeredGraph &graph, const std::vector<std::vector<int>> &effects)
{
    std::vector<Node> &nodes = graph.nodes;
    const int realCount = int(effects.size());
    for (int cause = 0; cause < realCount; ++cause) {
        for (const int effect : effects[cause]) {
            if (nodes[cause].layer <= nodes[effect].layer)
                continue; // a link inside a cycle: nothing sensible to draw for it here
            graph.links.emplace_back(cause, effect);
            int lower = cause;
            for (int layer = nodes[cause].layer - 1; layer > nodes[effect].layer; --layer) {
                Node dummy;
                dummy.dummy = true;
                dummy.layer = layer;
                dummy.chainCause = cause;
                dummy.chainEffect = effect;
                dummy.along = qreal(layer - nodes[effect].layer) / (nodes[cause].layer - nodes[effect].layer);
                // Where the link crosses this layer on the board as it is.
                dummy.key = nodes[effect].key + dummy.along * (nodes[cause].key - nodes[effect].key);
                dummy.down.push_back(lower);
                nodes.push_back(dummy);
                const int d = int(nodes.size()) - 1;
                nodes[lower].up.push_back(d);
                lower = d;
            }
            nodes[lower].up.push_back(effect);
            nodes[effect].down.push_back(lower);
        }
    }
    for (int v = 0; v < int(nodes.size()); ++v)
        graph.layers[nodes[v].layer].push_back(v);
}

} // namespace Whyboard
