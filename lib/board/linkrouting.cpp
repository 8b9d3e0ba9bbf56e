// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/linkrouting.h"

#include "board/linkitem.h"

#include <utility>

namespace Whyboard {

void LinkRouting::end()
{
    if (--m_depth > 0)
        return;
    const QSet<LinkItem *> pending = std::exchange(m_pending, {});
    for (LinkItem *link : pending)
        link->reroute();
}

bool LinkRouting::defer(const QList<LinkItem *> &links)
{
    if (m_depth == 0)
        return false;
    for (LinkItem *link : links)
        m_pending.insert(link);
    return true;
}

} // namespace Whyboard
