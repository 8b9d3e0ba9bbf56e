// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>
#include <QtGlobal>

#include <utility>
#include <vector>

namespace Whyboard {

// The causal graph as the phases of LayeredLayout see it: cards and the dummy stops on long
// links, sorted into layers. Each phase fills in the fields it owns; the layout works in two
// axes, "along" from the problem to the root causes (down in a vertical layout) and "cross"
// along one layer.
struct LayeredGraph
{
    struct Node
    {
        qreal crossSize = 0;
        qreal alongSize = 0;
        int layer = 0;
        bool dummy = false;
        qreal key = 0;         // existing cross-axis centre, for a stable first order
        qreal alongKey = 0;    // existing main-axis place, which keeps a wrapped level's rows
        QString id;            // empty for dummies
        std::vector<int> up;   // neighbours one layer nearer the problem (effects)
        std::vector<int> down; // neighbours one layer further (causes)
        int order = 0;         // index inside its layer
        // A dummy lies on the link from chainCause to chainEffect, a fraction `along` of the way.
        int chainCause = -1;
        int chainEffect = -1;
        qreal along = 0;
        qreal centre = 0; // cross-axis centre
    };

    std::vector<Node> nodes;                // the cards first, in card order, then the dummies
    std::vector<std::vector<int>> layers;   // node indices, in order along each layer
    std::vector<std::pair<int, int>> links; // (cause, effect) between cards, cause further out
    // The why level of each layer. Layers of one level are the rows a long level wraps into
    // (LayerWrapping); empty while every layer is a level of its own.
    std::vector<int> levelOfLayer;
    // The first problem card keeps its place, so that a re-layout does not move the board.
    QString anchorId;
    QPointF anchor;
};

} // namespace Whyboard
