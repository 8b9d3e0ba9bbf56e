// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainpaths.h"

#include <QSet>

#include <algorithm>

namespace Whyboard {

namespace {

// Adjacency built once per call: Session::effectsOf() scans every link, which would make a
// walk over 1,000 cards quadratic.
struct Graph
{
    QHash<QString, QStringList> effects;
    QHash<QString, QStringList> causes;
    QHash<QString, QPointF> positions;
};

Graph buildGraph(const Session &session)
{
    Graph graph;
    for (const CausalLink &link : session.links) {
        graph.effects[link.causeId].append(link.effectId);
        graph.causes[link.effectId].append(link.causeId);
    }
    for (const Card &card : session.cards)
        graph.positions.insert(card.id, card.position);
    return graph;
}

void sortByPosition(const Graph &graph, QStringList &ids)
{
    const QHash<QString, QPointF> &positions = graph.positions;
    std::stable_sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        const QPointF pa = positions.value(a);
        const QPointF pb = positions.value(b);
        if (pa.x() != pb.x())
            return pa.x() < pb.x();
        if (pa.y() != pb.y())
            return pa.y() < pb.y();
        return a < b;
    });
}

struct Walk
{
    const Graph &graph;
    QString problemId;
    int maxPaths;
    QList<QStringList> paths;
    QStringList current;
    QSet<QString> onPath;

    void visit(const QString &cardId)
    {
        if (paths.size() >= maxPaths || onPath.contains(cardId))
            return; // the cycle guard only matters for damaged input
        current.append(cardId);
        onPath.insert(cardId);
        if (cardId == problemId) {
            paths.append(current);
        } else {
            QStringList next = graph.effects.value(cardId);
            sortByPosition(graph, next);
            for (const QString &effect : std::as_const(next))
                visit(effect);
        }
        onPath.remove(cardId);
        current.removeLast();
    }
};

} // namespace

QHash<QString, ChainDepth> ChainPaths::depthRanges(const Session &session)
{
    QHash<QString, ChainDepth> result;
    const Card *problem = session.problemCard();
    if (!problem)
        return result;
    const Graph graph = buildGraph(session);
    // Breadth-first from the problem down the causes gives the shortest distance.
    QStringList order{problem->id};
    result.insert(problem->id, ChainDepth{0, -1});
    for (int i = 0; i < order.size(); ++i) {
        const QString id = order.at(i);
        const int level = result.value(id).shortest + 1;
        for (const QString &cause : graph.causes.value(id)) {
            if (!result.contains(cause)) {
                result.insert(cause, ChainDepth{level, -1});
                order.append(cause);
            }
        }
    }
    // The longest distance: a card is settled once every effect that reaches the problem is
    // (a topological order over the causes). Cards on a cycle, which only damaged input
    // has, never settle and keep their shortest distance.
    QHash<QString, int> waiting;
    for (auto it = result.cbegin(); it != result.cend(); ++it) {
        int effects = 0;
        if (it.key() != problem->id) {
            for (const QString &effect : graph.effects.value(it.key()))
                effects += result.contains(effect) ? 1 : 0;
        }
        waiting.insert(it.key(), effects);
    }
    QStringList ready{problem->id};
    result[problem->id].longest = 0;
    while (!ready.isEmpty()) {
        const QString id = ready.takeLast();
        const int level = result.value(id).longest + 1;
        for (const QString &cause : graph.causes.value(id)) {
            if (cause == problem->id)
                continue;
            ChainDepth &depth = result[cause];
            depth.longest = std::max(depth.longest, level);
            if (--waiting[cause] == 0)
                ready.append(cause);
        }
    }
    for (ChainDepth &depth : result) {
        if (depth.longest < depth.shortest)
            depth.longest = depth.shortest;
    }
    return result;
}

QHash<QString, int> ChainPaths::depths(const Session &session)
{
    const QHash<QString, ChainDepth> ranges = depthRanges(session);
    QHash<QString, int> result;
    result.reserve(ranges.size());
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it)
        result.insert(it.key(), it.value().longest);
    return result;
}

int ChainPaths::depth(const Session &session, const QString &cardId)
{
    return depths(session).value(cardId, -1);
}

QStringList ChainPaths::rootCauses(const Session &session)
{
    const QHash<QString, int> reach = depths(session);
    const Graph graph = buildGraph(session);
    QStringList roots;
    for (const Card &card : session.cards) {
        if (card.kind == CardKind::Why && reach.contains(card.id) && graph.causes.value(card.id).isEmpty())
            roots.append(card.id);
    }
    sortByPosition(graph, roots);
    return roots;
}

QList<QStringList> ChainPaths::readBackPaths(const Session &session, int maxPaths)
{
    const Card *problem = session.problemCard();
    if (!problem || maxPaths <= 0)
        return {};
    const Graph graph = buildGraph(session);
    Walk walk{graph, problem->id, maxPaths, {}, {}, {}};
    for (const QString &root : rootCauses(session))
        walk.visit(root);
    return walk.paths;
}

} // namespace Whyboard
