// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/readbackplan.h"

#include "analysis/chainpaths.h"

#include <QSet>

#include <algorithm>

namespace Whyboard {

namespace {

QString linkKey(const QString &cause, const QString &effect)
{
    return cause + QLatin1Char('\n') + effect;
}

struct Planner
{
    const Session &session;
    QString problemId;
    QHash<QString, ChainDepth> reach;
    QHash<QString, int> key;        // strictly falls along every route the walk may take
    QHash<QString, QStringList> effects; // reached effects only, in board order
    QHash<QString, ReadBackVerdict> verdicts;
    QHash<QString, int> order;      // board position rank
    ReadBackPlan plan;

    explicit Planner(const Session &s) : session(s) {}

    void prepare()
    {
        QList<const Card *> byPosition;
        for (const Card &card : session.cards)
            byPosition.append(&card);
        std::stable_sort(byPosition.begin(), byPosition.end(), [](const Card *a, const Card *b) {
            if (a->position.x() != b->position.x())
                return a->position.x() < b->position.x();
            if (a->position.y() != b->position.y())
                return a->position.y() < b->position.y();
            return a->id < b->id;
        });
        for (int i = 0; i < byPosition.size(); ++i) {
            if (!order.contains(byPosition.at(i)->id))
                order.insert(byPosition.at(i)->id, i);
        }
        bool acyclic = true;
        for (const CausalLink &link : session.links) {
            if (!verdicts.contains(linkKey(link.causeId, link.effectId)))
                verdicts.insert(linkKey(link.causeId, link.effectId), link.verdict);
            if (link.causeId == problemId || !reach.contains(link.causeId) || !reach.contains(link.effectId))
                continue;
            QStringList &list = effects[link.causeId];
            if (!list.contains(link.effectId))
                list.append(link.effectId);
            if (reach.value(link.causeId).longest <= reach.value(link.effectId).longest)
                acyclic = false;
        }
        // On a DAG every link falls in the longest depth, which keeps chain 1 on the board's why
        // numbers; on a damaged board with a cycle the shortest depth is the one that is sure to
        // fall towards the problem.
        for (auto it = reach.cbegin(); it != reach.cend(); ++it)
            key.insert(it.key(), acyclic ? it.value().longest : it.value().shortest);
        for (QStringList &list : effects)
            std::sort(list.begin(), list.end(), [this](const QString &a, const QString &b) { return rank(a) < rank(b); });
    }

    int rank(const QString &id) const { return order.value(id, int(order.size())); }

    // The next card of a chain: not printed yet before printed, the longest route before
    // others, then board order. Only cards closer to the problem qualify, so a walk ends.
    QString next(const QString &cardId) const
    {
        const int level = key.value(cardId);
        QString best;
        int bestScore = -1;
        for (const QString &effect : effects.value(cardId)) {
            const int effectLevel = key.value(effect);
            if (effectLevel >= level)
                continue;
            const int score = (plan.places.contains(effect) ? 0 : 2) + (effectLevel == level - 1 ? 1 : 0);
            if (score > bestScore) {
                best = effect;
                bestScore = score;
            }
        }
        return best;
    }

    void walk(const QString &start, bool root)
    {
        ReadBackChain chain;
        chain.startsAtRootCause = root;
        const int chainIndex = int(plan.chains.size());
        QString current = start;
        while (!current.isEmpty()) {
            plan.places.insert(current, ReadBackPlace{chainIndex, int(chain.steps.size())});
            ReadBackStep step;
            step.cardId = current;
            const QString following = current == problemId ? QString() : next(current);
            if (!following.isEmpty())
                step.verdict = verdicts.value(linkKey(current, following), ReadBackVerdict::NotChecked);
            chain.steps.append(step);
            if (!following.isEmpty() && plan.places.contains(following)) {
                chain.joins = plan.places.value(following);
                break;
            }
            current = following;
        }
        plan.chains.append(chain);
    }

    void branches()
    {
        for (ReadBackChain &chain : plan.chains) {
            for (int i = 0; i < chain.steps.size(); ++i) {
                ReadBackStep &step = chain.steps[i];
                const bool last = i + 1 == chain.steps.size();
                const ReadBackPlace nextPlace = last ? chain.joins : ReadBackPlace{plan.places.value(step.cardId).chain, i + 1};
                for (const QString &effect : effects.value(step.cardId)) {
                    const ReadBackPlace at = plan.places.value(effect);
                    if (at == nextPlace)
                        continue;
                    step.alsoLeadsTo.append(ReadBackBranch{effect, at, verdicts.value(linkKey(step.cardId, effect))});
                }
            }
        }
    }

    void run()
    {
        const Card *problem = session.problemCard();
        if (problem) {
            problemId = problem->id;
            reach = ChainPaths::depthRanges(session);
        }
        if (reach.size() > 1) {
            prepare();
            QSet<QString> explained;
            for (const CausalLink &link : session.links) {
                if (reach.contains(link.causeId) && link.causeId != link.effectId)
                    explained.insert(link.effectId);
            }
            QStringList starts;
            for (auto it = reach.cbegin(); it != reach.cend(); ++it) {
                if (it.key() != problemId)
                    starts.append(it.key());
            }
            std::sort(starts.begin(), starts.end(), [&](const QString &a, const QString &b) {
                const bool rootA = !explained.contains(a);
                const bool rootB = !explained.contains(b);
                if (rootA != rootB)
                    return rootA;
                if (key.value(a) != key.value(b))
                    return key.value(a) > key.value(b);
                return rank(a) < rank(b);
            });
            for (const QString &start : std::as_const(starts)) {
                if (!plan.places.contains(start))
                    walk(start, !explained.contains(start));
            }
            branches();
        }
        for (const Card &card : session.cards) {
            if (!plan.places.contains(card.id))
                plan.unreached.append(card.id);
        }
    }
};

} // namespace

ReadBackPlan ReadBackPlan::build(const Session &session)
{
    Planner planner(session);
    planner.run();
    return planner.plan;
}

int ReadBackPlan::stepCount() const
{
    int count = 0;
    for (const ReadBackChain &chain : chains)
        count += int(chain.steps.size());
    return count;
}

int ReadBackPlan::printedLines() const
{
    int count = stepCount();
    for (const ReadBackChain &chain : chains)
        count += chain.joins.isValid() ? 1 : 0;
    return count;
}

} // namespace Whyboard
