// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include <QColor>
#include <QFont>
#include <QString>

#include <utility>

namespace Whyboard {

// How a card stands while projector mode follows a route: on it, off it, or no route shown.
// Off the route a card recedes by its outline only: its text keeps full contrast.
enum class CardEmphasis { None, OnPath, OffPath };

// Everything a card's painting takes from the theme for one state of the card.
struct CardLook
{
    QColor fill;
    QColor border;
    qreal borderWidth = 2;
    Qt::PenStyle borderStyle = Qt::SolidLine;
    QColor text;        // the statement
    QColor placeholder; // "Why?" on an empty card
    QColor header;      // "WHY 3", "PROBLEM"
    QColor evidence;    // "VERIFIED", "NO EVIDENCE", ...
};

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
    // The card text's size against the theme's own (Edit › Preferences › Card text size).
    qreal textScale = 1;

    // The colours and outline of a card in the given state; painting and the contrast checks
    // read the same answer.
    CardLook cardLook(CardKind kind, bool verified, CardEmphasis emphasis, bool selected) const;
    // A check badge's pill: the fill, darkened where needed, and the text colour that reads on it.
    std::pair<QColor, QColor> badgeColours(const QColor &requested) const;
    // The least contrast a text colour of this theme must keep to its background.
    double minimumTextContrast() const;
    // This theme with its card, header and badge type at scale times the theme's own size (1 is
    // the theme as made; applying another scale replaces the earlier one). The cards keep their
    // width, so larger text wraps into taller cards rather than zooming the whole board.
    // Only the screen uses it: exports paint with the plain light theme (BoardScene's print
    // mode, PrintBoard, FishboneExporter), because a report is read at its own size on paper
    // or another screen, and its diagram plan cuts pages by the standard text size.
    BoardTheme withTextScale(qreal scale) const;

    static BoardTheme light();
    static BoardTheme dark();
    static BoardTheme projector(); // high contrast for washed-out projectors
    static BoardTheme forKind(Kind kind);

    static QString displayName(Kind kind);
    static QString key(Kind kind);
    // The kind key() names; fallback for anything else.
    static Kind kindOfKey(const QString &key, Kind fallback = Kind::Light);
};

} // namespace Whyboard
