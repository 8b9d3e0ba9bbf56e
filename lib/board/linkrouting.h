// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>

namespace Whyboard {

class LinkItem;

// Defers the rerouting of links while the board is built or restyled: between begin() and the
// matching end(), links whose cards change size or place are only noted, and the outermost
// end() reroutes each noted link once, instead of once per change of either of its cards.
class LinkRouting
{
public:
    void begin() { ++m_depth; }
    void end();
    // True while deferring, and then notes the links.
    bool defer(const QList<LinkItem *> &links);
    // A link about to be deleted.
    void forget(LinkItem *link) { m_pending.remove(link); }

private:
    int m_depth = 0;
    QSet<LinkItem *> m_pending;
};

} // namespace Whyboard
