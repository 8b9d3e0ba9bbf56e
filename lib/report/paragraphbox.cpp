// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/paragraphbox.h"

#include "report/reportflow.h"

#include <QPainter>

namespace Whyboard {

ParagraphBox::ParagraphBox(TextLines lines, qreal width, qreal indent)
    : m_lines(std::move(lines))
    , m_indent(indent)
{
    m_lines.layout(width - indent);
    m_height = m_lines.height();
}

QList<qreal> ParagraphBox::breaks() const
{
    // No single line alone at the foot or the head of a page.
    const QList<qreal> bottoms = m_lines.lineBottoms();
    if (bottoms.size() < 3)
        return {};
    return bottoms.mid(1, bottoms.size() - 2);
}

void ParagraphBox::paint(QPainter &painter) const
{
    const bool rightToLeft = ReportFlow::direction() == Qt::RightToLeft;
    m_lines.draw(painter, QPointF(rightToLeft ? 0 : m_indent, 0));
}

QList<QPair<QRectF, QString>> ParagraphBox::links() const
{
    const bool rightToLeft = ReportFlow::direction() == Qt::RightToLeft;
    QList<QPair<QRectF, QString>> areas = m_lines.targetAreas();
    for (auto &area : areas)
        area.first.translate(rightToLeft ? 0 : m_indent, 0);
    return areas;
}

} // namespace Whyboard
