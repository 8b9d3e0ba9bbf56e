// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/layeredlayout.h"

#include "analysis/coordinateassignment.h"
#include "analysis/crossingreduction.h"
#include "analysis/freespotsearch.h"
#include "analysis/layerassignment.h"
#include "analysis/layerstarts.h"
#include "analysis/layerwrapping.h"

#include <QRectF>

#include <algorithm>
#include <cmath>

namespace Whyboard {

QSizeF LayeredLayout::estimatedCardSize(const Card &card)
{
    // The board's default theme: 400 wide, 18 padding, a header line, 25 px text of which
    // about 26 characters fit a line.
    constexpr int charactersPerLine = 26;
    constexpr qreal lineHeight = 32;
    constexpr qreal chrome = 2 * 18 + 26 + 10;
    int lines = 0;
    for (const QString &paragraph : card.text.split(QLatin1Char('\n')))
        lines += std::max(1, int((paragraph.size() + charactersPerLine - 1) / charactersPerLine));
    return QSizeF(400, chrome + lineHeight * lines);
}

namespace {

// The cards' top-left corners (before the anchor is put back) and the drawing's extent.
struct Placement
{
    QHash<QString, QPointF> positions;
    LayerWrapping::Extent extent;
};

bool wraps(const std::vector<int> &rows)
{
    return std::any_of(rows.begin(), rows.end(), [](int count) { return count > 1; });
}

// The phases after the levels are ordered: the levels wrapped into rows (ordered again as
// layers of their own), cross-axis centres, then where each layer starts. Without wrapping the
// graph keeps its levels and can be wrapped afterwards.
Placement place(LayeredGraph &graph, const std::vector<int> &rows, Qt::Orientation orientation,
                const LayoutSpacing &spacing)
{
    if (wraps(rows)) {
        LayerWrapping::wrap(graph, rows, spacing);
        CrossingReduction::reduce(graph);
    }
    CoordinateAssignment::assign(graph, spacing);
    const std::vector<qreal> layerStart = LayerStarts::compute(graph, spacing);

    Placement placement;
    QRectF box; // across x along
    for (const LayeredGraph::Node &node : graph.nodes) {
        if (node.dummy)
            continue;
        const qreal along = layerStart[node.layer];
        const qreal cross = node.centre - node.crossSize / 2;
        placement.positions.insert(node.id, orientation == Qt::Vertical ? QPointF(cross, along) : QPointF(along, cross));
        box |= QRectF(cross, along, node.crossSize, node.alongSize);
    }
    placement.extent = {box.width(), box.height()};
    return placement;
}

// How far a drawing misses the wanted shape (width over height): first how far it lies outside
// what a screen and a page show well (from a third of that width to 1.4 times it: 1:2 to 2.2:1
// for the usual 1.6), then how far it is from the wanted shape itself.
std::pair<qreal, qreal> shapeMiss(const LayerWrapping::Extent &extent, Qt::Orientation orientation, qreal wanted)
{
    if (extent.along <= 0 || extent.across <= 0)
        return {0, 0};
    const qreal shape = orientation == Qt::Vertical ? extent.across / extent.along : extent.along / extent.across;
    const qreal outside = std::max({qreal(0), std::log(shape / (wanted * 1.375)), std::log(wanted / 3.2 / shape)});
    return {outside, std::abs(std::log(shape / wanted))};
}

} // namespace

// Levels and dummy stops, the order inside each level, then the placement. Which levels wrap
// is chosen from an estimate of the drawing's shape; when the drawing lies outside the range
// around the wanted shape or misses it by more than a quarter, its measured extent corrects the
// estimate once and the better of the two placements is kept.
QHash<QString, QPointF> LayeredLayout::arrange(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                                               Qt::Orientation orientation, const LayoutSpacing &spacing)
{
    LayeredGraph levels = LayerAssignment::assign(session, cardSizes, orientation);
    CrossingReduction::reduce(levels);
    const LayerWrapping wrapping(levels, spacing, orientation);
    const std::vector<int> rows = wrapping.chooseRows();
    Placement placement;
    if (wraps(rows)) {
        LayeredGraph copy = levels; // kept whole for a second choice
        placement = place(copy, rows, orientation, spacing);
    } else {
        placement = place(levels, rows, orientation, spacing);
    }
    const qreal wanted = spacing.aspect;
    const auto miss = [&](const Placement &each) { return shapeMiss(each.extent, orientation, wanted); };
    if (wanted > 0 && (miss(placement).first > 0 || miss(placement).second > std::log(1.25))) {
        const LayerWrapping::Extent estimated = wrapping.estimate(rows);
        const std::vector<int> corrected = wrapping.chooseRows(
            {placement.extent.across / estimated.across, placement.extent.along / estimated.along});
        if (corrected != rows) {
            Placement second = place(levels, corrected, orientation, spacing);
            if (miss(second) < miss(placement))
                placement = std::move(second);
        }
    }

    QHash<QString, QPointF> &result = placement.positions;
    QPointF shift;
    if (result.contains(levels.anchorId)) {
        shift = levels.anchor - result.value(levels.anchorId);
    } else if (!result.isEmpty()) {
        qreal minX = result.cbegin().value().x();
        qreal minY = result.cbegin().value().y();
        for (const QPointF &point : std::as_const(result)) {
            minX = std::min(minX, point.x());
            minY = std::min(minY, point.y());
        }
        shift = -QPointF(minX, minY);
    }
    for (QPointF &point : result)
        point += shift;
    return result;
}

QPointF LayeredLayout::freeSpotNear(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                                    const QString &parentCardId, const QSizeF &newCardSize,
                                    Qt::Orientation orientation, const LayoutSpacing &spacing)
{
    return FreeSpotSearch::find(session, cardSizes, parentCardId, newCardSize, orientation, spacing);
}

} // namespace Whyboard
