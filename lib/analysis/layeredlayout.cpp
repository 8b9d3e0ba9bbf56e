#include "analysis/layeredlayout.h"

#include "analysis/coordinateassignment.h"
#include "analysis/crossingreduction.h"
#include "analysis/freespotsearch.h"
#include "analysis/layerassignment.h"
#include "analysis/layerstarts.h"

#include <algorithm>

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

// The phases run in order, each on the graph the one before left: layers and dummy stops,
// the order inside each layer, cross-axis centres, then where each layer starts.
QHash<QString, QPointF> LayeredLayout::arrange(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                                               Qt::Orientation orientation, const LayoutSpacing &spacing)
{
    LayeredGraph graph = LayerAssignment::assign(session, cardSizes, orientation);
    CrossingReduction::reduce(graph);
    CoordinateAssignment::assign(graph, spacing);
    const std::vector<qreal> layerStart = LayerStarts::compute(graph, spacing);

    QHash<QString, QPointF> result;
    for (const LayeredGraph::Node &node : graph.nodes) {
        if (node.dummy)
            continue;
        const qreal along = layerStart[node.layer];
        const qreal cross = node.centre - node.crossSize / 2;
        result.insert(node.id, orientation == Qt::Vertical ? QPointF(cross, along) : QPointF(along, cross));
    }
    QPointF shift;
    if (result.contains(graph.anchorId)) {
        shift = graph.anchor - result.value(graph.anchorId);
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
