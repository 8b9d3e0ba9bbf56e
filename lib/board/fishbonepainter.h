// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/fishbonelayout.h"
#include "board/boardtheme.h"

#include <QCoreApplication>

class QPainter;

namespace Whyboard {

// Paints the fishbone: the window's scene and the PNG, SVG and PDF exports draw with the same
// calls, so each export is the picture on the screen.
class FishbonePainter
{
    Q_DECLARE_TR_FUNCTIONS(FishbonePainter)

public:
    // The layout's sizes for a theme: the board's fonts and card width.
    static FishboneLayout::Style style(const BoardTheme &theme);

    // Spine, head, bones with their names, connectors and ribs: everything but the why cards.
    static void paintSkeleton(QPainter *painter, const FishboneLayout &layout, const BoardTheme &theme,
                              const Session &session);
    static void paintCard(QPainter *painter, const FishboneLayout::Card &card, const BoardTheme &theme,
                          const Session &session, bool selected);
    // The whole drawing, for the exports.
    static void paintAll(QPainter *painter, const FishboneLayout &layout, const BoardTheme &theme,
                         const Session &session);
};

} // namespace Whyboard
