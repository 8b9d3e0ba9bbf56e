// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace Whyboard {

// The board alone, as the report draws it: a PNG for pasting into chat and an SVG for
// documents. Both cover the cards and arrows with a small margin, nothing else.
class BoardImageExporter
{
    Q_DECLARE_TR_FUNCTIONS(BoardImageExporter)

public:
    static constexpr qreal defaultPngScale = 2.0;
    // A PNG is at most this many pixels a side and in all: the whole drawing is scaled down
    // into it, keeping its shape, so it never needs more than 128 MB to draw (32 Mpx at
    // 4 bytes) and a big board is a picture of the whole board, not a cut-out. A board laid out
    // by the board's layout keeps about a screen's shape (LayeredLayout wraps long levels), so
    // at 400 cards the text of that picture is still about half its size on the board. Cards
    // placed nowhere or absurdly far are brought next to the board first (PrintBoard), so the
    // SVG's extent is bounded too; its nominal size (what a viewer first shows) obeys the same
    // side limit, while its drawing keeps the board's units in its viewBox.
    static constexpr qreal maximumSide = 8192;
    static constexpr qreal maximumPixels = 32.0 * 1024 * 1024;
    // A board the print copy had to lay out again comes out in the board's own layout when the
    // print layout's shape (width over height) is outside these: a column or a strip of cards.
    static constexpr qreal narrowestShape = 0.5;
    static constexpr qreal widestShape = 2.2;
    // The scale at which a drawing of this size fits the limits above, at most the one asked.
    static qreal fittingScale(const QSizeF &drawing, qreal scale);

    // scale 1 is the board's own size (96 dpi); an empty board gives a null image.
    static QImage image(const Session &session, qreal scale = defaultPngScale);

    // Return an error for the user, empty on success; a failure leaves no file behind.
    static QString writePng(const Session &session, const QString &path, qreal scale = defaultPngScale);
    static QString writeSvg(const Session &session, const QString &path);
    // The SVG document in out; returns why there is none, naming the file name (empty on
    // success). Every text in it is escaped and holds only characters XML allows; the title
    // is at most titleCharacters.
    static QString svg(const Session &session, QByteArray *out, const QString &name = {});
    // The same written to an open device, as it is drawn.
    static QString writeSvg(const Session &session, QIODevice *device, const QString &name = {});
    static constexpr int titleCharacters = 500;
};

} // namespace Whyboard
