// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Whyboard {

// WCAG 2 colour contrast, used to hold the projector theme to 7:1 (level AAA) for text.
class Contrast
{
public:
    // 0 (black) .. 1 (white), from linearised sRGB; alpha is ignored.
    static double relativeLuminance(const QColor &color);
    // (lighter + 0.05) / (darker + 0.05): 1 .. 21, the same whichever colour comes first.
    static double ratio(const QColor &a, const QColor &b);

    static constexpr double enhanced = 7.0; // WCAG AAA for normal text
    static constexpr double minimum = 4.5;  // WCAG AA
};

} // namespace Whyboard
