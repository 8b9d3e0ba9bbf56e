// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/linkpieces.h"

#include <QLineF>
#include <QtMath>

#include <algorithm>

namespace Whyboard {

namespace {
constexpr qreal pieceLength = 256; // scene units: about a screen's tenth at 1:1
constexpr int maximumPieces = 1024;
} // namespace

QPointF LinkPieces::Cubic::at(qreal t) const
{
    const qreal u = 1 - t;
    return p0 * (u * u * u) + c1 * (3 * u * u * t) + c2 * (3 * u * t * t) + p3 * (t * t * t);
}

// The curve between t0 and t1, as a cubic of its own (de Casteljau, twice).
LinkPieces::Cubic LinkPieces::Cubic::part(qreal t0, qreal t1) const
{
    auto splitLeft = [](const Cubic &c, qreal t) {
        const QPointF a = c.p0 + (c.c1 - c.p0) * t;
        const QPointF b = c.c1 + (c.c2 - c.c1) * t;
        const QPointF d = c.c2 + (c.p3 - c.c2) * t;
        const QPointF ab = a + (b - a) * t;
        const QPointF bd = b + (d - b) * t;
        return Cubic{c.p0, a, ab, ab + (bd - ab) * t};
    };
    auto splitRight = [](const Cubic &c, qreal t) {
        const QPointF a = c.p0 + (c.c1 - c.p0) * t;
        const QPointF b = c.c1 + (c.c2 - c.c1) * t;
        const QPointF d = c.c2 + (c.p3 - c.c2) * t;
        const QPointF ab = a + (b - a) * t;
        const QPointF bd = b + (d - b) * t;
        return Cubic{ab + (bd - ab) * t, bd, d, c.p3};
    };
    if (t1 <= 0)
        return Cubic{p0, p0, p0, p0};
    const Cubic left = t1 >= 1 ? *this : splitLeft(*this, t1);
    if (t0 <= 0)
        return left;
    return splitRight(left, t0 / t1);
}

qreal LinkPieces::Piece::tAt(qreal arc) const
{
    if (arc <= 0)
        return 0;
    if (arc >= length)
        return 1;
    const auto next = std::upper_bound(lengths.cbegin(), lengths.cend(), arc);
    const int i = int(next - lengths.cbegin());
    const qreal from = lengths.at(i - 1);
    const qreal span = *next - from;
    const qreal f = span > 0 ? (arc - from) / span : 0;
    return (i - 1 + f) / (samples - 1);
}

void LinkPieces::setCurve(const QPointF &start, const QPointF &c1, const QPointF &c2, const QPointF &end)
{
    m_whole = Cubic{start, c1, c2, end};
    m_cut = false;
}

int LinkPieces::count() const
{
    cut();
    return int(m_pieces.size());
}

qreal LinkPieces::length() const
{
    cut();
    return m_pieces.isEmpty() ? 0 : m_pieces.last().startLength + m_pieces.last().length;
}

void LinkPieces::cut() const
{
    if (m_cut)
        return;
    m_cut = true;
    const Cubic &whole = m_whole;
    const qreal hull = QLineF(whole.p0, whole.c1).length() + QLineF(whole.c1, whole.c2).length()
                       + QLineF(whole.c2, whole.p3).length();
    const int count = qBound(1, qCeil(hull / pieceLength), maximumPieces);
    m_pieces.resize(count);
    qreal travelled = 0;
    for (int i = 0; i < count; ++i) {
        Piece &piece = m_pieces[i];
        piece.curve = whole.part(qreal(i) / count, qreal(i + 1) / count);
        const Cubic &c = piece.curve;
        const qreal left = std::min({c.p0.x(), c.c1.x(), c.c2.x(), c.p3.x()});
        const qreal right = std::max({c.p0.x(), c.c1.x(), c.c2.x(), c.p3.x()});
        const qreal top = std::min({c.p0.y(), c.c1.y(), c.c2.y(), c.p3.y()});
        const qreal bottom = std::max({c.p0.y(), c.c1.y(), c.c2.y(), c.p3.y()});
        piece.box = QRectF(QPointF(left, top), QPointF(right, bottom));
        piece.lengths[0] = 0;
        QPointF previous = c.p0;
        for (int s = 1; s < samples; ++s) {
            const QPointF p = c.at(qreal(s) / (samples - 1));
            piece.lengths[s] = piece.lengths[s - 1] + QLineF(previous, p).length();
            previous = p;
        }
        piece.length = piece.lengths[samples - 1];
        piece.startLength = travelled;
        travelled += piece.length;
    }
}

void LinkPieces::setLine(const QPointF &start, const QPointF &end)
{
    setCurve(start, start + (end - start) / 3, start + (end - start) * 2 / 3, end);
}

bool LinkPieces::meets(const Piece &piece, const QRectF &rect, qreal margin) const
{
    // QRectF::intersects() says no for a box of no width: a straight vertical piece.
    return piece.box.left() - margin <= rect.right() && piece.box.right() + margin >= rect.left()
           && piece.box.top() - margin <= rect.bottom() && piece.box.bottom() + margin >= rect.top();
}

QPainterPath LinkPieces::solid(const QRectF &rect, qreal margin) const
{
    cut();
    QPainterPath path;
    bool open = false;
    for (const Piece &piece : m_pieces) {
        if (!meets(piece, rect, margin)) {
            open = false;
            continue;
        }
        if (!open)
            path.moveTo(piece.curve.p0);
        path.cubicTo(piece.curve.c1, piece.curve.c2, piece.curve.p3);
        open = true;
    }
    return path;
}

QPainterPath LinkPieces::dashed(const QRectF &rect, qreal margin, qreal on, qreal off) const
{
    cut();
    QPainterPath path;
    const qreal period = on + off;
    if (period <= 0)
        return solid(rect, margin);
    bool open = false; // a dash runs on from the previous piece, which was drawn
    for (const Piece &piece : m_pieces) {
        const bool shown = meets(piece, rect, margin);
        const qreal from = piece.startLength;
        const qreal to = from + piece.length;
        if (!shown) {
            open = false;
            continue;
        }
        // Every dash [k * period, k * period + on] that overlaps this piece.
        for (qreal dash = std::floor(from / period) * period; dash < to; dash += period) {
            const qreal a = std::max(dash, from);
            const qreal b = std::min(dash + on, to);
            if (b <= a)
                continue;
            const Cubic part = piece.curve.part(piece.tAt(a - from), piece.tAt(b - from));
            const bool continues = open && a == from;
            if (!continues)
                path.moveTo(part.p0);
            path.cubicTo(part.c1, part.c2, part.p3);
        }
        // Is the pattern "on" where this piece ends?
        open = std::fmod(to, period) < on && std::fmod(to, period) > 0;
    }
    return path;
}

} // namespace Whyboard
