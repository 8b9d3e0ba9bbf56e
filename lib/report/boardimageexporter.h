#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace Whyboard {

// The board alone, as the report draws it: a PNG for pasting into chat and an SVG for
// documents. Both cover the cards and arrows with a small margin, nothing else.
class BoardImageExporter
{
    Q_DECLARE_TR_FUNCTIONS(BoardImageExporter)

public:
    static constexpr qreal defaultPngScale = 2.0;
    // A PNG is at most this many pixels a side and in all (the scale drops to fit), so it never
    // needs more than 128 MB to draw (32 Mpx at 4 bytes). Cards placed
    // nowhere or absurdly far are brought next to the board first (PrintBoard), so the SVG's
    // extent is bounded too.
    static constexpr qreal maximumSide = 8192;
    static constexpr qreal maximumPixels = 32.0 * 1024 * 1024;

    // scale 1 is the board's own size (96 dpi); an empty board gives a null image.
    static QImage image(const Session &session, qreal scale = defaultPngScale);

    // Return an error for the user, empty on success; a failure leaves no file behind.
    static QString writePng(const Session &session, const QString &path, qreal scale = defaultPngScale);
    static QString writeSvg(const Session &session, const QString &path);
};

} // namespace Whyboard
