// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QGraphicsItem;

namespace Whyboard {

// A link's tooltip ("“cause” explains “effect”") is written only when one is asked for:
// formatting it at every reroute cost more than the routing itself.
class LinkToolTips
{
public:
    // Writes the tooltips of the links among items (those under the pointer).
    static void write(const QList<QGraphicsItem *> &items);
};

} // namespace Whyboard
