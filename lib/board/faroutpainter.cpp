// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/faroutpainter.h"

#include "board/boardscene.h"
#include "board/carditem.h"
#include "board/linkitem.h"

#include <QHash>
#include <QPainter>
#include <QStaticText>
#include <QStyleOptionGraphicsItem>

namespace Whyboard {

namespace {
constexpr qreal minimumNumberPixels = 6; // smaller numbers are left out: a block alone reads better
constexpr qreal numberSize = 64; // scene units: most of a one-line card's height, the same on every block
// A number laid out once and drawn at any scale: far out, thousands of blocks show a few
// dozen different numbers, and laying each out again would cost most of a frame.
const QStaticText &laidOutNumber(const QString &number, const QFont &font)
{
    static QHash<QString, QStaticText> cache;
    static QFont cachedFont;
    if (!(cachedFont == font)) {
        cache.clear();
        cachedFont = font;
    }
    auto it = cache.find(number);
    if (it == cache.end()) {
        QStaticText text(number);
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
        it = cache.insert(number, text);
    }
    return *it;
}

} // namespace

qreal FarOutPainter::readableScale(const BoardTheme &theme)
{
    const qreal textSize = theme.textFont.pixelSize() > 0 ? theme.textFont.pixelSize() : theme.textFont.pointSizeF();
    return minimumTextPixels / qMax<qreal>(1, textSize);
}

bool FarOutPainter::isFarOut(const BoardTheme &theme, qreal scale)
{
    return scale < readableScale(theme);
}

void FarOutPainter::paintCard(QPainter *painter, const QRectF &rect, const CardLook &look, const QString &number,
                              const BoardTheme &theme, bool selected)
{
    const qreal scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(rect, selected ? theme.accent : look.border);
    // A border a device pixel or two wide keeps neighbouring blocks apart.
    const qreal border = qMin(rect.height() / 4, (selected ? 3 : 1.5) / qMax(scale, 1e-6));
    painter->fillRect(rect.adjusted(border, border, -border, -border), look.fill);
    if (number.isEmpty())
        return;
    // One size on every block, smaller only where a block is too short or the label too long.
    const qreal byHeight = qMin(numberSize, rect.height() * 0.7);
    const qreal byWidth = (rect.width() - 4 * border) / qMax<qreal>(1, number.size() * 0.62);
    const qreal size = qMin(byHeight, byWidth);
    if (size * scale < minimumNumberPixels)
        return;
    QFont font = theme.headerFont;
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    font.setWeight(QFont::Bold);
    font.setPixelSize(qMax(1, qRound(size)));
    painter->setFont(font);
    painter->setPen(look.text);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (size < numberSize) {
        painter->drawText(rect, Qt::AlignCenter, number);
        return;
    }
    const QStaticText &text = laidOutNumber(number, font);
    const QSizeF extent = text.size();
    painter->drawStaticText(rect.center() - QPointF(extent.width() / 2, extent.height() / 2), text);
}

void FarOutPainter::paintBoard(QPainter *painter, const QRectF &exposed, const BoardScene &scene)
{
    const BoardTheme &theme = scene.theme();
    const qreal scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const qreal margin = 2 / qMax(scale, 1e-6);
    const QRectF area = exposed.adjusted(-margin, -margin, margin, margin);

    // Links first, under the blocks, in one batch per colour.
    QVector<QLineF> plain, holds, refuted, selected;
    const QList<LinkItem *> links = scene.linkItems();
    for (const LinkItem *link : links) {
        const QLineF line(link->startPoint(), link->endPoint());
        if (!QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1).intersects(area))
            continue;
        if (link->isSelected())
            selected.append(line);
        else if (link->verdict() == ReadBackVerdict::Holds)
            holds.append(line);
        else if (link->verdict() == ReadBackVerdict::DoesNotHold)
            refuted.append(line);
        else
            plain.append(line);
    }
    // Aliased: thousands of long lines cost a fraction, and a one-pixel line loses nothing.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const std::pair<const QVector<QLineF> *, QColor> batches[] = {
        {&plain, theme.link}, {&holds, theme.linkHolds}, {&refuted, theme.linkRefuted}, {&selected, theme.accent}};
    for (const auto &[lines, color] : batches) {
        if (lines->isEmpty())
            continue;
        QPen pen(color, linkPixels);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLines(*lines);
    }

    // Too small to read anywhere: no numbers to make.
    const bool numbers = numberSize * scale >= minimumNumberPixels;
    const QList<CardItem *> cards = scene.cardItems();
    for (const CardItem *card : cards) {
        const QRectF rect = card->sceneCardRect();
        if (!rect.intersects(area))
            continue;
        const Card &c = card->card();
        const bool chosen = card->isSelected();
        const CardLook look = theme.cardLook(c.kind, c.isVerified(), card->emphasis(), chosen);
        paintCard(painter, rect, look, numbers ? card->farOutLabel() : QString(), theme, chosen);
    }
}

} // namespace Whyboard
