#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace Whyboard {

// Colours and type of the board. Sizes are in scene units: the board is read from across a
// room, so text is large and the view scales the whole scene, never the fonts alone.
struct BoardTheme
{
    enum class Kind { Light, Dark, Projector };

    Kind kind = Kind::Light;
    QColor background;
    QColor gridDot;
    QColor cardFill;
    QColor cardBorder;
    QColor cardShadow;
    QColor problemFill;
    QColor problemBorder;
    QColor text;
    QColor mutedText;
    QColor accent; // selection, handles, the "Why?" button
    QColor accentText;
    QColor link;
    QColor linkHolds;
    QColor linkRefuted;
    QColor verified;
    QColor unverified;

    QFont textFont;   // the card's statement
    QFont headerFont; // "WHY 3", "PROBLEM", evidence state
    QFont badgeFont;

    qreal cardWidth = 400;
    qreal padding = 18;
    qreal cornerRadius = 12;
    qreal borderWidth = 2;
    qreal linkWidth = 3;

    static BoardTheme light();
    static BoardTheme dark();
    static BoardTheme projector(); // high contrast for washed-out projectors
    static BoardTheme forKind(Kind kind);

    static QString displayName(Kind kind);
    static QString key(Kind kind);
};

} // namespace Whyboard
