// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/flowbox.h"

#include <QList>
#include <QSizeF>

#include <memory>
#include <vector>

namespace Whyboard {

// What one page shows: slices [from, to) of boxes (box coordinates), each at y on the page's body.
struct PagePiece
{
    const FlowBox *box = nullptr;
    qreal y = 0;
    qreal from = 0;
    qreal to = 0;
};

struct ReportPage
{
    bool landscape = false;
    QList<PagePiece> pieces;
};

// Breaks the laid-out flow into pages in one pass, from the boxes' heights and rules: a box
// kept with the next moves with it, a row stays whole, a paragraph keeps two lines at either
// end, a table row starting a page gets its header again, a box with a page of its own gets it.
class Pagination
{
public:
    static QList<ReportPage> paginate(const std::vector<std::unique_ptr<FlowBox>> &boxes, const QSizeF &portraitBody,
                                      const QSizeF &landscapeBody);

private:
    // The height boxes from first on need together on one page before the first may go there:
    // the chain kept with the next, and of its last box what cannot be cut away.
    static qreal keptHeight(const std::vector<std::unique_ptr<FlowBox>> &boxes, size_t first);
};

} // namespace Whyboard
