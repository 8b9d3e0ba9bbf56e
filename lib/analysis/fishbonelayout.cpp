// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/fishbonelayout.h"

#include "analysis/chainpaths.h"
#include "data/causecategories.h"
#include "data/labels.h"

#include <QFontMetricsF>
#include <QHash>
#include <QSet>
#include <QTextLayout>

#include <algorithm>
#include <functional>

namespace Whyboard {

namespace {

// A bone laid out on its own, its spine point at the origin.
struct LocalBone
{
    QList<FishboneLayout::Card> cards;
    QLineF line;
    QRectF labelRect;
    QRectF extent;
};

qreal cardHeight(const FishboneLayout::Style &style, int lineCount)
{
    return style.padding * 2 + QFontMetricsF(style.headerFont).height() + style.padding / 3
           + QFontMetricsF(style.textFont).lineSpacing() * std::max(1, lineCount);
}

// Cards of one bone in outline order (each card followed by its sub-causes), with their rib
// levels and the card each hangs on.
QList<FishboneLayout::Card> outline(const Session &session, const QList<const Card *> &members,
                                    const QHash<QString, ChainDepth> &depths, int maxLevel)
{
    QHash<QString, int> order; // the card's place in the session
    for (int i = 0; i < members.size(); ++i)
        order.insert(members.at(i)->id, i);
    const auto before = [&](const QString &a, const QString &b) {
        const int da = depths.value(a).longest < 0 ? 1 << 20 : depths.value(a).longest;
        const int db = depths.value(b).longest < 0 ? 1 << 20 : depths.value(b).longest;
        return da != db ? da < db : order.value(a) < order.value(b);
    };
    // Each card hangs under the shallowest card of the same category it explains: the causes
    // form a DAG, so one parent each makes a forest.
    QHash<QString, QStringList> children;
    QStringList roots;
    for (const Card *card : members) {
        QStringList effects;
        for (const QString &effect : session.effectsOf(card->id)) {
            if (order.contains(effect))
                effects.append(effect);
        }
        std::sort(effects.begin(), effects.end(), before);
        if (effects.isEmpty())
            roots.append(card->id);
        else
            children[effects.first()].append(card->id);
    }
    std::sort(roots.begin(), roots.end(), before);
    QList<FishboneLayout::Card> result;
    QSet<QString> placed;
    // (id, tree level, the ancestors' ids from the root)
    std::function<void(const QString &, int, QStringList)> visit = [&](const QString &id, int level,
                                                                       QStringList ancestors) {
        if (placed.contains(id))
            return;
        placed.insert(id);
        FishboneLayout::Card card;
        card.id = id;
        card.level = std::min(level, maxLevel);
        if (card.level > 0)
            card.parentId = ancestors.at(card.level - 1);
        result.append(card);
        ancestors.append(id);
        QStringList kids = children.value(id);
        std::sort(kids.begin(), kids.end(), before);
        for (const QString &kid : std::as_const(kids))
            visit(kid, level + 1, ancestors);
    };
    for (const QString &root : std::as_const(roots))
        visit(root, 0, {});
    for (const Card *card : members) // unreachable only through a cycle: never lose a card
        visit(card->id, 0, {});
    return result;
}

LocalBone layOutBone(QList<FishboneLayout::Card> cards, const QString &title, bool above,
                     const FishboneLayout::Style &style)
{
    LocalBone bone;
    const QFontMetricsF header(style.headerFont);
    qreal content = 0;
    for (FishboneLayout::Card &card : cards) {
        card.lines = FishboneLayout::wrap(card.lines.join(QLatin1Char('\n')), style.textFont,
                                          style.cardWidth - 2 * style.padding);
        card.rect.setSize(QSizeF(style.cardWidth, cardHeight(style, int(card.lines.size()))));
        content += card.rect.height();
    }
    content += style.gap * std::max<qsizetype>(0, cards.size() - 1);
    // Laid out above the spine; a bone below is its mirror image, so that along every bone a
    // card's sub-causes sit on the side away from the tip, where the bone leaves them room.
    const qreal reach = style.spineClear + content + style.gap; // the bone's height
    const auto boneX = [&](qreal y) { return -style.slant * std::abs(y); };
    const QPointF tip(boneX(reach), -reach);
    bone.line = QLineF(tip, QPointF(0, 0));

    const QStringList titleLines = FishboneLayout::wrap(title, style.labelFont, style.cardWidth);
    const QFontMetricsF label(style.labelFont);
    qreal labelWidth = 0;
    for (const QString &line : titleLines)
        labelWidth = std::max(labelWidth, label.horizontalAdvance(line));
    const QSizeF labelSize(labelWidth + 2 * style.padding, label.lineSpacing() * titleLines.size() + style.padding);
    bone.labelRect = QRectF(QPointF(tip.x() - labelSize.width() / 2, tip.y() - style.padding / 2 - labelSize.height()),
                            labelSize);

    qreal y = tip.y() + style.gap;
    QHash<QString, int> index;
    for (int i = 0; i < cards.size(); ++i) {
        FishboneLayout::Card &card = cards[i];
        index.insert(card.id, i);
        const qreal height = card.rect.height();
        const qreal middle = y + height / 2;
        // The bone slants towards the cards above: it clears the card's top corner.
        qreal right = boneX(y) - style.gap;
        if (card.level > 0) {
            const QRectF parent = cards.at(index.value(card.parentId)).rect;
            right = parent.right() - style.ribIndent;
            const qreal ribX = parent.right() - style.ribIndent / 2;
            card.rib = QLineF(ribX, parent.bottom(), ribX, middle);
            card.connector = QLineF(right, middle, ribX, middle);
        } else {
            card.connector = QLineF(right, middle, boneX(middle), middle);
        }
        card.rect.moveTopLeft(QPointF(right - style.cardWidth, y));
        y += height + style.gap;
    }
    if (!above) {
        const auto flip = [](const QLineF &line) {
            return QLineF(line.x1(), -line.y1(), line.x2(), -line.y2());
        };
        const auto flipRect = [](const QRectF &r) { return QRectF(r.left(), -r.bottom(), r.width(), r.height()); };
        bone.line = flip(bone.line);
        bone.labelRect = flipRect(bone.labelRect);
        for (FishboneLayout::Card &card : cards) {
            card.rect = flipRect(card.rect);
            card.connector = flip(card.connector);
            if (!card.rib.isNull())
                card.rib = flip(card.rib);
        }
    }
    for (FishboneLayout::Card &card : cards)
        card.textRect = card.rect.adjusted(style.padding, style.padding + header.height() + style.padding / 3,
                                           -style.padding, -style.padding);
    QRectF extent = QRectF(bone.line.p1(), bone.line.p2()).normalized() | bone.labelRect;
    for (const FishboneLayout::Card &card : std::as_const(cards))
        extent |= card.rect;
    bone.extent = extent;
    bone.cards = cards;
    return bone;
}

} // namespace

QStringList FishboneLayout::wrap(const QString &text, const QFont &font, qreal width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            if (!lines.isEmpty())
                lines.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

FishboneLayout FishboneLayout::compute(const Session &session, const QStringList &categoryOrder, const Style &style)
{
    FishboneLayout result;
    const QHash<QString, ChainDepth> depths = ChainPaths::depthRanges(session);

    // The bones: the library's categories in use, then the others in use, "Uncategorised" last.
    QHash<QString, QList<const Whyboard::Card *>> byCategory;
    QStringList used;
    for (const Whyboard::Card &card : session.cards) {
        if (card.kind != CardKind::Why)
            continue;
        if (!byCategory.contains(card.category))
            used.append(card.category);
        byCategory[card.category].append(&card);
    }
    QStringList keys;
    for (const QString &key : categoryOrder) {
        if (byCategory.contains(key) && !key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(used)) {
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    if (byCategory.contains(QString()))
        keys.append(QString());

    // Each bone on its own, then side by side along the spine, left to right in their order,
    // above and below in turn; a bone never starts before the one ahead of it.
    qreal cursor[2] = {0, 0};
    qreal previousX = 0;
    qreal right = 0;
    for (int i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        const bool above = i % 2 == 0;
        QList<Card> cards = outline(session, byCategory.value(key), depths, style.maxRibLevel);
        for (Card &card : cards) {
            const Whyboard::Card *data = session.card(card.id);
            card.category = key;
            card.bone = i;
            const ChainDepth depth = depths.value(card.id);
            card.step = Labels::chainStep(CardKind::Why, depth.shortest, depth.longest);
            card.lines = QStringList{data ? data->text : QString()};
        }
        const QString title = key.isEmpty() ? tr("Uncategorised") : CauseCategories::displayName(key);
        LocalBone local = layOutBone(cards, title, above, style);
        qreal &sideCursor = cursor[above ? 0 : 1];
        const qreal x = i == 0 ? -local.extent.left()
                               : std::max(sideCursor - local.extent.left(), previousX + style.cardWidth / 2);
        sideCursor = x + local.extent.right() + style.gap * 2;
        previousX = x;
        right = std::max(right, x + local.extent.right());
        const QPointF shift(x, 0);
        Bone bone;
        bone.category = key;
        bone.title = title;
        bone.above = above;
        bone.line = local.line.translated(shift);
        bone.labelRect = local.labelRect.translated(shift);
        bone.extent = local.extent.translated(shift);
        // Top to bottom, as the keys walk a bone.
        std::stable_sort(local.cards.begin(), local.cards.end(),
                         [](const Card &a, const Card &b) { return a.rect.top() < b.rect.top(); });
        for (Card card : std::as_const(local.cards)) {
            card.rect.translate(shift);
            card.textRect.translate(shift);
            card.connector.translate(shift);
            if (!card.rib.isNull())
                card.rib.translate(shift);
            bone.cards.append(int(result.cards.size()));
            result.cards.append(card);
        }
        result.bones.append(bone);
    }

    // The head: the problem, right of every bone, centred on the spine.
    const Whyboard::Card *problem = session.problemCard();
    if (problem)
        result.problemId = problem->id;
    const qreal headWidth = style.cardWidth * 1.1;
    result.headLines = wrap(problem ? problem->text : QString(), style.textFont, headWidth - 2 * style.padding);
    const qreal headHeight = cardHeight(style, int(result.headLines.size()));
    const qreal headLeft = keys.isEmpty() ? style.cardWidth * 1.5 : right + style.gap * 3;
    result.head = QRectF(headLeft, -headHeight / 2, headWidth, headHeight);
    qreal tail = 0;
    for (const Bone &bone : std::as_const(result.bones))
        tail = std::min(tail, bone.extent.left());
    result.spine = QLineF(tail - style.gap, 0, headLeft, 0);

    QRectF bounds = result.head | QRectF(result.spine.p1(), QSizeF(1, 1));
    for (const Bone &bone : std::as_const(result.bones))
        bounds |= bone.extent;
    result.bounds = bounds;
    return result;
}

int FishboneLayout::indexOfCard(const QString &cardId) const
{
    for (int i = 0; i < cards.size(); ++i) {
        if (cards.at(i).id == cardId)
            return i;
    }
    return -1;
}

int FishboneLayout::boneAt(const QPointF &point) const
{
    // A side without bones gives the nearest bone of the other side.
    const bool side = std::any_of(bones.begin(), bones.end(), [&](const Bone &b) { return b.above == (point.y() < 0); });
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < bones.size(); ++i) {
        const Bone &bone = bones.at(i);
        if (side && bone.above != (point.y() < 0))
            continue;
        const QRectF area = bone.extent;
        const qreal dx = point.x() < area.left() ? area.left() - point.x()
                         : point.x() > area.right() ? point.x() - area.right() : 0;
        if (best < 0 || dx < bestDistance) {
            best = i;
            bestDistance = dx;
        }
    }
    return best;
}

} // namespace Whyboard
