// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHeaderView;

namespace Whyboard {

// Widens every section the user sizes (Interactive or Fixed) to at least its title and keeps
// stretched sections from shrinking below theirs, so that a longer German or French column
// title is not cut off; sections sized to their contents already fit.
// Call once the header's model is set; titles do not change while the program runs.
void fitSectionsToTitles(QHeaderView *header);

} // namespace Whyboard
