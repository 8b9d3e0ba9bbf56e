// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/fishbonepainter.h"

#include "data/safetext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Whyboard {

namespace {

void paintLines(QPainter *painter, const QRectF &rect, const QStringList &lines, const QFont &font)
{
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    qreal baseline = rect.top() + metrics.ascent();
    for (const QString &line : lines) {
        painter->drawText(QPointF(rect.left(), baseline), SafeText::isolated(line));
        baseline += metrics.lineSpacing();
    }
}

void paintBox(QPainter *painter, const QRectF &rect, const CardLook &look, const BoardTheme &theme, bool selected)
{
    const qreal r = theme.cornerRadius;
    if (selected) {
        QColor glow = theme.accent;
        glow.setAlpha(60);
        painter->setPen(QPen(glow, 8));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect, r, r);
    }
    QPen border(look.border, look.borderWidth);
    border.setStyle(look.borderStyle);
    painter->setPen(border);
    painter->setBrush(look.fill);
    const qreal inset = border.widthF() / 2;
    painter->drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), r, r);
}

QRectF headerRect(const QRectF &card, const BoardTheme &theme)
{
    const qreal p = theme.padding;
    return QRectF(card.left() + p, card.top() + p, card.width() - 2 * p, QFontMetricsF(theme.headerFont).height());
}

} // namespace

FishboneLayout::Style FishbonePainter::style(const BoardTheme &theme)
{
    FishboneLayout::Style style;
    style.textFont = theme.textFont;
    style.headerFont = theme.headerFont;
    style.labelFont = theme.textFont;
    style.labelFont.setWeight(QFont::Bold);
    style.labelFont.setPixelSize(std::max(theme.textFont.pixelSize(), 12) + 3);
    style.cardWidth = theme.cardWidth;
    style.padding = theme.padding;
    style.gap = theme.padding + 6;
    style.ribIndent = theme.padding * 3;
    style.spineClear = theme.padding * 2;
    return style;
}

void FishbonePainter::paintSkeleton(QPainter *painter, const FishboneLayout &layout, const BoardTheme &theme,
                                    const Session &session)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal width = theme.linkWidth;
    painter->setBrush(Qt::NoBrush);

    // Connectors and ribs under the bones, the bones under the spine.
    painter->setPen(QPen(theme.link, width, Qt::SolidLine, Qt::RoundCap));
    for (const FishboneLayout::Card &card : layout.cards) {
        painter->drawLine(card.connector);
        if (!card.rib.isNull())
            painter->drawLine(card.rib);
    }
    painter->setPen(QPen(theme.link, width * 1.7, Qt::SolidLine, Qt::RoundCap));
    for (const FishboneLayout::Bone &bone : layout.bones)
        painter->drawLine(bone.line);
    painter->setPen(QPen(theme.link, width * 2.6, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(layout.spine);
    // The spine's arrowhead touching the head.
    const QPointF tip = layout.spine.p2();
    const qreal a = width * 7;
    QPainterPath arrow;
    arrow.moveTo(tip);
    arrow.lineTo(tip + QPointF(-a * 1.4, -a * 0.7));
    arrow.lineTo(tip + QPointF(-a * 1.4, a * 0.7));
    arrow.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme.link);
    painter->drawPath(arrow);

    // The bones' names at their tips.
    const QFontMetricsF label(FishbonePainter::style(theme).labelFont);
    for (const FishboneLayout::Bone &bone : layout.bones) {
        CardLook look = theme.cardLook(CardKind::Why, false, CardEmphasis::None, false);
        look.fill = theme.background;
        look.border = theme.link;
        paintBox(painter, bone.labelRect, look, theme, false);
        painter->setPen(theme.text);
        const QStringList lines = FishboneLayout::wrap(bone.title, style(theme).labelFont, theme.cardWidth);
        painter->setFont(style(theme).labelFont);
        qreal y = bone.labelRect.top() + theme.padding / 2;
        for (const QString &line : lines) {
            painter->drawText(QRectF(bone.labelRect.left(), y, bone.labelRect.width(), label.lineSpacing()),
                              Qt::AlignCenter, SafeText::isolated(line));
            y += label.lineSpacing();
        }
    }

    // The head: the problem.
    const Card *problem = session.card(layout.problemId);
    const CardLook look = theme.cardLook(CardKind::Problem, false, CardEmphasis::None, false);
    paintBox(painter, layout.head, look, theme, false);
    painter->setFont(theme.headerFont);
    painter->setPen(look.header);
    painter->drawText(headerRect(layout.head, theme), Qt::AlignLeft | Qt::AlignVCenter,
                      tr("PROBLEM"));
    const QRectF text = layout.head.adjusted(theme.padding, theme.padding * 4 / 3 + QFontMetricsF(theme.headerFont).height(),
                                             -theme.padding, -theme.padding);
    if (problem && !layout.headLines.isEmpty()) {
        painter->setPen(look.text);
        paintLines(painter, text, layout.headLines, theme.textFont);
    } else {
        QFont italic = theme.textFont;
        italic.setItalic(true);
        painter->setPen(look.placeholder);
        paintLines(painter, text, {tr("What went wrong?")}, italic);
    }
    painter->restore();
}

void FishbonePainter::paintCard(QPainter *painter, const FishboneLayout::Card &card, const BoardTheme &theme,
                                const Session &session, bool selected)
{
    const Card *data = session.card(card.id);
    const bool verified = data && data->isVerified();
    const CardLook look = theme.cardLook(CardKind::Why, verified, CardEmphasis::None, selected);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintBox(painter, card.rect, look, theme, selected);
    painter->setFont(theme.headerFont);
    painter->setPen(look.header);
    const QRectF header = headerRect(card.rect, theme);
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, card.step.toUpper());
    if (verified) {
        painter->setPen(look.evidence);
        painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, tr("VERIFIED"));
    }
    if (card.lines.isEmpty()) {
        QFont italic = theme.textFont;
        italic.setItalic(true);
        painter->setPen(look.placeholder);
        paintLines(painter, card.textRect, {tr("Why?")}, italic);
    } else {
        painter->setPen(look.text);
        paintLines(painter, card.textRect, card.lines, theme.textFont);
    }
    painter->restore();
}

void FishbonePainter::paintAll(QPainter *painter, const FishboneLayout &layout, const BoardTheme &theme,
                               const Session &session)
{
    paintSkeleton(painter, layout, theme, session);
    for (const FishboneLayout::Card &card : layout.cards)
        paintCard(painter, card, theme, session, false);
}

} // namespace Whyboard
