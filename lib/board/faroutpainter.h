// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardtheme.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace Whyboard {

class BoardScene;

// The board seen from far out, where a card's text would be too small to read on screen:
// cards become filled blocks showing their why number, links thin plain lines. It is cheap
// enough to paint thousands of cards in a frame, and reads as an overview on a projector.
class FarOutPainter
{
public:
    // Card text below this height on screen is not read, only seen as grey.
    static constexpr qreal minimumTextPixels = 7;
    // A far-out link: one device pixel, which Qt draws without building an outline.
    static constexpr qreal linkPixels = 1;

    // Whether a board in this theme, painted at this scale, shows cards as blocks.
    static bool isFarOut(const BoardTheme &theme, qreal scale);
    // The smallest zoom at which card text stays readable.
    static qreal readableScale(const BoardTheme &theme);

    // A card as a block: its fill, a plain border and, when it can be read, its number in
    // large type. selected shows the theme's accent around it.
    static void paintCard(QPainter *painter, const QRectF &rect, const CardLook &look, const QString &number,
                          const BoardTheme &theme, bool selected);
    // The exposed part of the whole board, far out, in one pass over its cards and links (the
    // view's way of drawing thousands of them within a frame): links in one batch per colour,
    // then the blocks.
    static void paintBoard(QPainter *painter, const QRectF &exposed, const BoardScene &scene);
};

} // namespace Whyboard
