// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/flowbox.h"
#include "report/pagination.h"

#include <QHash>
#include <QList>
#include <QSizeF>

#include <memory>
#include <vector>

class QPainter;

namespace Whyboard {

// The report laid out once and broken into pages once: paints any page from the boxes on it
// alone, and says where each anchor landed (for the PDF outline) and where each link is.
class ReportPages
{
public:
    struct Destination
    {
        int page = -1;
        qreal y = 0; // on the page's body, layout units
    };
    struct OutlineEntry
    {
        QString title;
        int level = 0;
        Destination destination;
    };
    struct Link
    {
        int page = 0;
        QRectF area; // on the page's body, layout units
        Destination destination;
    };

    ReportPages(std::vector<std::unique_ptr<FlowBox>> boxes, const QSizeF &portraitBody, const QSizeF &landscapeBody);
    ~ReportPages();

    int count() const { return int(m_pages.size()); }
    bool isLandscape(int page) const { return m_pages.at(page).landscape; }
    QSizeF bodySize(int page) const { return isLandscape(page) ? m_landscapeBody : m_portraitBody; }
    // Paints the page's body with its top left at the painter's origin.
    void paint(QPainter &painter, int page) const;

    Destination destination(const QString &anchor) const { return m_destinations.value(anchor); }
    QList<OutlineEntry> outline() const { return m_outline; }
    // Links whose target landed somewhere; a link to a card the diagram leaves out goes nowhere.
    QList<Link> links() const;

private:
    std::vector<std::unique_ptr<FlowBox>> m_boxes;
    QSizeF m_portraitBody;
    QSizeF m_landscapeBody;
    QList<ReportPage> m_pages;
    QHash<QString, Destination> m_destinations;
    QList<OutlineEntry> m_outline;
};

} // namespace Whyboard
