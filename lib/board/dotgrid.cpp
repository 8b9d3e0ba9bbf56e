// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/dotgrid.h"

#include <QPainter>
#include <QVector>

#include <cmath>

namespace Whyboard {

void DotGrid::paint(QPainter *painter, const QRectF &rect, qreal step, const QColor &colour)
{
    if (painter->transform().m11() * step < 10)
        return;
    painter->setPen(QPen(colour, 2.5, Qt::SolidLine, Qt::RoundCap));
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    }
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace Whyboard
