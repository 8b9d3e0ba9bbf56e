// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/flowbox.h"

#include <QSizeF>

#include <functional>

namespace Whyboard {

// A drawing in the flow (the why chain, the cover's chips): a fixed size, centred in the
// body's width, painted by a function given the rectangle to fill.
class PictureBox : public FlowBox
{
public:
    using Painter = std::function<void(QPainter &, const QRectF &)>;

    PictureBox(const QSizeF &size, qreal bodyWidth, Painter painter, Qt::Alignment alignment = Qt::AlignHCenter);

    void paint(QPainter &painter) const override;
    QList<QPair<QRectF, QString>> links() const override { return m_links; }
    QRectF area() const { return m_area; }
    void addLink(const QRectF &area, const QString &target) { m_links.append({area, target}); }

private:
    QRectF m_area;
    Painter m_painter;
    QList<QPair<QRectF, QString>> m_links;
};

} // namespace Whyboard
