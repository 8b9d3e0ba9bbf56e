// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/textlines.h"

#include "analysis/textexcerpt.h"
#include "data/safetext.h"
#include "report/reportflow.h"
#include "report/reporttext.h"

#include <QLocale>
#include <QPainter>
#include <QTextOption>


namespace Whyboard {

namespace {

// Bounds what one paragraph may hold: a pasted log of megabytes must not stall the report.
constexpr int maximumCharacters = 20000;

} // namespace

TextLines::TextLines(const QList<TextRun> &runs, const QFont &baseFont, QPaintDevice *device, Wrap wrap,
                     Qt::Alignment alignment, qreal lineHeightFactor)
    : m_font(baseFont)
    , m_device(device)
    , m_option(alignment)
    , m_wrap(wrap)
    , m_lineHeightFactor(lineHeightFactor)
{
    qsizetype leftOut = 0;
    for (const TextRun &run : runs) {
        const qsizetype room = std::max<qsizetype>(0, maximumCharacters - m_text.size());
        qsizetype cut = 0;
        QString piece = TextExcerpt::head(run.text, int(room), &cut);
        leftOut += cut;
        if (piece.isEmpty())
            continue;
        // Labels are capitals in the reader's language (German ß, Turkish i).
        if (run.format.fontCapitalization() == QFont::AllUppercase)
            piece = QLocale().toUpper(piece);
        // Typed line breaks stay line breaks; tabs and other controls would draw as boxes.
        for (QChar &c : piece) {
            if (c == QLatin1Char('\n'))
                c = QChar::LineSeparator;
            else if (c.category() == QChar::Other_Control)
                c = QLatin1Char(' ');
        }
        // A paragraph is one layout: a run's directional controls must not reorder the label
        // or the cell beside it.
        piece = SafeText::isolated(piece);
        QTextLayout::FormatRange range;
        range.start = int(m_text.size());
        range.length = int(piece.size());
        range.format = run.format;
        m_formats.append(range);
        if (!run.target.isEmpty()) {
            m_targetRanges.append({range.start, range.length});
            m_targets.append(run.target);
        }
        m_text += piece;
    }
    if (leftOut > 0) {
        QTextLayout::FormatRange range;
        range.start = int(m_text.size());
        range.format = m_formats.isEmpty() ? QTextCharFormat() : m_formats.last().format;
        range.format.setFontItalic(true);
        m_text += QChar(u' ') + ReportText::leftOut(leftOut);
        range.length = int(m_text.size()) - range.start;
        m_formats.append(range);
    }
    m_option.setUseDesignMetrics(true);
    m_option.setTextDirection(ReportFlow::direction());
    m_option.setWrapMode(wrap == Wrap::Never ? QTextOption::ManualWrap : QTextOption::WrapAtWordBoundaryOrAnywhere);
}

TextLines::~TextLines() = default;
TextLines::TextLines(TextLines &&) noexcept = default;
TextLines &TextLines::operator=(TextLines &&) noexcept = default;

std::unique_ptr<QTextLayout> TextLines::makeLayout() const
{
    auto layout = std::make_unique<QTextLayout>(m_text, m_font, m_device);
    layout->setTextOption(m_option);
    layout->setFormats(m_formats);
    // Drawing reuses the glyphs shaped while breaking lines, instead of shaping twice.
    layout->setCacheEnabled(true);
    return layout;
}

void TextLines::placeLines(QTextLayout &layout) const
{
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_width);
        line.setPosition(QPointF(0, y));
        y += line.height() * m_lineHeightFactor;
    }
    layout.endLayout();
}

qreal TextLines::minimumWidth() const
{
    if (m_text.isEmpty())
        return 0;
    if (m_wrap == Wrap::Never) {
        if (m_unwrappedWidth < 0) {
            const auto layout = makeLayout();
            qreal y = 0;
            m_unwrappedWidth = 0;
            layout->beginLayout();
            for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
                line.setLineWidth(1e6);
                line.setPosition(QPointF(0, y));
                m_unwrappedWidth = std::max(m_unwrappedWidth, line.naturalTextWidth());
                m_unwrappedBottoms.append(y + line.height() * m_lineHeightFactor);
                m_unwrappedHeight = y + line.height();
                y += line.height() * m_lineHeightFactor;
            }
            layout->endLayout();
        }
        return m_unwrappedWidth;
    }
    // At zero width each line holds one piece that cannot be broken; without wrapping, each
    // line is one the user typed.
    auto probe = makeLayout();
    QTextOption option = m_option;
    if (m_wrap == Wrap::Words)
        option.setWrapMode(QTextOption::WordWrap);
    probe->setTextOption(option);
    qreal widest = 0;
    probe->beginLayout();
    for (QTextLine line = probe->createLine(); line.isValid(); line = probe->createLine()) {
        line.setLineWidth(m_wrap == Wrap::Never ? 1e6 : 0);
        widest = std::max(widest, line.naturalTextWidth());
    }
    probe->endLayout();
    return widest;
}

void TextLines::layout(qreal width)
{
    m_width = width;
    m_lineBottoms.clear();
    m_height = 0;
    if (m_text.isEmpty())
        return;
    if (m_wrap == Wrap::Never && m_unwrappedWidth >= 0) {
        m_lineBottoms = m_unwrappedBottoms;
        m_height = m_unwrappedHeight;
        return;
    }
    const auto layout = makeLayout();
    placeLines(*layout);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        m_lineBottoms.append(line.y() + line.height() * m_lineHeightFactor);
        m_height = line.y() + line.height();
    }
}

QList<qreal> TextLines::lineBottoms() const
{
    // The last line's bottom is no place to cut.
    return m_lineBottoms.mid(0, std::max<qsizetype>(0, m_lineBottoms.size() - 1));
}

void TextLines::draw(QPainter &painter, const QPointF &topLeft) const
{
    if (m_text.isEmpty())
        return;
    const auto layout = makeLayout();
    placeLines(*layout);
    layout->draw(&painter, topLeft);
}

QList<QPair<QRectF, QString>> TextLines::targetAreas() const
{
    QList<QPair<QRectF, QString>> areas;
    if (m_targets.isEmpty())
        return areas;
    const auto layout = makeLayout();
    placeLines(*layout);
    for (int i = 0; i < m_targetRanges.size(); ++i) {
        const int start = m_targetRanges.at(i).first;
        const int end = start + m_targetRanges.at(i).second;
        for (int l = 0; l < layout->lineCount(); ++l) {
            const QTextLine line = layout->lineAt(l);
            const int lineStart = line.textStart();
            const int lineEnd = lineStart + line.textLength();
            if (end <= lineStart || start >= lineEnd)
                continue;
            const qreal x1 = line.cursorToX(std::max(start, lineStart));
            const qreal x2 = line.cursorToX(std::min(end, lineEnd));
            areas.append({QRectF(QPointF(std::min(x1, x2), line.y()), QPointF(std::max(x1, x2), line.y() + line.height())),
                          m_targets.at(i)});
        }
    }
    return areas;
}

} // namespace Whyboard
