// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardtheme.h"

#include "analysis/contrast.h"

#include <QCoreApplication>

namespace Whyboard {

namespace {

BoardTheme withFonts(BoardTheme theme)
{
    // Pixel sizes so the scene, not the screen's DPI, decides the size on the board.
    theme.textFont = QFont(QStringLiteral("Sans Serif"));
    theme.textFont.setPixelSize(25);
    theme.headerFont = theme.textFont;
    theme.headerFont.setPixelSize(16);
    theme.headerFont.setWeight(QFont::DemiBold);
    theme.headerFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    theme.badgeFont = theme.textFont;
    theme.badgeFont.setPixelSize(15);
    theme.badgeFont.setWeight(QFont::DemiBold);
    return theme;
}

} // namespace

CardLook BoardTheme::cardLook(CardKind kind, bool verified, CardEmphasis emphasis, bool selected) const
{
    const bool problem = kind == CardKind::Problem;
    CardLook look;
    look.fill = problem ? problemFill : cardFill;
    look.border = problem ? problemBorder : cardBorder;
    look.borderWidth = problem ? borderWidth * 1.5 : borderWidth;
    // Unverified whys get a dashed border: the room sees at a glance what is still a guess.
    look.borderStyle = !problem && !verified ? Qt::DashLine : Qt::SolidLine;
    look.text = text;
    look.placeholder = mutedText;
    look.header = problem ? problemBorder : mutedText;
    // The problem has no evidence label: its header is the only other text it shows.
    look.evidence = problem ? look.header : verified ? this->verified : unverified;
    switch (emphasis) {
    case CardEmphasis::OnPath:
        // The route being read carries a heavy outline in the accent colour.
        look.border = accent;
        look.borderWidth = borderWidth * 3;
        break;
    case CardEmphasis::OffPath:
        // The rest recedes by a thin, quiet outline; its text stays as dark as ever.
        look.border = gridDot;
        look.borderWidth = qMax<qreal>(1, borderWidth / 2);
        break;
    case CardEmphasis::None:
        break;
    }
    if (selected) {
        look.border = accent;
        look.borderWidth = qMax(look.borderWidth, borderWidth * 1.5);
    }
    return look;
}

std::pair<QColor, QColor> BoardTheme::badgeColours(const QColor &requested) const
{
    QColor fill = requested.isValid() ? requested : accent;
    const auto bestText = [](const QColor &on) {
        return Contrast::ratio(Qt::black, on) >= Contrast::ratio(Qt::white, on) ? QColor(Qt::black) : QColor(Qt::white);
    };
    // Darkening raises white's contrast step by step; a light fill is darkened until white
    // reads on it, or black already does.
    for (int step = 0; step < 20 && Contrast::ratio(bestText(fill), fill) < minimumTextContrast(); ++step)
        fill = fill.darker(112);
    return {fill, bestText(fill)};
}

double BoardTheme::minimumTextContrast() const
{
    return kind == Kind::Projector ? Contrast::enhanced : Contrast::minimum;
}

BoardTheme BoardTheme::withTextScale(qreal scale) const
{
    BoardTheme scaled = *this;
    scaled.textScale = scale > 0 ? scale : 1;
    const qreal factor = scaled.textScale / textScale;
    for (QFont *font : {&scaled.textFont, &scaled.headerFont, &scaled.badgeFont})
        font->setPixelSize(qMax(1, qRound(font->pixelSize() * factor)));
    return scaled;
}

BoardTheme BoardTheme::light()
{
    BoardTheme t;
    t.kind = Kind::Light;
    t.background = QColor(0xf4, 0xf5, 0xf7);
    t.gridDot = QColor(0xd5, 0xd9, 0xe0);
    t.cardFill = QColor(0xff, 0xff, 0xff);
    t.cardBorder = QColor(0x9a, 0xa5, 0xb4);
    t.cardShadow = QColor(0x1e, 0x29, 0x3b, 28);
    t.problemFill = QColor(0xfd, 0xf0, 0xe6);
    t.problemBorder = QColor(0xc2, 0x5e, 0x1f);
    t.text = QColor(0x1b, 0x22, 0x2c);
    t.mutedText = QColor(0x5b, 0x66, 0x75);
    t.accent = QColor(0x25, 0x63, 0xc9);
    t.accentText = QColor(0xff, 0xff, 0xff);
    t.link = QColor(0x64, 0x70, 0x80);
    t.linkHolds = QColor(0x2e, 0x7d, 0x4f);
    t.linkRefuted = QColor(0xc6, 0x28, 0x28);
    t.verified = QColor(0x2e, 0x7d, 0x4f);
    t.unverified = QColor(0x8a, 0x6d, 0x1d);
    return withFonts(t);
}

BoardTheme BoardTheme::dark()
{
    BoardTheme t;
    t.kind = Kind::Dark;
    t.background = QColor(0x1c, 0x20, 0x26);
    t.gridDot = QColor(0x33, 0x39, 0x42);
    t.cardFill = QColor(0x2a, 0x30, 0x39);
    t.cardBorder = QColor(0x6b, 0x76, 0x85);
    t.cardShadow = QColor(0, 0, 0, 70);
    t.problemFill = QColor(0x3d, 0x2e, 0x25);
    t.problemBorder = QColor(0xf0, 0x8c, 0x4a);
    t.text = QColor(0xe9, 0xec, 0xf1);
    t.mutedText = QColor(0xa3, 0xad, 0xba);
    t.accent = QColor(0x5b, 0x9c, 0xf5);
    t.accentText = QColor(0x10, 0x16, 0x20);
    t.link = QColor(0x9a, 0xa5, 0xb4);
    t.linkHolds = QColor(0x6f, 0xcf, 0x97);
    t.linkRefuted = QColor(0xff, 0x6b, 0x6b);
    t.verified = QColor(0x6f, 0xcf, 0x97);
    t.unverified = QColor(0xe8, 0xc0, 0x5a);
    return withFonts(t);
}

BoardTheme BoardTheme::projector()
{
    BoardTheme t = light();
    t.kind = Kind::Projector;
    t.background = QColor(0xff, 0xff, 0xff);
    t.gridDot = QColor(0xcc, 0xcc, 0xcc);
    t.cardFill = QColor(0xff, 0xff, 0xff);
    t.cardBorder = QColor(0x00, 0x00, 0x00);
    t.cardShadow = QColor(0, 0, 0, 0);
    t.problemFill = QColor(0xff, 0xe8, 0xcc);
    t.problemBorder = QColor(0x80, 0x30, 0x00); // also the "PROBLEM" label: >= 7:1 on problemFill
    t.text = QColor(0x00, 0x00, 0x00);
    t.mutedText = QColor(0x30, 0x30, 0x30);
    t.accent = QColor(0x00, 0x3f, 0xb5);
    t.link = QColor(0x10, 0x10, 0x10);
    t.linkHolds = QColor(0x00, 0x66, 0x2e);
    t.linkRefuted = QColor(0xc0, 0x00, 0x00);
    t.verified = QColor(0x00, 0x66, 0x2e);
    t.unverified = QColor(0x6b, 0x4a, 0x00);
    t.borderWidth = 3;
    t.cardWidth = 420;
    t.linkWidth = 4;
    t.textFont.setPixelSize(32);
    t.textFont.setWeight(QFont::Medium);
    t.headerFont.setPixelSize(17);
    t.headerFont.setWeight(QFont::Bold);
    return t;
}

BoardTheme BoardTheme::forKind(Kind kind)
{
    switch (kind) {
    case Kind::Dark:
        return dark();
    case Kind::Projector:
        return projector();
    case Kind::Light:
        break;
    }
    return light();
}

QString BoardTheme::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Dark:
        return QCoreApplication::translate("BoardTheme", "Dark");
    case Kind::Projector:
        return QCoreApplication::translate("BoardTheme", "Projector (high contrast)");
    case Kind::Light:
        break;
    }
    return QCoreApplication::translate("BoardTheme", "Light");
}

QString BoardTheme::key(Kind kind)
{
    switch (kind) {
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::Projector:
        return QStringLiteral("projector");
    case Kind::Light:
        break;
    }
    return QStringLiteral("light");
}

BoardTheme::Kind BoardTheme::kindOfKey(const QString &key, Kind fallback)
{
    for (const Kind kind : {Kind::Light, Kind::Dark, Kind::Projector}) {
        if (key == BoardTheme::key(kind))
            return kind;
    }
    return fallback;
}

} // namespace Whyboard
