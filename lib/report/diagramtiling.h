#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace Whyboard {

// Decides how the board goes onto pages: whole and scaled to the page when that stays
// readable, otherwise in parts at the minimum readable scale, cut between cards.
class DiagramTiling
{
public:
    struct Tile
    {
        QRectF source; // scene area
        QSizeF size;   // on the page, in layout units
        int row = 0;
        int column = 0;
    };

    static constexpr int maximumParts = 36;

    // content: the board's area; cards: where the cards are (cuts avoid them);
    // space: the room for one part on a page; never enlarges beyond maximumScale.
    static QList<Tile> tiles(const QRectF &content, const QList<QRectF> &cards, const QSizeF &space,
                             qreal minimumScale, qreal maximumScale = 1.0);

    // Where to cut [start, end) into spans of at most span, moving each cut back to a gap
    // between the given intervals when one is near.
    static QList<qreal> cuts(qreal start, qreal end, qreal span, const QList<QPair<qreal, qreal>> &occupied);

private:
    // The parts with at least one card at this scale.
    static QList<Tile> cutInto(const QRectF &content, const QList<QRectF> &cards, const QSizeF &space, qreal scale,
                               const QList<QPair<qreal, qreal>> &columns, const QList<QPair<qreal, qreal>> &rows);
};

} // namespace Whyboard
