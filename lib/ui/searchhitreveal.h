// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Whyboard {

class MainWindow;

// A search result opened from the sessions list shows the item that matched: the card
// selected on the board, the event in the timeline, the action in its list.
class SearchHitReveal
{
public:
    static void install(MainWindow *window);
};

} // namespace Whyboard
