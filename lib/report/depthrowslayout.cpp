// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/depthrowslayout.h"

#include "analysis/chainpaths.h"

#include <QMap>

#include <algorithm>

namespace Whyboard {

int DepthRowsLayout::cardsPerLine(int cardCount)
{
    return cardCount > 30 ? 8 : 4;
}

QHash<QString, QPointF> DepthRowsLayout::arrange(const Session &session, const QHash<QString, QSizeF> &cardSizes,
                                                 const LayoutSpacing &spacing)
{
    const QHash<QString, int> depths = ChainPaths::depths(session);
    int deepest = 0;
    for (int depth : depths)
        deepest = std::max(deepest, depth);
    // Cards that do not reach the problem come last, in a row of their own.
    QMap<int, QStringList> rows;
    for (const Card &card : session.cards)
        rows[depths.value(card.id, deepest + 1)].append(card.id);

    const int perLine = cardsPerLine(int(session.cards.size()));
    const Card *problem = session.problemCard();
    const QPointF origin = problem ? problem->position : QPointF(0, 0);
    QHash<QString, qreal> order; // a card's place along its line, to sort its causes under it
    QHash<QString, QPointF> positions;
    qreal y = origin.y();
    for (auto row = rows.begin(); row != rows.end(); ++row) {
        QStringList &ids = row.value();
        QHash<QString, qreal> under;
        for (const QString &id : std::as_const(ids)) {
            const QStringList effects = session.effectsOf(id);
            qreal sum = 0;
            int count = 0;
            for (const QString &effect : effects) {
                if (order.contains(effect)) {
                    sum += order.value(effect);
                    ++count;
                }
            }
            under.insert(id, count > 0 ? sum / count : 0);
        }
        std::stable_sort(ids.begin(), ids.end(),
                         [&under](const QString &a, const QString &b) { return under.value(a) < under.value(b); });
        for (int start = 0; start < ids.size(); start += perLine) {
            qreal x = origin.x();
            qreal height = 0;
            for (int i = start; i < std::min<int>(start + perLine, ids.size()); ++i) {
                const QString &id = ids.at(i);
                const QSizeF size = cardSizes.value(id, LayeredLayout::defaultCardSize());
                positions.insert(id, QPointF(x, y));
                order.insert(id, i - start);
                x += size.width() + spacing.siblingGap;
                height = std::max(height, size.height());
            }
            y += height + spacing.layerGap;
        }
    }
    return positions;
}

} // namespace Whyboard
