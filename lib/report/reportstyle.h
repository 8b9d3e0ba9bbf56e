// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QTextCharFormat>

namespace Whyboard {

// The report's typography and colours in one place: one calm accent, ink greys, and a
// severity colour. Sizes are in points; the report lays out at a fixed 96 units per inch.
class ReportStyle
{
public:
    static constexpr int layoutDpi = 96;
    static qreal px(qreal points) { return points * layoutDpi / 72.0; }

    static QColor accent();
    static QColor accentTint(); // figure row and table header background
    static QColor ink();
    static QColor muted();
    static QColor rule();
    static QColor warning(); // a read-back step the room found does not hold
    static QColor severityColor(int severity);

    static QFont font(qreal pointSize, QFont::Weight weight = QFont::Normal);
    // The same size in layout units rather than points, for text a picture box paints itself:
    // it measures and draws alike on the PDF, a print preview and a PNG at any resolution.
    static QFont pixelFont(qreal pointSize, QFont::Weight weight = QFont::Normal);

    static QTextCharFormat text(qreal pointSize = 10, QFont::Weight weight = QFont::Normal,
                                const QColor &color = ink());
    static QTextCharFormat label(); // small upper-case caption, muted
    static QTextCharFormat link(const QString &url);
};

} // namespace Whyboard
