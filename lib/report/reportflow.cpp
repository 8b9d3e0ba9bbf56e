// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportflow.h"

#include "report/paragraphbox.h"
#include "report/picturebox.h"
#include "report/reportstyle.h"

#include <QGuiApplication>

namespace Whyboard {

ReportFlow::ReportFlow(qreal width, QPaintDevice *device)
    : m_width(width)
    , m_device(device)
{
}

ReportFlow::~ReportFlow() = default;

Qt::LayoutDirection ReportFlow::direction()
{
    return QGuiApplication::layoutDirection();
}

TextLines ReportFlow::lines(const Cell &runs, TextLines::Wrap wrap) const
{
    return TextLines(runs, ReportStyle::font(10), m_device, wrap);
}

FlowBox &ReportFlow::add(std::unique_ptr<FlowBox> box)
{
    finishTable();
    m_boxes.push_back(std::move(box));
    return *m_boxes.back();
}

FlowBox &ReportFlow::heading(const QString &text, const QString &anchorId)
{
    FlowBox &box = paragraph(cell(text, ReportStyle::text(15, QFont::DemiBold, ReportStyle::accent())), 8);
    box.marginTop = ReportStyle::px(20);
    box.keepWithNext = true;
    box.keepTogether = true;
    box.anchors.append({anchorId.isEmpty() ? QStringLiteral("section-%1").arg(++m_headings) : anchorId, 0, text, 0});
    return box;
}

FlowBox &ReportFlow::subheading(const QString &text)
{
    FlowBox &box = paragraph(cell(text, ReportStyle::text(11, QFont::DemiBold)), 4);
    box.marginTop = ReportStyle::px(12);
    box.keepWithNext = true;
    box.keepTogether = true;
    return box;
}

FlowBox &ReportFlow::paragraph(const QString &text, const QTextCharFormat &format, qreal spaceAfterPoints)
{
    return paragraph(cell(text, format), spaceAfterPoints);
}

FlowBox &ReportFlow::paragraph(const Cell &runs, qreal spaceAfterPoints, qreal indent, TextLines::Wrap wrap)
{
    FlowBox &box = add(std::make_unique<ParagraphBox>(lines(runs, wrap), m_width, indent));
    box.marginBottom = ReportStyle::px(spaceAfterPoints);
    return box;
}

FlowBox &ReportFlow::note(const QString &text)
{
    QTextCharFormat format = ReportStyle::text(10, QFont::Normal, ReportStyle::muted());
    format.setFontItalic(true);
    return paragraph(text, format);
}

void ReportFlow::table(const QList<FlowTable::Column> &columns, const QStringList &headers, Density density)
{
    finishTable();
    m_columns = columns;
    m_table = std::make_unique<FlowTable>(columns, m_width);
    m_lineHeight = density == Density::Dense ? 1.08 : 1.18;
    m_rowStyle = TableRowBox::Style{ReportStyle::px(5), ReportStyle::px(density == Density::Dense ? 1.5 : 4), QColor(), ReportStyle::px(0.5),
                                    ReportStyle::rule()};
    std::vector<TextLines> cells;
    for (int i = 0; i < columns.size(); ++i)
        cells.push_back(lines(cell(headers.value(i), ReportStyle::label()), TextLines::Wrap::Words));
    const TableRowBox::Style headerStyle{ReportStyle::px(5), ReportStyle::px(5), ReportStyle::accentTint(),
                                         ReportStyle::px(1), ReportStyle::accent()};
    auto header = std::make_unique<TableRowBox>(std::move(cells), headerStyle);
    header->marginTop = ReportStyle::px(2);
    m_table->setHeader(header.get());
    m_boxes.push_back(std::move(header));
}

void ReportFlow::plainTable(const QList<FlowTable::Column> &columns, const TableRowBox::Style &style)
{
    finishTable();
    m_columns = columns;
    m_table = std::make_unique<FlowTable>(columns, m_width);
    m_lineHeight = 1.18;
    m_rowStyle = style;
}

TableRowBox &ReportFlow::row(const QList<Cell> &cells)
{
    return addRow(cells, {});
}

TableRowBox &ReportFlow::row(const QList<Cell> &cells, TextLines::Wrap wrap)
{
    return addRow(cells, wrap);
}

TableRowBox &ReportFlow::addRow(const QList<Cell> &cells, std::optional<TextLines::Wrap> wrap)
{
    std::vector<TextLines> laid;
    for (int i = 0; i < m_columns.size(); ++i) {
        const TextLines::Wrap cellWrap = wrap ? *wrap : m_columns.at(i).whole ? TextLines::Wrap::Never : TextLines::Wrap::Words;
        laid.push_back(TextLines(cells.value(i), ReportStyle::font(10), m_device, cellWrap, Qt::AlignLeading, m_lineHeight));
    }
    auto row = std::make_unique<TableRowBox>(std::move(laid), m_rowStyle);
    TableRowBox &result = *row;
    m_table->addRow(row.get());
    m_boxes.push_back(std::move(row));
    return result;
}

PictureBox &ReportFlow::picture(const QSizeF &size, std::function<void(QPainter &, const QRectF &)> painter,
                                Qt::Alignment alignment)
{
    auto box = std::make_unique<PictureBox>(size, m_width, std::move(painter), alignment);
    PictureBox &result = *box;
    add(std::move(box));
    return result;
}

void ReportFlow::finishTable()
{
    if (!m_table)
        return;
    m_table->finish();
    if (!m_boxes.empty())
        m_boxes.back()->marginBottom = std::max(m_boxes.back()->marginBottom, ReportStyle::px(10));
    m_table.reset();
}

std::vector<std::unique_ptr<FlowBox>> ReportFlow::take()
{
    finishTable();
    return std::move(m_boxes);
}

} // namespace Whyboard
