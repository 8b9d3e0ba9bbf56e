// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/flowbox.h"
#include "report/flowtable.h"
#include "report/textlines.h"

#include <QString>
#include <QStringList>
#include <QTextCharFormat>

#include <memory>
#include <optional>
#include <vector>

class QPaintDevice;

namespace Whyboard {

class PictureBox;

// Builds the report's flow of boxes at the body's width with the fonts of the device it is
// painted on: headings (kept with what follows, entered in the PDF outline), paragraphs,
// tables with a repeated header, pictures. Pagination and painting come after, once.
class ReportFlow
{
public:
    using Cell = QList<TextRun>;

    ReportFlow(qreal width, QPaintDevice *device);
    ~ReportFlow();

    qreal width() const { return m_width; }
    QPaintDevice *device() const { return m_device; }

    // Paragraphs follow the reader's language, not the first letter of their text: a card
    // written in Arabic must not move the chain's numbering to the right margin.
    static Qt::LayoutDirection direction();

    static Cell cell(const QString &text, const QTextCharFormat &format) { return {{text, format, {}}}; }

    // A section heading: an outline entry (anchor id given or made up), kept with what follows.
    FlowBox &heading(const QString &text, const QString &anchorId = {});
    FlowBox &subheading(const QString &text);
    FlowBox &paragraph(const QString &text, const QTextCharFormat &format, qreal spaceAfterPoints = 6);
    FlowBox &paragraph(const Cell &runs, qreal spaceAfterPoints = 6, qreal indent = 0,
                       TextLines::Wrap wrap = TextLines::Wrap::Words);
    FlowBox &note(const QString &text);

    // Starts a table; rows follow until anything else is added. Dense tables (the appendices'
    // thousands of rows) pad their rows less.
    enum class Density { Comfortable, Dense };
    void table(const QList<FlowTable::Column> &columns, const QStringList &headers,
               Density density = Density::Comfortable);
    TableRowBox &row(const QList<Cell> &cells);
    // A row whose cells all wrap one way, whatever their columns say (the cover's figures).
    TableRowBox &row(const QList<Cell> &cells, TextLines::Wrap wrap);
    // A row in a table without header or rules (the cover's figures).
    void plainTable(const QList<FlowTable::Column> &columns, const TableRowBox::Style &style);

    PictureBox &picture(const QSizeF &size, std::function<void(QPainter &, const QRectF &)> painter,
                        Qt::Alignment alignment = Qt::AlignHCenter);
    FlowBox &add(std::unique_ptr<FlowBox> box);

    // The finished flow.
    std::vector<std::unique_ptr<FlowBox>> take();

private:
    void finishTable();
    TableRowBox &addRow(const QList<Cell> &cells, std::optional<TextLines::Wrap> wrap);
    TextLines lines(const Cell &runs, TextLines::Wrap wrap = TextLines::Wrap::Words) const;

    qreal m_width;
    QPaintDevice *m_device;
    std::vector<std::unique_ptr<FlowBox>> m_boxes;
    std::unique_ptr<FlowTable> m_table;
    QList<FlowTable::Column> m_columns;
    TableRowBox::Style m_rowStyle;
    qreal m_lineHeight = 1.18;
    int m_headings = 0;
};

} // namespace Whyboard
