// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pagination.h"

namespace Whyboard {

namespace {

// The longest chain of boxes kept together; longer chains are someone's mistake, not a layout.
constexpr size_t maximumKeptBoxes = 8;

qreal leastOf(const FlowBox &box)
{
    if (box.keepTogether)
        return box.height();
    const QList<qreal> breaks = box.breaks();
    return breaks.isEmpty() ? box.height() : breaks.first();
}

} // namespace

qreal Pagination::keptHeight(const std::vector<std::unique_ptr<FlowBox>> &boxes, size_t first)
{
    qreal height = 0;
    for (size_t i = first; i < boxes.size() && i < first + maximumKeptBoxes; ++i) {
        const FlowBox &box = *boxes.at(i);
        if (i > first && (box.breakBefore || box.placement != FlowBox::Placement::Flow))
            break;
        if (i > first)
            height += box.marginTop;
        if (!box.keepWithNext)
            return height + leastOf(box);
        height += box.height() + box.marginBottom;
    }
    return height;
}

QList<ReportPage> Pagination::paginate(const std::vector<std::unique_ptr<FlowBox>> &boxes, const QSizeF &portraitBody,
                                       const QSizeF &landscapeBody)
{
    QList<ReportPage> pages;
    pages.append(ReportPage{});
    qreal y = 0;
    bool empty = true; // nothing but a repeated header on the page yet
    auto newPage = [&](bool landscape) {
        pages.append(ReportPage{landscape, {}});
        y = 0;
        empty = true;
    };
    auto bodyHeight = [&] { return pages.last().landscape ? landscapeBody.height() : portraitBody.height(); };

    for (size_t i = 0; i < boxes.size(); ++i) {
        const FlowBox &box = *boxes.at(i);
        if (box.placement != FlowBox::Placement::Flow) {
            const bool landscape = box.placement == FlowBox::Placement::OwnLandscape;
            if (!empty || pages.last().pieces.size() > 0)
                newPage(landscape);
            else
                pages.last().landscape = landscape;
            pages.last().pieces.append({&box, 0, 0, std::min(box.height(), bodyHeight())});
            if (i + 1 < boxes.size())
                newPage(false);
            continue;
        }
        if (box.breakBefore && !empty)
            newPage(false);
        if (!empty) {
            const qreal kept = keptHeight(boxes, i);
            if (y + box.marginTop + kept > bodyHeight() && kept <= bodyHeight() - 1)
                newPage(false);
        }
        qreal from = 0;
        while (true) {
            // A continued table row gets its header on the new page first.
            if (empty && y == 0 && box.repeatedHeader && box.repeatedHeader != &box) {
                const FlowBox *header = box.repeatedHeader;
                pages.last().pieces.append({header, 0, 0, header->height()});
                y = header->height();
            }
            const qreal top = empty && from == 0 && y == 0 ? 0 : (from == 0 ? box.marginTop : 0);
            const qreal available = bodyHeight() - y - top;
            const qreal rest = box.height() - from;
            if (rest <= available + 0.01) {
                pages.last().pieces.append({&box, y + top, from, box.height()});
                y += top + rest + box.marginBottom;
                empty = false;
                break;
            }
            // Cut where the box allows it, unless it should move whole and a fresh page would hold it.
            const bool wholeFitsFreshPage = rest <= bodyHeight() - (box.repeatedHeader ? box.repeatedHeader->height() : 0);
            qreal cut = -1;
            if (!(box.keepTogether && wholeFitsFreshPage)) {
                for (qreal b : box.breaks()) {
                    if (b > from + 1 && b - from <= available)
                        cut = b;
                }
            }
            if (cut < 0 && !empty) {
                newPage(false);
                continue;
            }
            if (cut < 0)
                cut = from + std::max<qreal>(available, 1); // taller than a page and no line to cut at
            pages.last().pieces.append({&box, y + top, from, cut});
            from = cut;
            newPage(false);
        }
    }
    if (pages.size() > 1 && pages.last().pieces.isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace Whyboard
