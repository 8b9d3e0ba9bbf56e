// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QVector>

#include <array>

namespace Whyboard {

// A link's line (a cubic curve or a straight segment) cut into short pieces, each with its
// bounding box. A long link crosses much of a big board; painting the part an update exposes
// strokes only the pieces that meet it instead of the whole line, and dashes are laid along
// the line from its start, so a line painted in parts looks the same as one painted whole.
class LinkPieces
{
public:
    void setCurve(const QPointF &start, const QPointF &c1, const QPointF &c2, const QPointF &end);
    void setLine(const QPointF &start, const QPointF &end);

    int count() const;
    qreal length() const;

    // The pieces whose boxes, grown by margin, meet rect; touching pieces form one subpath.
    QPainterPath solid(const QRectF &rect, qreal margin) const;
    // Dashes of on units, off units apart, counted from the start, within the same pieces.
    QPainterPath dashed(const QRectF &rect, qreal margin, qreal on, qreal off) const;

private:
    struct Cubic
    {
        QPointF p0, c1, c2, p3;
        QPointF at(qreal t) const;
        Cubic part(qreal t0, qreal t1) const;
    };
    static constexpr int samples = 9; // per piece, to place dashes by arc length
    struct Piece
    {
        Cubic curve;
        QRectF box;
        qreal startLength = 0;
        qreal length = 0;
        // Arc length at t = i / (samples - 1), from the piece's start.
        std::array<qreal, samples> lengths{};
        qreal tAt(qreal arc) const;
    };
    bool meets(const Piece &piece, const QRectF &rect, qreal margin) const;
    // Cut on first use: a drag or a layout reroutes many links that are never painted meanwhile.
    void cut() const;

    Cubic m_whole;
    mutable bool m_cut = true;
    mutable QVector<Piece> m_pieces;
};

} // namespace Whyboard
