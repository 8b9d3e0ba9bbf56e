// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/crossingreduction.h"

#include <algorithm>

namespace Whyboard {

namespace {

using Node = LayeredGraph::Node;

// "w2" before "w10": ids made by numbering read in their numbers' order.
bool naturalLess(const QString &a, const QString &b)
{
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            int endA = i;
            int endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            // Compare the digit runs as numbers without converting: leading zeros aside,
            // the longer run is the larger number.
            const QStringView runA = QStringView(a).mid(i, endA - i);
            const QStringView runB = QStringView(b).mid(j, endB - j);
            int zerosA = 0;
            int zerosB = 0;
            while (zerosA + 1 < runA.size() && runA.at(zerosA) == QLatin1Char('0'))
                ++zerosA;
            while (zerosB + 1 < runB.size() && runB.at(zerosB) == QLatin1Char('0'))
                ++zerosB;
            const QStringView numberA = runA.mid(zerosA);
            const QStringView numberB = runB.mid(zerosB);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size();
            if (const int order = numberA.compare(numberB); order != 0)
                return order < 0;
            i = endA;
            j = endB;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b;
}

} // namespace

CrossingReduction::CrossingReduction(LayeredGraph &graph)
    : m_nodes(graph.nodes)
    , m_layers(graph.layers)
{
}

void CrossingReduction::reduce(LayeredGraph &graph)
{
    CrossingReduction(graph).orderLayers();
}

void CrossingReduction::orderLayers()
{
    // First order: existing positions, then ids; it breaks every later tie, so siblings
    // keep their left-to-right order from one layout to the next.
    for (std::vector<int> &layer : m_layers) {
        std::stable_sort(layer.begin(), layer.end(), [this](int a, int b) {
            const Node &na = m_nodes[a];
            const Node &nb = m_nodes[b];
            if (na.key != nb.key)
                return na.key < nb.key;
            return naturalLess(na.id, nb.id);
        });
        for (int i = 0; i < int(layer.size()); ++i)
            m_nodes[layer[i]].order = i;
    }
    // The existing order competes too, and wins ties: laying out a laid-out board again
    // changes nothing.
    std::vector<std::vector<int>> best = m_layers;
    qint64 bestCrossings = crossings();
    for (int sweep = 0; sweep < 13 && bestCrossings > 0; ++sweep) {
        if (sweep % 2 == 0) {
            for (int l = 1; l < int(m_layers.size()); ++l)
                sortLayer(l, true);
        } else {
            for (int l = int(m_layers.size()) - 2; l >= 0; --l)
                sortLayer(l, false);
        }
        const qint64 count = crossings();
        if (count < bestCrossings) {
            bestCrossings = count;
            best = m_layers;
        }
    }
    m_layers = best;
    for (const std::vector<int> &layer : m_layers) {
        for (int i = 0; i < int(layer.size()); ++i)
            m_nodes[layer[i]].order = i;
    }
}

// Barycentre ordering: each node goes to the mean position of its neighbours in the
// layer above (or below); a node without such neighbours keeps its place.
void CrossingReduction::sortLayer(int layer, bool byUpper)
{
    std::vector<int> &nodes = m_layers[layer];
    std::vector<std::pair<qreal, int>> keyed;
    keyed.reserve(nodes.size());
    for (const int v : nodes) {
        const std::vector<int> &neighbours = byUpper ? m_nodes[v].up : m_nodes[v].down;
        qreal barycentre = m_nodes[v].order;
        if (!neighbours.empty()) {
            qreal sum = 0;
            for (const int u : neighbours)
                sum += m_nodes[u].order;
            barycentre = sum / qreal(neighbours.size());
        }
        keyed.emplace_back(barycentre, v);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [this](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return m_nodes[a.second].order < m_nodes[b.second].order;
    });
    for (int i = 0; i < int(keyed.size()); ++i) {
        nodes[i] = keyed[i].second;
        m_nodes[nodes[i]].order = i;
    }
}

qint64 CrossingReduction::crossings() const
{
    qint64 total = 0;
    for (int l = 0; l + 1 < int(m_layers.size()); ++l)
        total += crossingsBetween(l);
    return total;
}

// Counts crossings between two layers in O(E log V): sort the edges by their upper end,
// then count inversions of their lower ends with a Fenwick tree.
qint64 CrossingReduction::crossingsBetween(int layer) const
{
    std::vector<std::pair<int, int>> edges;
    for (const int u : m_layers[layer]) {
        for (const int v : m_nodes[u].down)
            edges.emplace_back(m_nodes[u].order, m_nodes[v].order);
    }
    std::sort(edges.begin(), edges.end());
    const int size = int(m_layers[layer + 1].size());
    std::vector<int> tree(size + 1, 0);
    qint64 count = 0;
    qint64 inserted = 0;
    for (const auto &edge : edges) {
        // Edges already inserted whose lower end lies strictly right of this one cross it.
        qint64 atOrLeft = 0;
        for (int i = edge.second + 1; i > 0; i -= i & -i)
            atOrLeft += tree[i];
        count += inserted - atOrLeft;
        for (int i = edge.second + 1; i <= size; i += i & -i)
            ++tree[i];
        ++inserted;
    }
    return count;
}

} // namespace Whyboard
