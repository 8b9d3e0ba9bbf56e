// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/layerstarts.h"

#include <algorithm>

namespace Whyboard {

using Node = LayeredGraph::Node;

LayerStarts::LayerStarts(const LayeredGraph &graph, const LayoutSpacing &spacing)
    : m_nodes(graph.nodes)
    , m_layers(graph.layers)
    , m_links(graph.links)
    , m_levelOfLayer(graph.levelOfLayer)
    , m_spacing(spacing)
{
}

std::vector<qreal> LayerStarts::compute(const LayeredGraph &graph, const LayoutSpacing &spacing)
{
    return LayerStarts(graph, spacing).starts();
}

// Where each layer starts along the main axis. Beyond the plain gap, a slanted link needs
// room: drawn straight between the two card centres, it must be out of the effect's layer
// before it reaches the next card there, and out of the cause's layer (whose cards share a
// top edge) before it reaches the cause's neighbour. Then it runs over no card, within the
// budget below.
std::vector<qreal> LayerStarts::starts() const
{
    const int layers = int(m_layers.size());
    std::vector<std::vector<std::pair<int, int>>> linksInto(layers); // by the cause's layer
    for (const auto &link : m_links)
        linksInto[m_nodes[link.first].layer].push_back(link);
    std::vector<qreal> thickness(layers, 0);
    for (int l = 0; l < layers; ++l) {
        for (const int v : m_layers[l])
            thickness[l] = std::max(thickness[l], m_nodes[v].alongSize);
    }

    // Cross-axis distance from a node's centre to the near edge of a neighbour, less a
    // margin so that an arrow never grazes a corner.
    const qreal margin = m_spacing.siblingGap / 4;
    const auto clearance = [margin](const Node &node, const Node &neighbour, int direction) {
        const qreal room = direction > 0 ? (neighbour.centre - neighbour.crossSize / 2) - node.centre
                                         : node.centre - (neighbour.centre + neighbour.crossSize / 2);
        return std::max(room - margin, qreal(1));
    };
    std::vector<qreal> start(layers, 0);
    std::vector<qreal> extra(layers, 0);
    constexpr qreal maxExtraPerLayer = 4;
    qreal wanted = 0;
    qreal plainHeight = 0;
    qreal maxPitch = 0;
    // Rows a level wraps into sit closer than levels.
    const auto gapBefore = [this](int l) {
        return !m_levelOfLayer.empty() && m_levelOfLayer[l] == m_levelOfLayer[l - 1] ? m_spacing.rowGap()
                                                                                      : m_spacing.layerGap;
    };
    for (int l = 1; l < layers; ++l)
        maxPitch = std::max(maxPitch, thickness[l - 1] + gapBefore(l));
    for (int l = 1; l < layers; ++l) {
        const qreal pitch = thickness[l - 1] + gapBefore(l);
        const qreal plain = start[l - 1] + pitch;
        start[l] = plain;
        for (const auto &[causeIndex, effectIndex] : linksInto[l]) {
            const Node &cause = m_nodes[causeIndex];
            const Node &effect = m_nodes[effectIndex];
            const qreal drift = qAbs(cause.centre - effect.centre);
            if (drift <= 0)
                continue;
            const int towardsCause = cause.centre > effect.centre ? 1 : -1;
            qreal needed = 0; // distance between the centres along the main axis
            const std::vector<int> &effectRow = m_layers[effect.layer];
            for (int i = effect.order + towardsCause; i >= 0 && i < int(effectRow.size()); i += towardsCause) {
                const Node &neighbour = m_nodes[effectRow[i]];
                const qreal room = clearance(effect, neighbour, towardsCause);
                if (room >= drift || drift * (thickness[effect.layer] - effect.alongSize / 2) / room <= needed)
                    break;
                if (!neighbour.dummy)
                    needed = std::max(needed, drift * (neighbour.alongSize - effect.alongSize / 2) / room);
            }
            const std::vector<int> &causeRow = m_layers[l];
            for (int i = cause.order - towardsCause; i >= 0 && i < int(causeRow.size()); i -= towardsCause) {
                const Node &neighbour = m_nodes[causeRow[i]];
                if (neighbour.dummy)
                    continue;
                const qreal room = clearance(cause, neighbour, -towardsCause);
                if (room < drift)
                    needed = std::max(needed, drift * (cause.alongSize / 2) / room);
                break;
            }
            start[l] = std::max(start[l], start[effect.layer] + effect.alongSize / 2 + needed - cause.alongSize / 2);
        }
        extra[l] = std::min(start[l] - plain, maxExtraPerLayer * pitch);
        start[l] = plain + extra[l];
        wanted += extra[l];
        plainHeight += pitch;
    }
    // The room a link asks for grows with its drift, so on a wide, dense board it would dwarf
    // the rows. Every layer gets at most four times its plain pitch, and all of them together
    // at most half the plain height (or four pitches, enough for a problem with ten causes):
    // past that each layer gets its share of the budget, and some shallow links graze a card.
    const qreal budget = std::max(maxExtraPerLayer * maxPitch, plainHeight / 2);
    if (wanted > budget) {
        const qreal scale = budget / wanted;
        for (int l = 1; l < layers; ++l)
            start[l] = start[l - 1] + thickness[l - 1] + gapBefore(l) + extra[l] * scale;
    }
    return start;
}

} // namespace Whyboard
