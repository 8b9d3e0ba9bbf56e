// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>

class QPainter;

namespace Whyboard {

// A place in the report a link or the PDF outline can go to: the id links use, how far down
// the box it is, and its entry in the outline (level -1: none).
struct FlowAnchor
{
    QString id;
    qreal y = 0;
    QString outlineTitle;
    int outlineLevel = -1;
};

// One block of the report's flow, laid out once at the body's width: a paragraph, a table row,
// a picture. Pagination decides from heights, margins and these rules where pages break;
// painting then draws only the boxes that fall on a page.
class FlowBox
{
public:
    enum class Placement {
        Flow,         // in the text flow
        OwnPortrait,  // alone on a portrait page
        OwnLandscape, // alone on a landscape page
    };

    virtual ~FlowBox();

    qreal height() const { return m_height; }
    // Where the box may be cut when it does not fit (distances from its top), best last.
    virtual QList<qreal> breaks() const { return {}; }
    // Paints the whole box with its top left at (0, 0); a slice is painted under a clip.
    virtual void paint(QPainter &painter) const = 0;
    // Areas (box coordinates) that link to an anchor id elsewhere in the report.
    virtual QList<QPair<QRectF, QString>> links() const { return {}; }

    qreal marginTop = 0;
    qreal marginBottom = 0;
    bool keepWithNext = false;  // never the last box of a page
    bool keepTogether = false;  // cut only when taller than a whole page
    bool breakBefore = false;   // starts a new page
    Placement placement = Placement::Flow;
    // A table's header row, repeated above this row when the row starts a page.
    const FlowBox *repeatedHeader = nullptr;
    QList<FlowAnchor> anchors;

protected:
    qreal m_height = 0;
};

} // namespace Whyboard
