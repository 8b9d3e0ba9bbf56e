// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainpaths.h"
#include "analysis/readbackplan.h"
#include "facilitationsessions.h"
#include "samplesessions.h"

#include <QSet>
#include <QTest>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;

namespace {

ReadBackVerdict verdictOf(const Session &s, const QString &cause, const QString &effect)
{
    for (const CausalLink &l : s.links) {
        if (l.causeId == cause && l.effectId == effect)
            return l.verdict;
    }
    return ReadBackVerdict::NotChecked;
}

int rootCount(const Session &s)
{
    return int(ChainPaths::rootCauses(s).size());
}

// Every promise of the header, checked on any board; empty when kept, else what is broken.
QString brokenPromise(const Session &s, const ReadBackPlan &plan)
{
    const QHash<QString, ChainDepth> reach = ChainPaths::depthRanges(s);
    QHash<QString, int> seen;
    QSet<QString> readLinks;
    for (int c = 0; c < plan.chains.size(); ++c) {
        const ReadBackChain &chain = plan.chains.at(c);
        if (chain.steps.isEmpty())
            return QStringLiteral("chain %1 is empty").arg(c);
        for (int i = 0; i < chain.steps.size(); ++i) {
            const ReadBackStep &step = chain.steps.at(i);
            seen[step.cardId] += 1;
            if (plan.placeOf(step.cardId) != ReadBackPlace{c, i})
                return QStringLiteral("%1 is not where places says").arg(step.cardId);
            QString next;
            if (i + 1 < chain.steps.size())
                next = chain.steps.at(i + 1).cardId;
            else if (chain.joins.isValid())
                next = plan.chains.at(chain.joins.chain).steps.at(chain.joins.step).cardId;
            if (!next.isEmpty()) {
                if (!s.links.contains(CausalLink{step.cardId, next, verdictOf(s, step.cardId, next)}))
                    return QStringLiteral("no link %1 -> %2").arg(step.cardId, next);
                if (step.verdict != verdictOf(s, step.cardId, next))
                    return QStringLiteral("verdict of %1 -> %2").arg(step.cardId, next);
                readLinks.insert(step.cardId + QLatin1Char('>') + next);
            }
            for (const ReadBackBranch &branch : step.alsoLeadsTo) {
                if (plan.placeOf(branch.effectId) != branch.effectAt)
                    return QStringLiteral("branch to %1 points elsewhere").arg(branch.effectId);
                if (branch.verdict != verdictOf(s, step.cardId, branch.effectId))
                    return QStringLiteral("verdict of branch %1 -> %2").arg(step.cardId, branch.effectId);
                const QString key = step.cardId + QLatin1Char('>') + branch.effectId;
                if (readLinks.contains(key))
                    return QStringLiteral("link %1 read twice").arg(key);
                readLinks.insert(key);
            }
        }
        if (c > 0 && !chain.joins.isValid())
            return QStringLiteral("chain %1 has no reference").arg(c);
        if (chain.joins.isValid() && (chain.joins.chain >= c || chain.joins.step >= plan.chains.at(chain.joins.chain).steps.size()))
            return QStringLiteral("chain %1 refers forward or nowhere").arg(c);
        const ReadBackStep &first = chain.steps.constFirst();
        bool hasCause = false;
        for (const CausalLink &l : s.links)
            hasCause = hasCause || (l.effectId == first.cardId && reach.contains(l.causeId));
        if (chain.startsAtRootCause == hasCause)
            return QStringLiteral("chain %1: startsAtRootCause is wrong").arg(c);
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() != 1)
            return QStringLiteral("%1 printed %2 times").arg(it.key()).arg(it.value());
    }
    if (reach.size() > 1) {
        for (auto it = reach.cbegin(); it != reach.cend(); ++it) {
            if (!seen.contains(it.key()))
                return QStringLiteral("%1 reaches the problem and is not printed").arg(it.key());
        }
        for (const CausalLink &l : s.links) {
            const bool between = reach.contains(l.causeId) && reach.contains(l.effectId) && l.causeId != s.problemCard()->id;
            if (between && !readLinks.contains(l.causeId + QLatin1Char('>') + l.effectId))
                return QStringLiteral("link %1 -> %2 is not read").arg(l.causeId, l.effectId);
        }
    }
    QStringList unreached;
    for (const Card &card : s.cards) {
        if (!seen.contains(card.id))
            unreached.append(card.id);
    }
    if (unreached != plan.unreached)
        return QStringLiteral("unreached: %1").arg(plan.unreached.join(QLatin1Char(',')));
    return {};
}

QStringList ids(const ReadBackChain &chain)
{
    QStringList result;
    for (const ReadBackStep &step : chain.steps)
        result.append(step.cardId);
    return result;
}

} // namespace

class TestReadBackPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linearChainIsOneChainToTheProblem();
    void sharedCauseIsPrintedOnceAndReferred();
    void deepestRootComesFirst();
    void orphansAndCyclesEnd();
    void noProblemMeansNoChains();
    void realExamples_data();
    void realExamples();
    void largeDagStaysCompact();
};

void TestReadBackPlan::linearChainIsOneChainToTheProblem()
{
    Session s = chain(4);
    s.links[1].verdict = ReadBackVerdict::DoesNotHold; // w2 -> w1
    const ReadBackPlan plan = ReadBackPlan::build(s);
    QCOMPARE(plan.chains.size(), 1);
    QCOMPARE(ids(plan.chains.at(0)), (QStringList{"w4", "w3", "w2", "w1", "p"}));
    QVERIFY(!plan.chains.at(0).joins.isValid());
    QCOMPARE(plan.chains.at(0).steps.at(2).verdict, ReadBackVerdict::DoesNotHold);
    QCOMPARE(plan.printedLines(), 5);
    QVERIFY(plan.unreached.isEmpty());
    QCOMPARE(brokenPromise(s, plan), QString());
}

void TestReadBackPlan::sharedCauseIsPrintedOnceAndReferred()
{
    // c4 explains both c2 and c3; c5 explains c4, c6 explains c3.
    const Session s = Test::richSampleSession();
    const ReadBackPlan plan = ReadBackPlan::build(s);
    QCOMPARE(brokenPromise(s, plan), QString());
    QCOMPARE(plan.chains.size(), 2);
    // The deepest root, on its longest route; the board's left card first at the fork.
    QCOMPARE(ids(plan.chains.at(0)), (QStringList{"c5", "c4", "c2", "c1"}));
    // The other root is read up to the card before the problem, then refers to chain 1, step 4.
    QCOMPARE(ids(plan.chains.at(1)), (QStringList{"c6", "c3"}));
    QCOMPARE(plan.chains.at(1).joins, (ReadBackPlace{0, 3}));
    QCOMPARE(plan.chains.at(1).steps.at(1).verdict, ReadBackVerdict::DoesNotHold); // c3 -> c1
    // The shared cause's second effect is named where the cause is read.
    const ReadBackStep &shared = plan.chains.at(0).steps.at(1);
    QCOMPARE(shared.alsoLeadsTo.size(), 1);
    QCOMPARE(shared.alsoLeadsTo.at(0).effectId, QStringLiteral("c3"));
    QCOMPARE(shared.alsoLeadsTo.at(0).effectAt, (ReadBackPlace{1, 1}));
    QCOMPARE(plan.printedLines(), 7); // 6 cards and one reference, where the routes list 11 steps
}

void TestReadBackPlan::deepestRootComesFirst()
{
    // p <- a <- r1 (left, shallow); p <- b <- c <- r2 (right, deep).
    Session s;
    s.cards = {card("p", "P", {0, 0}, CardKind::Problem), card("a", "A", {-100, 100}), card("r1", "R1", {-100, 200}),
               card("b", "B", {100, 100}), card("c", "C", {100, 200}), card("r2", "R2", {100, 300})};
    s.links = {link("a", "p"), link("r1", "a"), link("b", "p"), link("c", "b"), link("r2", "c")};
    const ReadBackPlan plan = ReadBackPlan::build(s);
    QCOMPARE(brokenPromise(s, plan), QString());
    QCOMPARE(ids(plan.chains.at(0)), (QStringList{"r2", "c", "b", "p"}));
    QCOMPARE(ids(plan.chains.at(1)), (QStringList{"r1", "a"}));
    QCOMPARE(plan.chains.at(1).joins, (ReadBackPlace{0, 3}));
}

void TestReadBackPlan::orphansAndCyclesEnd()
{
    Session s = chain(2);
    s.cards.append(card("x", "Loose card", {500, 0}));
    s.cards.append(card("y", "Explains only the loose card", {500, 100}));
    s.links.append(link("y", "x"));
    // A cycle on damaged input: w2 -> w1 -> w2, and a ring that never reaches the problem.
    s.links.append(link("w1", "w2"));
    s.cards.append(card("r", "Ring A", {900, 0}));
    s.cards.append(card("q", "Ring B", {900, 100}));
    s.links.append(link("r", "q"));
    s.links.append(link("q", "r"));
    const ReadBackPlan plan = ReadBackPlan::build(s);
    QCOMPARE(plan.unreached, (QStringList{"x", "y", "r", "q"}));
    QCOMPARE(brokenPromise(s, plan), QString());
    QCOMPARE(plan.placeOf("p").isValid(), true);
}

void TestReadBackPlan::noProblemMeansNoChains()
{
    Session s = chain(2);
    s.cards.removeFirst();
    const ReadBackPlan plan = ReadBackPlan::build(s);
    QVERIFY(plan.chains.isEmpty());
    QCOMPARE(plan.unreached, (QStringList{"w1", "w2"}));
    // A problem with no why yet has nothing to read back either.
    const ReadBackPlan lonely = ReadBackPlan::build(chain(0));
    QVERIFY(lonely.chains.isEmpty());
    QCOMPARE(lonely.unreached, QStringList{"p"});
}

void TestReadBackPlan::realExamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("linkedin") << "examples/linkedin-app-deleted";
    QTest::newRow("gitlab") << "examples/gitlab-database-outage";
    QTest::newRow("s3") << "examples/aws-s3-outage";
}

void TestReadBackPlan::realExamples()
{
    QFETCH(QString, name);
    const Session s = Test::fixtureSession(name);
    QVERIFY(!s.cards.isEmpty());
    const ReadBackPlan plan = ReadBackPlan::build(s);
    QCOMPARE(brokenPromise(s, plan), QString());
    QVERIFY(plan.unreached.isEmpty());
    QVERIFY(plan.printedLines() <= s.cards.size() + rootCount(s));
    // Chain 1 is the board's deepest chain, read to the problem.
    const QStringList first = ids(plan.chains.at(0));
    QCOMPARE(first.constLast(), s.problemCard()->id);
    QCOMPARE(first.size() - 1, ChainPaths::depth(s, first.constFirst()));
    int routeSteps = 0;
    for (const QStringList &path : ChainPaths::readBackPaths(s))
        routeSteps += int(path.size());
    QVERIFY(plan.printedLines() <= routeSteps);
}

void TestReadBackPlan::largeDagStaysCompact()
{
    const Session s = Test::randomSession(7, 400, 3000, 600);
    const ReadBackPlan plan = ReadBackPlan::build(s);
    QCOMPARE(brokenPromise(s, plan), QString());
    QVERIFY(plan.unreached.isEmpty());
    const int roots = rootCount(s);
    int routeSteps = 0;
    for (const QStringList &path : ChainPaths::readBackPaths(s))
        routeSteps += int(path.size());
    qInfo("400 cards, %d root causes, %lld links: %lld chains, %d printed lines (every route in full: %d steps)", roots,
          qlonglong(s.links.size()), qlonglong(plan.chains.size()), plan.printedLines(), routeSteps);
    // Each card once, one reference per chain after the first.
    QCOMPARE(plan.printedLines(), int(s.cards.size() + plan.chains.size() - 1));
    // A chain starts at a root cause, or at a card whose causes all lead on elsewhere: each
    // such chain is owed to a cause that explains several cards (X -> A, X -> B).
    QHash<QString, int> effectCount;
    for (const CausalLink &l : s.links)
        effectCount[l.causeId] += 1;
    int fanOut = 0;
    for (const int count : std::as_const(effectCount))
        fanOut += count - 1;
    int otherStarts = 0;
    for (const ReadBackChain &chain : plan.chains)
        otherStarts += chain.startsAtRootCause ? 0 : 1;
    QCOMPARE(int(plan.chains.size()), roots + otherStarts);
    QVERIFY(otherStarts <= fanOut);
    QVERIFY2(plan.printedLines() <= s.cards.size() + roots + otherStarts, qPrintable(QString::number(plan.printedLines())));
    QVERIFY(plan.printedLines() * 5 < routeSteps);
    // Built again, the same plan.
    const ReadBackPlan again = ReadBackPlan::build(s);
    QCOMPARE(again.chains.size(), plan.chains.size());
    for (int c = 0; c < plan.chains.size(); ++c) {
        QCOMPARE(ids(again.chains.at(c)), ids(plan.chains.at(c)));
        QCOMPARE(again.chains.at(c).joins, plan.chains.at(c).joins);
    }
}

QTEST_GUILESS_MAIN(TestReadBackPlan)
#include "tst_readbackplan.moc"
