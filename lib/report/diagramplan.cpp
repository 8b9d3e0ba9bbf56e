// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/diagramplan.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace Whyboard {

namespace {

// Room left around a part's cards for the arrows' first stretch and the join labels.
constexpr qreal partMargin = 24;
// A cut at a clean gap is worth a part at least this full; past it, straddling cards wait
// for the next part and the parts overlap a little.
constexpr qreal cleanCutShare = 0.5;

bool finite(const QRectF &rect)
{
    return std::isfinite(rect.x()) && std::isfinite(rect.y()) && std::isfinite(rect.width())
           && std::isfinite(rect.height());
}

qreal fitScale(const QSizeF &content, const QSizeF &room, qreal maximum)
{
    if (content.isEmpty() || room.isEmpty())
        return 0;
    return std::min({room.width() / content.width(), room.height() / content.height(), maximum});
}

struct Span
{
    int index;
    qreal from;
    qreal to;
};

// Groups intervals into runs of at most span each, every interval wholly in one run. A run
// ends at a gap no interval crosses when one is far enough along; otherwise intervals that
// cross the end start the next run.
QList<QList<int>> group(QList<Span> spans, qreal span)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.from < b.from || (a.from == b.from && a.index < b.index);
    });
    QList<QList<int>> runs;
    while (!spans.isEmpty()) {
        const qreal start = spans.first().from;
        const qreal limit = start + span;
        qreal clean = start - 1;
        for (const Span &candidate : std::as_const(spans)) {
            const qreal end = candidate.to;
            if (end > limit || end <= clean)
                continue;
            const bool crossed = std::any_of(spans.begin(), spans.end(),
                                             [end](const Span &s) { return s.from < end && end < s.to; });
            if (!crossed)
                clean = end;
        }
        qreal end = clean >= start + span * cleanCutShare ? clean : limit;
        if (std::none_of(spans.begin(), spans.end(), [end](const Span &s) { return s.to <= end; }))
            end = spans.first().to; // one interval longer than a run: it gets a run of its own
        QList<int> run;
        QList<Span> rest;
        for (const Span &s : std::as_const(spans)) {
            if (s.to <= end)
                run.append(s.index);
            else
                rest.append(s);
        }
        runs.append(run);
        spans = rest;
    }
    return runs;
}

struct Piece
{
    QList<int> cards;
    QRectF source;
    int row;
    int column;
};

// The board cut into pieces of at most room (scene units): rows first, then each row's cards
// into columns, so a layered chain is cut between its layers.
QList<Piece> cut(const DiagramPlanInput &input, const QList<int> &cards, const QSizeF &room)
{
    QList<Span> rows;
    for (int i : cards)
        rows.append({i, input.cards.at(i).top(), input.cards.at(i).bottom()});
    QList<Piece> pieces;
    const QList<QList<int>> rowRuns = group(rows, room.height());
    for (int row = 0; row < rowRuns.size(); ++row) {
        QList<Span> columns;
        for (int i : rowRuns.at(row))
            columns.append({i, input.cards.at(i).left(), input.cards.at(i).right()});
        const QList<QList<int>> columnRuns = group(columns, room.width());
        for (int column = 0; column < columnRuns.size(); ++column) {
            Piece piece{columnRuns.at(column), QRectF(), row, column};
            for (int i : piece.cards)
                piece.source |= input.cards.at(i);
            const qreal dx = std::clamp((room.width() - piece.source.width()) / 2, 0.0, partMargin);
            const qreal dy = std::clamp((room.height() - piece.source.height()) / 2, 0.0, partMargin);
            piece.source.adjust(-dx, -dy, dx, dy);
            pieces.append(piece);
        }
    }
    return pieces;
}

// Where the arrow from card `from` leaves source on its way to card `to` (scene units).
QPointF exitPoint(const DiagramPlanInput &input, const DiagramPlanInput::Link &link, bool fromCause,
                  const QRectF &source)
{
    QPolygonF path = link.path;
    if (path.size() < 2)
        path = {input.cards.at(link.cause).center(), input.cards.at(link.effect).center()};
    if (!fromCause)
        std::reverse(path.begin(), path.end());
    for (int i = 0; i + 1 < path.size(); ++i) {
        const QPointF a = path.at(i);
        const QPointF b = path.at(i + 1);
        if (!source.contains(a) || source.contains(b))
            continue;
        qreal inside = 0;
        qreal outside = 1;
        for (int step = 0; step < 40; ++step) {
            const qreal middle = (inside + outside) / 2;
            (source.contains(a + (b - a) * middle) ? inside : outside) = middle;
        }
        return a + (b - a) * inside;
    }
    // The arrow ends inside the part (its other card is drawn elsewhere): at its end, kept
    // on the part.
    const QPointF end = path.last();
    return QPointF(std::clamp(end.x(), source.left(), source.right()),
                   std::clamp(end.y(), source.top(), source.bottom()));
}

Qt::Edge nearestEdge(const QPointF &point, const QRectF &rect)
{
    const qreal distances[] = {point.x() - rect.left(), rect.right() - point.x(), point.y() - rect.top(),
                               rect.bottom() - point.y()};
    const Qt::Edge edges[] = {Qt::LeftEdge, Qt::RightEdge, Qt::TopEdge, Qt::BottomEdge};
    return edges[std::min_element(std::begin(distances), std::end(distances)) - std::begin(distances)];
}

void addJoins(const DiagramPlanInput &input, QList<DiagramPart> &parts)
{
    QList<int> owner(input.cards.size(), -1);
    for (int p = 0; p < parts.size(); ++p) {
        for (int card : std::as_const(parts.at(p).cards))
            owner[card] = p;
    }
    for (int l = 0; l < input.links.size(); ++l) {
        const DiagramPlanInput::Link &link = input.links.at(l);
        if (link.cause < 0 || link.effect < 0 || link.cause >= owner.size() || link.effect >= owner.size())
            continue;
        const int causePart = owner.at(link.cause);
        const int effectPart = owner.at(link.effect);
        if (causePart == effectPart || causePart < 0 || effectPart < 0)
            continue;
        for (const bool atCause : {true, false}) {
            DiagramPart &part = parts[atCause ? causePart : effectPart];
            DiagramJoin join;
            join.link = l;
            join.card = atCause ? link.cause : link.effect;
            join.otherCard = atCause ? link.effect : link.cause;
            join.otherPart = atCause ? effectPart : causePart;
            join.towardsCause = !atCause;
            join.sceneAt = exitPoint(input, link, atCause, part.source);
            join.edge = nearestEdge(join.sceneAt, part.source);
            join.at = (join.sceneAt - part.source.topLeft()) * part.scale;
            part.joins.append(join);
        }
    }
}

// Merges each part's joins that leave by the same side towards the same part within reach.
void addSignposts(QList<DiagramPart> &parts)
{
    for (DiagramPart &part : parts) {
        QList<int> order(part.joins.size());
        std::iota(order.begin(), order.end(), 0);
        const auto along = [&part](int j) {
            const DiagramJoin &join = part.joins.at(j);
            return join.edge == Qt::LeftEdge || join.edge == Qt::RightEdge ? join.at.y() : join.at.x();
        };
        const auto key = [&part](int j) {
            const DiagramJoin &join = part.joins.at(j);
            return std::make_tuple(int(join.edge), join.otherPart, join.towardsCause);
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return key(a) < key(b) || (key(a) == key(b) && along(a) < along(b));
        });
        for (int j : std::as_const(order)) {
            if (!part.signposts.isEmpty()) {
                DiagramSignpost &last = part.signposts.last();
                if (key(last.joins.first()) == key(j) && along(j) - along(last.joins.last()) <= DiagramPlan::signpostReach) {
                    last.joins.append(j);
                    continue;
                }
            }
            const DiagramJoin &join = part.joins.at(j);
            part.signposts.append({join.otherPart, join.towardsCause, join.edge, QPointF(), {j}});
        }
        for (DiagramSignpost &signpost : part.signposts) {
            QPointF sum;
            for (int j : std::as_const(signpost.joins))
                sum += part.joins.at(j).at;
            signpost.at = sum / qreal(signpost.joins.size());
        }
    }
}

DiagramPart wholeBoard(const DiagramPlanInput &input, const QList<int> &cards, qreal scale,
                       DiagramOrientation orientation, bool inFlow)
{
    DiagramPart part;
    part.source = input.content;
    part.scale = scale;
    part.size = input.content.size() * scale;
    part.orientation = orientation;
    part.inFlow = inFlow;
    part.cards = cards;
    return part;
}

struct Tiling
{
    QList<Piece> pieces;
    DiagramOrientation orientation;
    qreal scale;
};

Tiling tile(const DiagramPlanInput &input, const QList<int> &cards, qreal minimumScale, qreal fitAll)
{
    Tiling best{{}, DiagramOrientation::Portrait, 0};
    const auto better = [&](const Tiling &t) {
        if (best.pieces.isEmpty())
            return true;
        return t.pieces.size() < best.pieces.size()
               || (t.pieces.size() == best.pieces.size() && t.scale > best.scale + 1e-9);
    };
    for (const DiagramOrientation orientation : {DiagramOrientation::Portrait, DiagramOrientation::Landscape}) {
        const QSizeF body = orientation == DiagramOrientation::Portrait ? input.portraitBody : input.landscapeBody;
        // A little larger than the minimum when that costs no part.
        for (const qreal factor : {1.0, 1.1, 1.2, 1.35, 1.5}) {
            const qreal scale = std::min(minimumScale * factor, input.maximumScale);
            const Tiling t{cut(input, cards, body / scale), orientation, scale};
            if (better(t))
                best = t;
        }
    }
    // A board the size of a wall: smaller text rather than a book of pages.
    qreal scale = best.scale;
    while (best.pieces.size() > DiagramPlan::maximumParts && scale > fitAll) {
        scale = std::max(fitAll, scale * 0.85);
        const QSizeF body = best.orientation == DiagramOrientation::Portrait ? input.portraitBody : input.landscapeBody;
        best = Tiling{cut(input, cards, body / scale), best.orientation, scale};
    }
    return best;
}

} // namespace

DiagramPlan DiagramPlan::make(const DiagramPlanInput &input)
{
    DiagramPlan plan;
    QList<int> cards;
    QRectF used;
    for (int i = 0; i < input.cards.size(); ++i) {
        // Cards nowhere (NaN, infinite) cannot be placed on a page; PrintBoard never gives any.
        if (finite(input.cards.at(i)) && !input.cards.at(i).isEmpty()) {
            cards.append(i);
            used |= input.cards.at(i);
        }
    }
    if (cards.isEmpty() || input.cardTextSize <= 0 || input.portraitBody.isEmpty() || input.landscapeBody.isEmpty())
        return plan;
    DiagramPlanInput board = input;
    board.content = finite(input.content) && input.content.contains(used) ? input.content : used;
    const QSizeF content = board.content.size();
    const qreal minimumScale = layoutUnits(input.minimumTextPoints) / input.cardTextSize;
    const auto points = [&](qreal scale) { return scale * input.cardTextSize * 72.0 / 96.0; };

    // Whole, under the heading; else whole on a page of its own, the way that reads larger.
    const QSizeF flowRoom(input.portraitBody.width(), std::max(0.0, input.portraitBody.height() - input.reservedTop));
    const qreal inFlow = fitScale(content, flowRoom, input.maximumScale);
    const qreal portrait = fitScale(content, input.portraitBody, input.maximumScale);
    const qreal landscape = fitScale(content, input.landscapeBody, input.maximumScale);
    const qreal ownPage = std::max(portrait, landscape);
    const DiagramOrientation ownOrientation =
        landscape > portrait ? DiagramOrientation::Landscape : DiagramOrientation::Portrait;
    constexpr qreal tolerance = 1e-9;
    if (inFlow > 0 && inFlow >= minimumScale - tolerance) {
        plan.parts = {wholeBoard(board, cards, inFlow, DiagramOrientation::Portrait, true)};
    } else if (ownPage >= minimumScale - tolerance) {
        plan.parts = {wholeBoard(board, cards, ownPage, ownOrientation, false)};
    }
    const auto idsOf = [&input](const QList<int> &indices) {
        QStringList ids;
        for (int card : indices) {
            if (card < input.cardIds.size())
                ids.append(input.cardIds.at(card));
        }
        return ids;
    };
    if (!plan.parts.isEmpty()) {
        plan.parts.first().cardIds = idsOf(cards);
        plan.textPoints = points(plan.parts.first().scale);
        return plan;
    }

    // In parts, after an overview that shows where each part lies.
    const Tiling tiling = tile(board, cards, minimumScale, ownPage);
    const QSizeF room = (tiling.orientation == DiagramOrientation::Portrait ? input.portraitBody : input.landscapeBody);
    plan.textPoints = points(tiling.scale);
    for (const Piece &piece : tiling.pieces) {
        DiagramPart part;
        part.source = piece.source;
        // A single card taller than a page (a text of pages) is shrunk to fit.
        part.scale = std::min(tiling.scale, fitScale(piece.source.size(), room, input.maximumScale));
        part.size = piece.source.size() * part.scale;
        part.orientation = tiling.orientation;
        part.row = piece.row;
        part.column = piece.column;
        part.cards = piece.cards;
        std::sort(part.cards.begin(), part.cards.end());
        part.cardIds = idsOf(part.cards);
        plan.textPoints = std::min(plan.textPoints, points(part.scale));
        plan.parts.append(part);
    }
    addJoins(board, plan.parts);
    addSignposts(plan.parts);

    const bool overviewInFlow = inFlow >= ownPage * 0.85;
    plan.hasOverview = true;
    plan.overview = wholeBoard(board, cards, overviewInFlow ? inFlow : ownPage,
                               overviewInFlow ? DiagramOrientation::Portrait : ownOrientation, overviewInFlow);
    plan.overview.cardIds = idsOf(cards);
    for (const DiagramPart &part : std::as_const(plan.parts)) {
        const QRectF outline = part.source.intersected(board.content);
        plan.overviewOutlines.append(QRectF((outline.topLeft() - board.content.topLeft()) * plan.overview.scale,
                                            outline.size() * plan.overview.scale));
    }
    return plan;
}

} // namespace Whyboard
