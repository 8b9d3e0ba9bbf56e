// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/screenfit.h"

#include "analysis/layeredlayout.h"
#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/layoutanimator.h"
#include "document/sessiondocument.h"

#include <QFontMetricsF>

#include <cmath>

namespace Whyboard {

namespace {

// Card widths tried, as multiples of the theme's: from a narrow column (for left to right)
// to about sixty characters a line, beyond which a line is hard to follow.
constexpr qreal widthSteps[] = {0.8, 1.0, 1.15, 1.3, 1.45, 1.6, 1.8, 2.0, 2.2};
// Boards larger than this keep the theme's width: a room does not read them whole anyway.
constexpr int largestChoice = 150;
// The other orientation must read this much better before the picture turns.
constexpr qreal turnThreshold = 1.12;

} // namespace

qreal ScreenFit::fitZoom(const QSizeF &content, const QSizeF &screen)
{
    if (content.isEmpty() || screen.width() <= 2 * viewMargin || screen.height() <= 2 * viewMargin)
        return 0;
    return qMin((screen.width() - 2 * viewMargin) / content.width(), (screen.height() - 2 * viewMargin) / content.height());
}

ScreenFit ScreenFit::arrange(const BoardScene &scene, BoardTheme theme, const QSizeF &screen,
                             Qt::Orientation orientation, qreal cardWidth)
{
    theme.cardWidth = cardWidth;
    QHash<QString, QSizeF> sizes;
    const QList<CardItem *> cards = scene.cardItems();
    for (const CardItem *card : cards)
        sizes.insert(card->cardId(), card->measuredSize(theme));
    ScreenFit fit;
    fit.orientation = orientation;
    fit.cardWidth = cardWidth;
    // A little tighter than on the desk: nobody drags cards or hovers for buttons in the room.
    LayoutSpacing spacing = LayoutAnimator::spacing(orientation);
    spacing.layerGap *= 0.8;
    spacing.siblingGap *= 0.8;
    if (!screen.isEmpty())
        spacing.aspect = screen.width() / screen.height(); // long levels wrap to the screen's shape
    fit.positions = LayeredLayout::arrange(scene.document()->session(), sizes, orientation, spacing);
    QRectF bounds;
    for (auto it = fit.positions.cbegin(); it != fit.positions.cend(); ++it)
        bounds |= QRectF(it.value(), sizes.value(it.key()));
    fit.bounds = bounds.adjusted(-contentMargin, -contentMargin, contentMargin, contentMargin);
    fit.zoom = fitZoom(fit.bounds.size(), screen);
    fit.xHeight = QFontMetricsF(theme.textFont).xHeight() * fit.zoom;
    return fit;
}

ScreenFit ScreenFit::choose(const BoardScene &scene, const BoardTheme &theme, const QSizeF &screen,
                            const ScreenFit *current)
{
    if (scene.cardItems().size() > largestChoice)
        return arrange(scene, theme, screen, scene.preferredOrientation(), theme.cardWidth);
    ScreenFit best;
    ScreenFit bestKeepingOrientation;
    for (const Qt::Orientation orientation : {Qt::Vertical, Qt::Horizontal}) {
        for (const qreal step : widthSteps) {
            const ScreenFit fit = arrange(scene, theme, screen, orientation, std::round(theme.cardWidth * step));
            if (fit.xHeight > best.xHeight)
                best = fit;
            if (current && current->isValid() && orientation == current->orientation
                && fit.xHeight > bestKeepingOrientation.xHeight)
                bestKeepingOrientation = fit;
        }
    }
    if (bestKeepingOrientation.isValid() && best.xHeight < bestKeepingOrientation.xHeight * turnThreshold)
        return bestKeepingOrientation;
    return best;
}

} // namespace Whyboard
