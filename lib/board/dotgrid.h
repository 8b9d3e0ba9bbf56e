// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace Whyboard {

// The board's quiet dot grid behind the cards.
class DotGrid
{
public:
    // Dots every step scene units over rect; none when zoomed so far out that they would
    // turn into noise.
    static void paint(QPainter *painter, const QRectF &rect, qreal step, const QColor &colour);
};

} // namespace Whyboard
