// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Whyboard {

// A chain-check finding the room chose to set aside for one item, with its reason
// (kept so the report can show it).
struct DismissedFinding
{
    QString checkId; // "shallow", "compound", ...
    QString itemId;  // card, event or action id
    QString reason;

    friend bool operator==(const DismissedFinding &a, const DismissedFinding &b)
    {
        return a.checkId == b.checkId && a.itemId == b.itemId && a.reason == b.reason;
    }
    friend bool operator!=(const DismissedFinding &a, const DismissedFinding &b) { return !(a == b); }
};

} // namespace Whyboard
