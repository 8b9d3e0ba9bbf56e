// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportstyle.h"

#include <QGuiApplication>

namespace Whyboard {

QColor ReportStyle::accent() { return QColor(0x2b, 0x5c, 0x8a); }
QColor ReportStyle::accentTint() { return QColor(0xee, 0xf3, 0xf8); }
QColor ReportStyle::ink() { return QColor(0x1f, 0x29, 0x33); }
QColor ReportStyle::muted() { return QColor(0x61, 0x6e, 0x7c); }
QColor ReportStyle::rule() { return QColor(0xd3, 0xda, 0xe2); }
QColor ReportStyle::warning() { return QColor(0xb4, 0x3c, 0x2a); }

QColor ReportStyle::severityColor(int severity)
{
    switch (severity) {
    case 1:
        return QColor(0xb4, 0x23, 0x18);
    case 2:
        return QColor(0xd0, 0x5a, 0x12);
    case 3:
        return QColor(0xb7, 0x85, 0x0b);
    case 4:
        return QColor(0x3d, 0x7a, 0x5a);
    default:
        return QColor(0x7b, 0x87, 0x94);
    }
}

QFont ReportStyle::font(qreal pointSize, QFont::Weight weight)
{
    QFont result = QGuiApplication::font();
    result.setPointSizeF(pointSize);
    result.setWeight(weight);
    result.setStyleStrategy(QFont::PreferOutline);
    // An invisible fiftieth of a unit of letter spacing (the least Qt tells from none) turns
    // typographic ligatures off, so text copied or searched in the PDF reads "fi", not "ﬁ".
    result.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return result;
}

QFont ReportStyle::pixelFont(qreal pointSize, QFont::Weight weight)
{
    QFont result = font(pointSize, weight);
    result.setPixelSize(qRound(px(pointSize)));
    return result;
}

QTextCharFormat ReportStyle::text(qreal pointSize, QFont::Weight weight, const QColor &color)
{
    QTextCharFormat format;
    format.setFont(font(pointSize, weight), QTextCharFormat::FontPropertiesAll);
    format.setForeground(color);
    return format;
}

QTextCharFormat ReportStyle::label()
{
    QTextCharFormat format = text(7.5, QFont::DemiBold, muted());
    format.setFontCapitalization(QFont::AllUppercase);
    format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    format.setFontLetterSpacing(0.6); // also keeps ligatures off
    return format;
}

QTextCharFormat ReportStyle::link(const QString &url)
{
    QTextCharFormat format = text(9, QFont::Normal, accent());
    format.setAnchor(true);
    format.setAnchorHref(url);
    format.setFontUnderline(true);
    return format;
}

} // namespace Whyboard
