// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/coordinateassignment.h"

#include <algorithm>

namespace Whyboard {

using Node = LayeredGraph::Node;

CoordinateAssignment::CoordinateAssignment(LayeredGraph &graph, const LayoutSpacing &spacing)
    : m_nodes(graph.nodes)
    , m_layers(graph.layers)
    , m_spacing(spacing)
{
}

void CoordinateAssignment::assign(LayeredGraph &graph, const LayoutSpacing &spacing)
{
    CoordinateAssignment(graph, spacing).placeLayers();
}

qreal CoordinateAssignment::separation(int a, int b) const
{
    const bool anyDummy = m_nodes[a].dummy || m_nodes[b].dummy;
    return (m_nodes[a].crossSize + m_nodes[b].crossSize) / 2
           + (anyDummy ? m_spacing.siblingGap / 2 : m_spacing.siblingGap);
}

void CoordinateAssignment::placeLayers()
{
    for (const std::vector<int> &layer : m_layers) {
        qreal row = 0;
        int cards = 0;
        for (const int v : layer) {
            if (m_nodes[v].dummy)
                continue;
            row += m_nodes[v].crossSize;
            ++cards;
            m_widestCard = std::max(m_widestCard, m_nodes[v].crossSize);
        }
        m_widestRow = std::max(m_widestRow, row + std::max(0, cards - 1) * m_spacing.siblingGap);
    }
    for (const std::vector<int> &layer : m_layers) {
        qreal cursor = 0;
        for (int i = 0; i < int(layer.size()); ++i) {
            if (i > 0)
                cursor += separation(layer[i - 1], layer[i]);
            m_nodes[layer[i]].centre = cursor;
        }
        for (const int v : layer)
            m_nodes[v].centre -= cursor / 2;
    }
    // Alternate: parents over their causes, then causes under (between) their effects.
    const int layers = int(m_layers.size());
    for (int pass = 0; pass < 5; ++pass) {
        if (pass > 0)
            sizeDummiesToTheirLinks();
        for (int l = layers - 2; l >= 0; --l)
            placeLayer(l, Pull::Lower);
        for (int l = 1; l < layers; ++l)
            placeLayer(l, Pull::Upper);
    }
    // The last pass moved link ends after their dummies were placed: put the dummies back on
    // their lines, moving cards aside only as far as needed.
    for (int round = 0; round < 3; ++round) {
        sizeDummiesToTheirLinks();
        for (int l = 1; l + 1 < layers; ++l)
            placeLayer(l, Pull::None);
    }
}

// A straight link drifts sideways while it crosses a layer: its dummy claims that width
// so that the cards of the layer leave it room. The claims are bounded: a wider row makes
// links drift more, which widens their dummies, which widens the row again, and on dense
// boards that loop grew the board a hundredfold per pass. So no dummy claims more than the
// widest card, and the dummies of a layer together no more than a tenth of the widest row
// of cards (or one card, on small boards); on such boards some long links graze a card.
void CoordinateAssignment::sizeDummiesToTheirLinks()
{
    for (const std::vector<int> &layer : m_layers) {
        qreal claimed = 0;
        for (const int v : layer) {
            Node &node = m_nodes[v];
            if (!node.dummy)
                continue;
            const Node &cause = m_nodes[node.chainCause];
            const Node &effect = m_nodes[node.chainEffect];
            node.crossSize = std::min(qAbs(cause.centre - effect.centre) / qreal(cause.layer - effect.layer), m_widestCard);
            claimed += node.crossSize;
        }
        const qreal budget = std::max(m_widestCard, m_widestRow / 10);
        if (claimed <= budget)
            continue;
        const qreal scale = budget / claimed;
        for (const int v : layer) {
            if (m_nodes[v].dummy)
                m_nodes[v].crossSize *= scale;
        }
    }
}

// Puts each node of the layer as near as possible (least squares) to the mean centre of its
// neighbours, keeping the order and the minimum separations: isotonic regression by pool
// adjacent violators on the centres shifted by the separations, O(layer size).
void CoordinateAssignment::placeLayer(int layer, Pull pull)
{
    const std::vector<int> &nodes = m_layers[layer];
    const int count = int(nodes.size());
    if (count == 0)
        return;
    std::vector<qreal> offset(count, 0);
    for (int i = 1; i < count; ++i)
        offset[i] = offset[i - 1] + separation(nodes[i - 1], nodes[i]);

    struct Block
    {
        qreal sum;
        qreal weight;
        int size;
    };
    std::vector<Block> blocks;
    blocks.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Node &node = m_nodes[nodes[i]];
        static const std::vector<int> none;
        const std::vector<int> &neighbours = pull == Pull::Upper ? node.up : pull == Pull::Lower ? node.down : none;
        qreal desired = node.centre;
        if (node.dummy) {
            // The board draws a link straight from cause to effect: keep its dummies on that
            // line so that the row makes room where the arrow really passes.
            const qreal from = m_nodes[node.chainEffect].centre;
            desired = from + node.along * (m_nodes[node.chainCause].centre - from);
        } else if (!neighbours.empty()) {
            qreal sum = 0;
            for (const int u : neighbours)
                sum += m_nodes[u].centre;
            desired = sum / qreal(neighbours.size());
        }
        // A long link is drawn straight, so its dummies must stay on it: they weigh more
        // than cards, which move aside instead.
        const qreal weight = node.dummy ? (pull == Pull::None ? 1000.0 : 20.0) : 1.0;
        blocks.push_back({(desired - offset[i]) * weight, weight, 1});
        while (blocks.size() > 1) {
            const Block &last = blocks.back();
            const Block &previous = blocks[blocks.size() - 2];
            if (previous.sum / previous.weight <= last.sum / last.weight)
                break;
            const Block merged{previous.sum + last.sum, previous.weight + last.weight, previous.size + last.size};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    int i = 0;
    for (const Block &block : blocks) {
        const qreal value = block.sum / block.weight;
        for (int k = 0; k < block.size; ++k, ++i)
            m_nodes[nodes[i]].centre = value + offset[i];
    }
}

} // namespace Whyboard
