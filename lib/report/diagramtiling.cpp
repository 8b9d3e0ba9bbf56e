#include "report/diagramtiling.h"

#include <QtMath>

#include <algorithm>

namespace Whyboard {

QList<qreal> DiagramTiling::cuts(qreal start, qreal end, qreal span,
                                 const QList<QPair<qreal, qreal>> &occupied)
{
    QList<qreal> result{start};
    qreal position = start;
    while (end - position > span) {
        qreal cut = position + span;
        // Walk back over every card the cut would go through, but never more than half a
        // part: a part that is too narrow wastes pages.
        const qreal limit = position + span / 2;
        bool moved = true;
        while (moved) {
            moved = false;
            for (const auto &[from, to] : occupied) {
                if (from < cut && cut < to && from > limit) {
                    cut = from - 1;
                    moved = true;
                }
            }
        }
        bool clean = std::none_of(occupied.begin(), occupied.end(),
                                  [&](const auto &o) { return o.first < cut && cut < o.second; });
        if (!clean)
            cut = position + span;
        result.append(cut);
        position = cut;
    }
    result.append(end);
    return result;
}

QList<DiagramTiling::Tile> DiagramTiling::tiles(const QRectF &content, const QList<QRectF> &cards,
                                                const QSizeF &space, qreal minimumScale, qreal maximumScale)
{
    if (content.isEmpty() || space.isEmpty())
        return {};
    const qreal widthScale = space.width() / content.width();
    const qreal heightScale = space.height() / content.height();
    const qreal fit = std::min({widthScale, heightScale, maximumScale});
    if (fit >= minimumScale)
        return {Tile{content, content.size() * fit, 0, 0}};

    // Too big for one page: the widest readable scale, then cut into parts.
    qreal scale = std::max(minimumScale, std::min(widthScale, maximumScale));
    QList<QPair<qreal, qreal>> columns;
    QList<QPair<qreal, qreal>> rows;
    for (const QRectF &card : cards) {
        columns.append({card.left(), card.right()});
        rows.append({card.top(), card.bottom()});
    }
    // A board the size of a wall would fill a book: past maximumParts pages, smaller type
    // is the lesser evil.
    QList<Tile> result = cutInto(content, cards, space, scale, columns, rows);
    while (result.size() > maximumParts && scale > fit) {
        scale = std::max(fit, scale * 0.85);
        result = cutInto(content, cards, space, scale, columns, rows);
    }
    return result;
}

QList<DiagramTiling::Tile> DiagramTiling::cutInto(const QRectF &content, const QList<QRectF> &cards,
                                                  const QSizeF &space, qreal scale,
                                                  const QList<QPair<qreal, qreal>> &columns,
                                                  const QList<QPair<qreal, qreal>> &rows)
{
    const QList<qreal> xs = cuts(content.left(), content.right(), space.width() / scale, columns);
    const QList<qreal> ys = cuts(content.top(), content.bottom(), space.height() / scale, rows);
    QList<Tile> result;
    for (int row = 0; row + 1 < ys.size(); ++row) {
        for (int column = 0; column + 1 < xs.size(); ++column) {
            QRectF source(QPointF(xs.at(column), ys.at(row)), QPointF(xs.at(column + 1), ys.at(row + 1)));
            // A part with no card on it would be an empty page; above and below its cards a
            // part holds only long arrows, so it is trimmed to its cards and parts can share
            // a page.
            QRectF used;
            for (const QRectF &card : cards) {
                if (card.intersects(source))
                    used |= card;
            }
            if (!cards.isEmpty() && used.isNull())
                continue;
            if (!used.isNull()) {
                const qreal margin = 24;
                source.setTop(std::max(source.top(), used.top() - margin));
                source.setBottom(std::min(source.bottom(), used.bottom() + margin));
            }
            result.append(Tile{source, source.size() * scale, row, column});
        }
    }
    return result;
}

} // namespace Whyboard
