// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/headerfit.h"

#include <QHeaderView>

#include <algorithm>

namespace Whyboard {

void fitSectionsToTitles(QHeaderView *header)
{
    int stretchFloor = header->minimumSectionSize();
    for (int logical = 0; logical < header->count(); ++logical) {
        const int needed = header->sectionSizeHint(logical);
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(logical);
        if (mode == QHeaderView::Interactive || mode == QHeaderView::Fixed) {
            if (header->sectionSize(logical) < needed)
                header->resizeSection(logical, needed);
        } else if (mode == QHeaderView::Stretch) {
            // A stretched column shrinks with the panel down to the header's minimum section
            // size; below its title the view scrolls sideways instead.
            stretchFloor = std::max(stretchFloor, needed);
        }
    }
    header->setMinimumSectionSize(stretchFloor);
}

} // namespace Whyboard
