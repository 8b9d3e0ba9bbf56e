// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/flowbox.h"
#include "report/textlines.h"

namespace Whyboard {

// A paragraph of the report: lines of formatted runs, indented from the leading edge. A long
// paragraph may be cut between lines, keeping two lines together at either end.
class ParagraphBox : public FlowBox
{
public:
    ParagraphBox(TextLines lines, qreal width, qreal indent = 0);

    QList<qreal> breaks() const override;
    void paint(QPainter &painter) const override;
    QList<QPair<QRectF, QString>> links() const override;

private:
    TextLines m_lines;
    qreal m_indent;
};

} // namespace Whyboard
