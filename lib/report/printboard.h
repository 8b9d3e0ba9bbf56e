// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/sessiondocument.h"
#include "report/diagramplan.h"

#include <QList>
#include <QRectF>
#include <QStringList>

#include <memory>

class QPainter;

namespace Whyboard {

class BoardScene;

// A private board for exports: its own copy of the session in a BoardScene in print mode
// (light theme, nothing selected, no handles). On this copy only, cards placed nowhere (NaN,
// infinite, or further out than farthestCoordinate) are put next to the card they explain,
// and a board whose cards overlap, or are strewn far more thinly than a layout would place
// them, is laid out again (layered, or in rows by why depth when that is far more compact),
// so every export is bounded and shows every card.
class PrintBoard
{
public:
    // Coordinates past this are a damaged or hostile file, not a board anyone drew.
    static constexpr qreal farthestCoordinate = 1e6;
    // Stray cards placed one by one next to what they explain; any further ones go in a grid.
    static constexpr int maximumSearchedStrays = 200;
    // Cards covering less of their bounding box than this are strewn too thinly to print as
    // they lie, when a layout needs less than a third of that box: a room's own spread-out
    // picture is kept, a board of a few cards scattered over a wall is not.
    static constexpr qreal sparseCoverage = 0.1;
    static constexpr qreal sparseGain = 3;
    // Rows by why depth replace the layered layout when they take less than this share of its area.
    static constexpr qreal rowsAdvantage = 0.7;

    explicit PrintBoard(const Session &session);
    ~PrintBoard();

    BoardScene *scene() const { return m_scene.get(); }
    QRectF contentRect() const;       // empty for a board without cards
    QList<QRectF> cardRects() const;  // scene rectangles of the cards, in cardIds() order
    QStringList cardIds() const;
    // Whether the copy was laid out again (the room's places overlapped or were too sparse).
    bool relaidOut() const { return m_relaidOut; }

    // The board for DiagramPlan::make: content, cards, links with their arrows' ends, and the
    // print theme's card text size; the caller adds the page sizes and the minimum text size.
    DiagramPlanInput planInput() const;

    // Draws source (scene units) into target, showing only the given cards and the arrows that
    // touch them (all of them when cardIds is empty): a part never shows a neighbour's card
    // cut at its edge. The arrows to cards of other parts run to the edge and are clipped there.
    void render(QPainter *painter, const QRectF &target, const QRectF &source,
                const QStringList &cardIds = {}) const;

    // The session with every card placed somewhere finite and near the board (see above).
    static Session placedSession(const Session &session);
    // Card texts past this many characters are cut on the print copy (the report's read-back
    // and tables bound and say how much is left out; a card shows a few lines anyway).
    static constexpr int maximumCardText = 2000;
    static Session shortenedTexts(const Session &session);

private:
    SessionDocument m_document;
    std::unique_ptr<BoardScene> m_scene;
    bool m_relaidOut = false;
};

} // namespace Whyboard
