// SPDX-License-Identifier: GPL-3.0-or-later
#include "bigboards.h"

#include <QRandomGenerator>

namespace Whyboard::Test {

namespace {

const QStringList &words()
{
    static const QStringList list{
        QStringLiteral("the"),        QStringLiteral("deploy"),    QStringLiteral("pipeline"),
        QStringLiteral("skipped"),    QStringLiteral("the"),       QStringLiteral("canary"),
        QStringLiteral("because"),    QStringLiteral("nobody"),    QStringLiteral("owned"),
        QStringLiteral("alert"),      QStringLiteral("threshold"), QStringLiteral("configuration"),
        QStringLiteral("数据库连接池"), QStringLiteral("耗尽"),       QStringLiteral("שרת"),
        QStringLiteral("הגיבוי"),     QStringLiteral("خادم"),      QStringLiteral("النسخ"),
        QStringLiteral("сервер"),     QStringLiteral("перегружен"), QStringLiteral("सर्वर"),
        QStringLiteral("🔥"),         QStringLiteral("📟"),        QStringLiteral("Überlast"),
        QStringLiteral("on-call"),    QStringLiteral("runbook"),   QStringLiteral("was"),
        QStringLiteral("out"),        QStringLiteral("of"),        QStringLiteral("date"),
    };
    return list;
}

QString sentence(QRandomGenerator &random, int minWords, int maxWords)
{
    const int count = random.bounded(minWords, maxWords + 1);
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts.append(words().at(random.bounded(int(words().size()))));
    return parts.join(QLatin1Char(' '));
}

} // namespace

Session levelledDagSession(quint32 seed, int cardCount, int levels, int eventCount)
{
    QRandomGenerator random(seed);
    Session s;
    s.title = QStringLiteral("Levelled DAG of %1 cards in %2 levels").arg(cardCount).arg(levels);
    std::vector<QStringList> byLevel(std::max(1, levels));
    Card problem;
    problem.id = QStringLiteral("c1");
    problem.kind = CardKind::Problem;
    problem.text = sentence(random, 8, 16);
    s.cards.append(problem);
    byLevel[0].append(problem.id);
    for (int i = 2; i <= cardCount; ++i) {
        // The first whys fill every level once, the rest land anywhere below the problem.
        const int level = levels <= 1 ? 0 : i - 1 < levels ? i - 1 : 1 + int(random.bounded(levels - 1));
        Card card;
        card.id = QStringLiteral("c%1").arg(i);
        card.text = sentence(random, 10, 40);
        if (random.bounded(6) == 0)
            card.text += QLatin1Char('\n') + sentence(random, 3, 12);
        card.position = QPointF(random.bounded(6000) - 3000, random.bounded(4000));
        s.cards.append(card);
        if (level > 0) {
            const QStringList &above = byLevel[level - 1];
            QStringList effects{above.at(random.bounded(int(above.size())))};
            // Links that skip levels: a further effect two or more levels up.
            for (int extra = int(random.bounded(4)); extra > 0 && level >= 2; --extra) {
                const QStringList &further = byLevel[random.bounded(level - 1)];
                const QString effect = further.at(random.bounded(int(further.size())));
                if (!effects.contains(effect))
                    effects.append(effect);
            }
            for (const QString &effect : std::as_const(effects))
                s.links.append({card.id, effect, ReadBackVerdict::NotChecked});
        }
        byLevel[level].append(card.id);
    }
    const QDateTime start = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
    for (int i = 1; i <= eventCount; ++i) {
        TimelineEvent event;
        event.id = QStringLiteral("e%1").arg(i);
        event.at = start.addSecs(i * 7);
        event.kind = static_cast<EventKind>(random.bounded(6));
        event.text = sentence(random, 3, 14);
        if (cardCount > 1)
            event.cardIds = {QStringLiteral("c%1").arg(2 + random.bounded(cardCount - 1))};
        s.timeline.append(event);
    }
    return s;
}

} // namespace Whyboard::Test
