// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardtheme.h"

#include <QPalette>

namespace Whyboard {

// The whole window in the board's theme: menus, panels, dialogs and the board agree. Dark and
// Projector (a high-contrast light palette for washed-out projectors) use the Fusion style,
// whose drawing follows the palette everywhere; Light gives back the desktop's own style and
// palette, unless the desktop's palette is dark, when Fusion's light one stands in. Every text
// colour keeps at least 4.5:1 to the colour it is drawn on, 7:1 in Projector.
class ApplicationTheme
{
public:
    static void apply(BoardTheme::Kind kind);
    // The palette apply() sets for a kind (Light: the stand-in for a dark desktop).
    static QPalette palette(BoardTheme::Kind kind);
};

} // namespace Whyboard
