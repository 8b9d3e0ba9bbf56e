// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/picturebox.h"

#include <QPainter>

namespace Whyboard {

PictureBox::PictureBox(const QSizeF &size, qreal bodyWidth, Painter painter, Qt::Alignment alignment)
    : m_painter(std::move(painter))
{
    qreal x = 0;
    if (alignment & Qt::AlignHCenter)
        x = std::max<qreal>(0, (bodyWidth - size.width()) / 2);
    else if (alignment & Qt::AlignRight)
        x = std::max<qreal>(0, bodyWidth - size.width());
    m_area = QRectF(QPointF(x, 0), size);
    m_height = size.height();
    keepTogether = true;
}

void PictureBox::paint(QPainter &painter) const
{
    painter.save();
    m_painter(painter, m_area);
    painter.restore();
}

} // namespace Whyboard
