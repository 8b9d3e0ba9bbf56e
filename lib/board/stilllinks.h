// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

class QPainter;

namespace Whyboard {

class BoardScene;

// Links that no selected card can move are drawn into the board view's cached background;
// the others, which a drag or a nudge would move, are painted as items over it. A drag then
// repaints only the links it moves, not every link under them.
class StillLinks
{
public:
    // Moves each link to the side it belongs on now; the area whose background must be
    // painted again, where a link changed sides.
    static QRectF settle(const BoardScene &scene);
    // The still links that meet rect.
    static void paint(QPainter *painter, const QRectF &rect, const BoardScene &scene);
};

} // namespace Whyboard
