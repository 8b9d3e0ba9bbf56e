// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/statuscolours.h"

#include "analysis/contrast.h"

#include <QGuiApplication>

#include <algorithm>

namespace Whyboard {

namespace {

struct Hue
{
    int hue;
    int saturation;
};

Hue hueOf(StatusColours::Status status)
{
    switch (status) {
    case StatusColours::Status::Warning: return {34, 230};
    case StatusColours::Status::Error: return {2, 200};
    case StatusColours::Status::Success: return {135, 170};
    case StatusColours::Status::Notice: return {212, 160};
    }
    return {0, 0};
}

bool isDark(const QColor &colour)
{
    return Contrast::relativeLuminance(colour) < 0.18;
}

double worstRatio(const QColor &colour, const QColor &a, const QColor &b)
{
    return std::min(Contrast::ratio(colour, a), Contrast::ratio(colour, b));
}

} // namespace

QColor StatusColours::textOn(Status status, const QColor &background, const QColor &otherBackground)
{
    const QColor other = otherBackground.isValid() ? otherBackground : background;
    // Towards white or towards black: whichever end the backgrounds leave more room for.
    const bool lighten = worstRatio(Qt::white, background, other) > worstRatio(Qt::black, background, other);
    const Hue hue = hueOf(status);
    int lightness = lighten ? 150 : 110;
    QColor colour = QColor::fromHsl(hue.hue, hue.saturation, lightness);
    while (worstRatio(colour, background, other) < target && lightness > 0 && lightness < 255) {
        lightness = std::clamp(lightness + (lighten ? 3 : -3), 0, 255);
        colour = QColor::fromHsl(hue.hue, hue.saturation, lightness);
    }
    return colour;
}

QColor StatusColours::tint(Status status, const QColor &surface)
{
    // A pale wash on a light surface, a deeper one on a dark surface (where a pale wash would
    // vanish): the surface keeps most of its lightness, so its own text still reads.
    const Hue hue = hueOf(status);
    const QColor pure = QColor::fromHsl(hue.hue, hue.saturation, 128).toRgb();
    const double share = isDark(surface) ? 0.30 : 0.16;
    const QColor base = surface.toRgb();
    const auto mix = [share](double a, double b) { return a * (1 - share) + b * share; };
    return QColor::fromRgbF(float(mix(base.redF(), pure.redF())), float(mix(base.greenF(), pure.greenF())),
                            float(mix(base.blueF(), pure.blueF())));
}

QColor StatusColours::readableOn(const QColor &preferred, const QColor &background)
{
    if (Contrast::ratio(preferred, background) >= target)
        return preferred;
    return Contrast::ratio(Qt::white, background) > Contrast::ratio(Qt::black, background) ? QColor(Qt::white)
                                                                                             : QColor(Qt::black);
}

QColor StatusColours::text(Status status, const QPalette &palette)
{
    return textOn(status, palette.color(QPalette::Window));
}

QColor StatusColours::cellText(Status status, const QPalette &palette)
{
    return textOn(status, palette.color(QPalette::Base), palette.color(QPalette::AlternateBase));
}

QColor StatusColours::bannerBackground(Status status, const QPalette &palette)
{
    return tint(status, palette.color(QPalette::Window));
}

QColor StatusColours::bannerText(Status status, const QPalette &palette)
{
    return readableOn(palette.color(QPalette::WindowText), bannerBackground(status, palette));
}

QColor StatusColours::fieldBackground(Status status, const QPalette &palette)
{
    return tint(status, palette.color(QPalette::Base));
}

QColor StatusColours::fieldText(Status status, const QPalette &palette)
{
    return readableOn(palette.color(QPalette::Text), fieldBackground(status, palette));
}

QPalette StatusColours::currentPalette()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette();
    // Black text on white fields in a light grey window: what a light desktop gives.
    QPalette palette(Qt::black, QColor(0xef, 0xef, 0xef), Qt::white, QColor(0x9f, 0x9f, 0x9f), QColor(0xb8, 0xb8, 0xb8),
                     Qt::black, Qt::white, Qt::white, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    return palette;
}

} // namespace Whyboard
