// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardtheme.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace Whyboard {

class BoardScene;

// A layout of the whole chain made for one screen: which orientation and card width give the
// largest card text once the chain is fitted to the screen. A 16:9 screen is wide and a chain
// five whys deep is tall, so the best answer is rarely the board's own arrangement.
struct ScreenFit
{
    Qt::Orientation orientation = Qt::Vertical;
    qreal cardWidth = 0;
    QHash<QString, QPointF> positions; // top-left corners, as LayeredLayout gives them
    QRectF bounds;                     // the cards and a margin, as the view fits them
    qreal zoom = 0;                    // scale at fit on the screen
    qreal xHeight = 0;                 // the card text's x-height on the screen, in pixels

    bool isValid() const { return cardWidth > 0; }

    // The margin the view keeps around the board when it fits it, in pixels and scene units.
    static constexpr qreal viewMargin = 24;
    static constexpr qreal contentMargin = 34;

    // The layout of the scene's cards for one orientation and card width in this theme.
    static ScreenFit arrange(const BoardScene &scene, BoardTheme theme, const QSizeF &screen,
                             Qt::Orientation orientation, qreal cardWidth);
    // The best layout for the screen. A chain that keeps its shape keeps its orientation
    // unless the other one reads clearly better, so the room's picture does not flip.
    static ScreenFit choose(const BoardScene &scene, const BoardTheme &theme, const QSizeF &screen,
                            const ScreenFit *current = nullptr);
    // The fit of a rectangle of the board on the screen, as BoardView::fitToView computes it.
    static qreal fitZoom(const QSizeF &content, const QSizeF &screen);
};

} // namespace Whyboard
