// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/dismissedfinding.h"

#include <QList>
#include <QSet>
#include <QString>

#include <utility>

namespace Whyboard {

class SessionDocument;

// The dismissed findings of items a remove command deletes. A finding set aside for an item
// belongs to that item: it goes with it, and an undone delete brings it back at its place.
class RemovedFindings
{
public:
    // Records the findings of the given items, as the session has them now.
    void plan(const SessionDocument *document, const QSet<QString> &itemIds);
    void remove(SessionDocument *document) const;
    void restore(SessionDocument *document) const;

private:
    QList<std::pair<int, DismissedFinding>> m_findings; // ascending original index
};

} // namespace Whyboard
