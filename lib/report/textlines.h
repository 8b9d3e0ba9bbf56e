// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QTextCharFormat>
#include <QTextLayout>

#include <memory>

class QPainter;
class QPaintDevice;

namespace Whyboard {

// A run of text in one format; target names a place in the report it links to (a card on
// the diagram), url a place outside it.
struct TextRun
{
    QString text;
    QTextCharFormat format;
    QString target;
};

// A paragraph of formatted runs broken into lines once, at one width, with the fonts of the
// device it is painted on. The report's paragraphs and table cells are made of these.
class TextLines
{
public:
    enum class Wrap {
        Words,         // between words; a word wider than the line still breaks, so nothing overflows
        Never,         // one line per explicit line break: figures and names
    };

    TextLines(const QList<TextRun> &runs, const QFont &baseFont, QPaintDevice *device,
              Wrap wrap = Wrap::Words, Qt::Alignment alignment = Qt::AlignLeading,
              qreal lineHeightFactor = 1.18);
    ~TextLines();
    TextLines(TextLines &&) noexcept;
    TextLines &operator=(TextLines &&) noexcept;

    // The widest piece that cannot be broken (a word, or a whole line for Wrap::Never).
    qreal minimumWidth() const;
    void layout(qreal width);
    qreal height() const { return m_height; }
    qreal width() const { return m_width; }
    // Where the text may be cut between lines: the bottom of each line but the last.
    QList<qreal> lineBottoms() const;
    void draw(QPainter &painter, const QPointF &topLeft) const;
    // The areas of runs with a target, relative to the top left, with their targets.
    QList<QPair<QRectF, QString>> targetAreas() const;

private:
    // A long report keeps only the text and where its lines end; a QTextLayout, with its
    // shaped glyphs, lives only while one paragraph is measured or drawn.
    std::unique_ptr<QTextLayout> makeLayout() const;
    void placeLines(QTextLayout &layout) const;

    QString m_text;
    QList<QTextLayout::FormatRange> m_formats;
    QFont m_font;
    QPaintDevice *m_device = nullptr;
    QTextOption m_option;
    QList<QPair<int, int>> m_targetRanges; // start, length
    QStringList m_targets;
    QList<qreal> m_lineBottoms;
    // Unwrapped text breaks only where the user did, at any width: measured once, kept.
    mutable qreal m_unwrappedWidth = -1;
    mutable QList<qreal> m_unwrappedBottoms;
    mutable qreal m_unwrappedHeight = 0;
    Wrap m_wrap;
    qreal m_lineHeightFactor;
    qreal m_width = 0;
    qreal m_height = 0;
};

} // namespace Whyboard
