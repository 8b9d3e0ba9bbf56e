// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardtheme.h"

#include <QPalette>

namespace Whyboard {

// The whole window in the board's theme: menus, panels, dialogs and the board agree. Dark and
// Projector (a high-contrast light palette for washed-out projectors) use the Fusion style,
// whose drawing follows the palette everywhere; Light keeps (or gives back) the desktop's own
// style and palette, so a dark desktop keeps its dark window around the light board. Every text
// colour keeps at least 4.5:1 to the colour it is drawn on, 7:1 in Projector.
class ApplicationTheme
{
public:
    static void apply(BoardTheme::Kind kind);
    // The palette apply() sets for a kind (Light: the desktop's own).
    static QPalette palette(BoardTheme::Kind kind);
};

} // namespace Whyboard
