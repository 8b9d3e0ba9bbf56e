// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportpages.h"

#include <QPainter>

namespace Whyboard {

ReportPages::ReportPages(std::vector<std::unique_ptr<FlowBox>> boxes, const QSizeF &portraitBody,
                         const QSizeF &landscapeBody)
    : m_boxes(std::move(boxes))
    , m_portraitBody(portraitBody)
    , m_landscapeBody(landscapeBody)
{
    m_pages = Pagination::paginate(m_boxes, portraitBody, landscapeBody);
    for (int page = 0; page < m_pages.size(); ++page) {
        for (const PagePiece &piece : m_pages.at(page).pieces) {
            for (const FlowAnchor &anchor : piece.box->anchors) {
                if (anchor.y < piece.from || anchor.y >= std::max(piece.to, piece.from + 1)
                    || m_destinations.contains(anchor.id))
                    continue;
                const Destination destination{page, piece.y + anchor.y - piece.from};
                m_destinations.insert(anchor.id, destination);
                if (anchor.outlineLevel >= 0)
                    m_outline.append({anchor.outlineTitle, anchor.outlineLevel, destination});
            }
        }
    }
}

ReportPages::~ReportPages() = default;

void ReportPages::paint(QPainter &painter, int page) const
{
    for (const PagePiece &piece : m_pages.at(page).pieces) {
        painter.save();
        painter.translate(0, piece.y - piece.from);
        // Only a slice needs a clip; whole boxes paint freely (clips cost in the PDF).
        if (piece.from > 0 || piece.to < piece.box->height())
            painter.setClipRect(QRectF(-1, piece.from, bodySize(page).width() + 2, piece.to - piece.from));
        piece.box->paint(painter);
        painter.restore();
    }
}

QList<ReportPages::Link> ReportPages::links() const
{
    QList<Link> result;
    for (int page = 0; page < m_pages.size(); ++page) {
        for (const PagePiece &piece : m_pages.at(page).pieces) {
            for (const auto &[area, target] : piece.box->links()) {
                const auto found = m_destinations.constFind(target);
                if (found == m_destinations.cend() || area.center().y() < piece.from || area.center().y() >= piece.to)
                    continue;
                result.append({page, area.translated(0, piece.y - piece.from), *found});
            }
        }
    }
    return result;
}

} // namespace Whyboard
