// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

namespace Whyboard {

// What the plan is made from: the board in scene units, the pages in layout units (96 per inch).
struct DiagramPlanInput
{
    struct Link
    {
        int cause = -1;  // index into cards
        int effect = -1; // index into cards
        // Where the arrow runs, from the cause to the effect (scene units); empty: the
        // straight line between the cards' centres.
        QPolygonF path;
    };

    QRectF content;       // the board's content rect (cards, arrows, margin)
    QList<QRectF> cards;  // scene rects of the cards
    QStringList cardIds;  // same order as cards (may be empty)
    QList<Link> links;
    qreal cardTextSize = 25; // the card text's font size in scene units (BoardTheme::light().textFont)
    QSizeF portraitBody;     // the room for content on a portrait page
    QSizeF landscapeBody;    // the same on a landscape page
    qreal reservedTop = 0;   // heading and note above the diagram on its first (portrait) page
    qreal minimumTextPoints = 7; // ReportOptions::minimumCardTextPoints
    qreal maximumScale = 1.0;    // a tiny board is not blown up past its own size
};

enum class DiagramOrientation { Portrait, Landscape };

// Where an arrow leaves a part for a card drawn in another part: the reader's signpost.
struct DiagramJoin
{
    int link = -1;       // index into DiagramPlanInput::links
    int card = -1;       // the card of this part the arrow belongs to (index into cards)
    int otherCard = -1;  // the card at the arrow's other end
    int otherPart = -1;  // index into DiagramPlan::parts of the part that holds otherCard
    // True: otherCard is the cause, so the chain reads on ("why?") over there: "→ part 3".
    // False: otherCard is the effect this part's card explains: "from part 2".
    bool towardsCause = true;
    Qt::Edge edge = Qt::TopEdge; // the side of the part the arrow leaves by
    QPointF at;                  // on that side, in the part's target coordinates (origin top left)
    QPointF sceneAt;             // the same point in scene units
};

// One label for joins that leave by the same side towards the same part close together: what a
// page shows, so a busy edge carries "→ part 3" once rather than a stack of them.
struct DiagramSignpost
{
    int otherPart = -1;
    bool towardsCause = true;
    Qt::Edge edge = Qt::TopEdge;
    QPointF at;        // the middle of its joins, in the part's target coordinates
    QList<int> joins;  // indices into DiagramPart::joins
};

// One page's piece of the board: draw source (scene) into a rect of size (layout units).
struct DiagramPart
{
    QRectF source;
    QSizeF size;
    qreal scale = 1; // size / source
    DiagramOrientation orientation = DiagramOrientation::Portrait;
    // Under the heading on the portrait page where the diagram starts; else on a page of its own.
    bool inFlow = false;
    int row = 0;
    int column = 0;
    QList<int> cards;    // the cards this part holds (each card is in exactly one part)
    QStringList cardIds; // the same as ids, when the input named them
    QList<DiagramJoin> joins;
    QList<DiagramSignpost> signposts; // the joins merged for labelling (see DiagramSignpost)
};

// How the board goes onto pages. One part when the whole chain reads at the minimum text size
// (under the heading, else on a portrait or landscape page of its own, whichever reads
// larger); otherwise an overview of the whole board with the parts outlined and numbered,
// then the parts, cut between cards at a scale that keeps card text at the minimum.
struct DiagramPlan
{
    QList<DiagramPart> parts; // empty for a board without cards
    // Only when there is more than one part: the whole board on one page (scale may be far
    // below the minimum: it shows where the parts are, not what they say).
    bool hasOverview = false;
    DiagramPart overview;            // cards: all; joins: none
    QList<QRectF> overviewOutlines;  // each part's source in the overview's target coordinates
    qreal textPoints = 0;            // card text size on the parts (points), the smallest part's

    bool isTiled() const { return parts.size() > 1; }

    static DiagramPlan make(const DiagramPlanInput &input);

    // Points to layout units (96 per inch).
    static qreal layoutUnits(qreal points) { return points * 96.0 / 72.0; }
    // Past this many parts the text shrinks below the minimum rather than fill a book.
    static constexpr int maximumParts = 48;
    // Joins closer than this along an edge (layout units) share one signpost.
    static constexpr qreal signpostReach = 90;
};

} // namespace Whyboard
