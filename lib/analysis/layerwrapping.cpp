// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/layerwrapping.h"

#include "analysis/layerassignment.h"

#include <algorithm>
#include <cmath>

namespace Whyboard {

using Node = LayeredGraph::Node;

namespace {

// The room the later phases give links, beyond the rows and their gaps (LayerStarts).
constexpr qreal linkRoom = 1.25;

} // namespace

LayerWrapping::LayerWrapping(const LayeredGraph &levels, const LayoutSpacing &spacing, Qt::Orientation orientation)
    : m_spacing(spacing)
    , m_wantedShape(spacing.aspect <= 0 ? 0 : orientation == Qt::Vertical ? spacing.aspect : 1 / spacing.aspect)
{
    qreal widestCard = 0;
    m_levels.resize(levels.layers.size());
    for (std::size_t l = 0; l < levels.layers.size(); ++l) {
        Level &level = m_levels[l];
        for (const int v : levels.layers[l]) {
            const Node &node = levels.nodes[v];
            if (node.dummy) {
                ++level.passing;
                continue;
            }
            level.length += node.crossSize + (level.cards > 0 ? spacing.siblingGap : 0);
            level.thickness = std::max(level.thickness, node.alongSize);
            level.linkEnds += int(node.up.size() + node.down.size());
            ++level.cards;
            widestCard = std::max(widestCard, node.crossSize);
        }
    }
    m_shortestRow = minimumCardsPerRow * (widestCard + spacing.siblingGap);
}

// How many rows each level needs so that no row is longer than rowLength.
std::vector<int> LayerWrapping::rowsFor(qreal rowLength) const
{
    std::vector<int> rows;
    rows.reserve(m_levels.size());
    for (const Level &level : m_levels) {
        const int needed = int(std::ceil(level.length / rowLength - 1e-9));
        rows.push_back(std::clamp(needed, 1, std::max(1, level.cards)));
    }
    return rows;
}

// Roughly: each row holds its share of the level's cards and the dummy stops of the links
// that cross it (those passing the level, and those of the level's own cards that run past
// the level's other rows).
LayerWrapping::Extent LayerWrapping::estimate(const std::vector<int> &rows) const
{
    Extent extent;
    for (std::size_t l = 0; l < m_levels.size(); ++l) {
        const Level &level = m_levels[l];
        const int count = rows[l];
        const qreal dummies = level.passing + (count - 1) * level.linkEnds / (2.0 * count);
        extent.across = std::max(extent.across, level.length / count + dummies * m_spacing.siblingGap / 2);
        extent.along += count * level.thickness + (count - 1) * m_spacing.rowGap() + (l > 0 ? m_spacing.layerGap : 0);
    }
    extent.along *= linkRoom;
    return extent;
}

// A longer row limit never makes the drawing narrower, so the candidates are the limits where
// some level gains or loses a row; the one whose shape misses the wanted one least wins, and
// the levels stay whole while that shape is met without wrapping.
std::vector<int> LayerWrapping::chooseRows(const Extent &correction) const
{
    const std::vector<int> single(m_levels.size(), 1);
    const auto miss = [&](const std::vector<int> &rows) {
        const Extent extent = estimate(rows);
        const qreal across = extent.across * correction.across;
        const qreal along = extent.along * correction.along;
        return std::abs(std::log(across / (m_wantedShape * along)));
    };
    const Extent plain = estimate(single);
    if (m_wantedShape <= 0 || plain.along <= 0
        || plain.across * correction.across <= m_wantedShape * plain.along * correction.along)
        return single;
    std::vector<qreal> limits{m_shortestRow};
    for (const Level &level : m_levels) {
        for (int count = 2; count <= level.cards && level.length / count >= m_shortestRow; ++count)
            limits.push_back(level.length / count);
    }
    std::vector<int> best = single;
    qreal bestMiss = miss(single);
    for (const qreal limit : limits) {
        const std::vector<int> rows = rowsFor(std::max(limit, m_shortestRow));
        const qreal rowsMiss = miss(rows);
        if (rowsMiss < bestMiss - 1e-9) {
            bestMiss = rowsMiss;
            best = rows;
        }
    }
    return best;
}

// The rows a level's cards already stand in, top to bottom (left to right), when they stand
// in exactly count rows; else empty.
std::vector<int> LayerWrapping::standingRows(const LayeredGraph &graph, const std::vector<int> &cards, int count)
{
    std::vector<qreal> starts;
    for (const int v : cards)
        starts.push_back(std::round(graph.nodes[v].alongKey));
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    if (int(starts.size()) != count)
        return {};
    std::vector<int> rows;
    for (const int v : cards)
        rows.push_back(int(std::lower_bound(starts.begin(), starts.end(), std::round(graph.nodes[v].alongKey)) - starts.begin()));
    return rows;
}

// Gives the graph the levels' rows as its layers. A board laid out before in the same rows
// keeps them and their order, so that laying it out again changes little. Otherwise each
// level's cards are dealt to its rows in turn, and a card's key becomes its place along the
// wrapped level, for the rows' first order.
void LayerWrapping::wrap(LayeredGraph &graph, const std::vector<int> &rows, const LayoutSpacing &spacing)
{
    std::vector<Node> &nodes = graph.nodes;
    const int cardCount = int(std::find_if(nodes.begin(), nodes.end(), [](const Node &node) { return node.dummy; })
                              - nodes.begin());
    std::vector<int> firstRow(rows.size(), 0);
    for (std::size_t l = 1; l < rows.size(); ++l)
        firstRow[l] = firstRow[l - 1] + rows[l - 1];
    graph.levelOfLayer.clear();
    for (std::size_t l = 0; l < rows.size(); ++l)
        graph.levelOfLayer.insert(graph.levelOfLayer.end(), rows[l], int(l));

    std::vector<std::vector<int>> levelCards(rows.size());
    std::vector<std::vector<int>> standing(rows.size());
    bool keep = true;
    for (std::size_t l = 0; l < rows.size(); ++l) {
        for (const int v : graph.layers[l]) {
            if (!nodes[v].dummy)
                levelCards[l].push_back(v);
        }
        if (rows[l] > 1) {
            standing[l] = standingRows(graph, levelCards[l], rows[l]);
            keep = keep && !standing[l].empty();
        }
    }
    for (std::size_t l = 0; l < rows.size(); ++l) {
        const int count = rows[l];
        const std::vector<int> &cards = levelCards[l];
        if (keep) {
            for (std::size_t i = 0; i < cards.size(); ++i)
                nodes[cards[i]].layer = firstRow[l] + (count > 1 ? standing[l][i] : 0);
            continue;
        }
        qreal cursor = 0;
        for (std::size_t i = 0; i < cards.size(); ++i) {
            Node &node = nodes[cards[i]];
            node.key = (cursor + node.crossSize / 2) / count;
            cursor += node.crossSize + spacing.siblingGap;
            node.layer = firstRow[l] + int(i) % count;
        }
        for (const int v : cards)
            nodes[v].key -= (cursor - spacing.siblingGap) / (2 * count);
    }

    std::vector<std::vector<int>> effects(cardCount);
    for (const auto &[cause, effect] : graph.links)
        effects[cause].push_back(effect);
    nodes.resize(cardCount);
    for (Node &node : nodes) {
        node.up.clear();
        node.down.clear();
        node.order = 0;
    }
    graph.links.clear();
    graph.layers.assign(firstRow.back() + rows.back(), {});
    LayerAssignment::addDummies(graph, effects);
}

} // namespace Whyboard
