// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace Whyboard {

// The colours that say warning, error, success or a plain notice, chosen for the palette they
// are drawn in: a light desktop, a dark one (Breeze Dark, Fusion with a dark palette) or a
// projector's high-contrast one. Every text colour keeps WCAG's 4.5:1 (Contrast::minimum)
// against the background it is drawn on, so an "overdue" in red still reads on a dark table.
// Widgets follow palette changes through StatusStyle (lib/ui); models ask with
// currentPalette() each time they are asked for a colour.
class StatusColours
{
public:
    enum class Status { Warning, Error, Success, Notice };

    // Text of this status straight on a background (and on a second one, as alternating table
    // rows): the status's hue, made as light or as dark as 4.5:1 on each needs.
    static QColor textOn(Status status, const QColor &background, const QColor &otherBackground = QColor());
    // A surface that needs attention: the surface tinted with the status's hue.
    static QColor tint(Status status, const QColor &surface);
    // preferred when it keeps 4.5:1 on background, else black or white, whichever reads better.
    static QColor readableOn(const QColor &preferred, const QColor &background);

    // Text on the window (a label in a panel or the status bar).
    static QColor text(Status status, const QPalette &palette);
    // Text in a table cell, on Base and AlternateBase.
    static QColor cellText(Status status, const QPalette &palette);
    // A banner over the board or in a dialog: its background, and its text.
    static QColor bannerBackground(Status status, const QPalette &palette);
    static QColor bannerText(Status status, const QPalette &palette);
    // An input field or a table row that needs attention: its background, and its text.
    static QColor fieldBackground(Status status, const QPalette &palette);
    static QColor fieldText(Status status, const QPalette &palette);

    // The application's palette, or a plain light one where there is no GUI application (a
    // command-line verb, a core test).
    static QPalette currentPalette();

    // A little over 4.5:1, so that rounding to 8-bit channels never takes a colour below it.
    static constexpr double target = 4.6;
};

} // namespace Whyboard
