// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainpaths.h"
#include "facilitationsessions.h"

#include <QTest>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;

class TestChainPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void straightChainIsOnePath();
    void sharedCauseGivesOnePathPerRoute();
    void rootsAreReadLeftToRightThenById();
    void depthIsTheLongestRoute_data();
    void depthIsTheLongestRoute();
    void shortcutShowsBothDepths();
    void cycleInDamagedInputEnds();
    void noProblemCardMeansNoPaths();
    void pathCountIsCapped();
};

void TestChainPaths::straightChainIsOnePath()
{
    const QList<QStringList> paths = ChainPaths::readBackPaths(chain(3));
    QCOMPARE(paths, (QList<QStringList>{{"w3", "w2", "w1", "p"}}));
}

// p <- a, p <- b, a <- s, b <- s, s <- r : one root (r) and two routes through the shared cause s.
static Session sharedCauseDag()
{
    Session s;
    s.cards = {card("p", "Problem", {300, 0}, CardKind::Problem), card("a", "A", {100, 150}),
               card("b", "B", {500, 150}), card("s", "Shared", {300, 300}), card("r", "Root", {300, 450}),
               card("z", "Other root", {700, 300})};
    s.links = {link("a", "p"), link("b", "p"), link("s", "b"), link("s", "a"), link("r", "s"), link("z", "b")};
    return s;
}

void TestChainPaths::sharedCauseGivesOnePathPerRoute()
{
    const QList<QStringList> paths = ChainPaths::readBackPaths(sharedCauseDag());
    // Root r (x 300) before root z (x 700); at the fork s, a (x 100) before b (x 500),
    // whatever order the links were drawn in.
    const QList<QStringList> expected{{"r", "s", "a", "p"}, {"r", "s", "b", "p"}, {"z", "b", "p"}};
    QCOMPARE(paths, expected);
    QCOMPARE(ChainPaths::rootCauses(sharedCauseDag()), (QStringList{"r", "z"}));
}

void TestChainPaths::rootsAreReadLeftToRightThenById()
{
    Session s;
    s.cards = {card("p", "Problem", {0, 0}, CardKind::Problem), card("y", "Y", {200, 150}),
               card("x", "X", {200, 150}), card("w", "W", {-50, 150})};
    s.links = {link("y", "p"), link("x", "p"), link("w", "p")};
    const QList<QStringList> expected{{"w", "p"}, {"x", "p"}, {"y", "p"}};
    QCOMPARE(ChainPaths::readBackPaths(s), expected);
}

void TestChainPaths::depthIsTheLongestRoute_data()
{
    QTest::addColumn<QString>("cardId");
    QTest::addColumn<int>("depth");
    QTest::newRow("problem") << "p" << 0;
    QTest::newRow("first why") << "a" << 1;
    QTest::newRow("shared cause") << "s" << 2;
    QTest::newRow("root behind shared cause") << "r" << 3;
    QTest::newRow("short root") << "z" << 2;
    QTest::newRow("unknown card") << "nope" << -1;
}

void TestChainPaths::depthIsTheLongestRoute()
{
    QFETCH(QString, cardId);
    QFETCH(int, depth);
    QCOMPARE(ChainPaths::depth(sharedCauseDag(), cardId), depth);
}

// p <- w1 <- w2 <- w3 <- w4, and w3 also explains the problem directly: the room built w3 three
// whys deep, and the shortcut makes it one why deep too.
static Session chainWithShortcut()
{
    Session s = chain(4);
    s.links.append(link("w3", "p"));
    return s;
}

void TestChainPaths::shortcutShowsBothDepths()
{
    const Session s = chainWithShortcut();
    const QHash<QString, ChainDepth> ranges = ChainPaths::depthRanges(s);
    QCOMPARE(ranges.value("p"), (ChainDepth{0, 0}));
    QCOMPARE(ranges.value("w2"), (ChainDepth{2, 2}));
    QCOMPARE(ranges.value("w3"), (ChainDepth{1, 3}));
    QCOMPARE(ranges.value("w4"), (ChainDepth{2, 4}));
    QVERIFY(ranges.value("w3").varies());
    QVERIFY(!ranges.contains("nope"));
    // The number the board, the outline and the report show is the depth the room built.
    QCOMPARE(ChainPaths::depth(s, "w4"), 4);
    QCOMPARE(ChainPaths::depths(s).value("w3"), 3);
}

void TestChainPaths::cycleInDamagedInputEnds()
{
    Session s = chain(3);
    s.links.append(link("w1", "w3")); // w1 <- w3 <- w2 <- w1: a loop only a damaged file has
    const QHash<QString, ChainDepth> ranges = ChainPaths::depthRanges(s);
    QCOMPARE(ranges.size(), 4);
    for (const ChainDepth &d : ranges)
        QVERIFY(d.longest >= d.shortest && d.shortest >= 0);
}

void TestChainPaths::noProblemCardMeansNoPaths()
{
    Session s = chain(2);
    s.cards.removeFirst();
    QVERIFY(ChainPaths::readBackPaths(s).isEmpty());
    QCOMPARE(ChainPaths::depth(s, "w1"), -1);
}

void TestChainPaths::pathCountIsCapped()
{
    // Ten layers of two cards, each card explaining both cards above: from each of the two
    // roots, a choice of two at nine layers.
    Session s;
    s.cards.append(card("p", "Problem", {}, CardKind::Problem));
    QStringList above{"p"};
    for (int layer = 0; layer < 10; ++layer) {
        QStringList here;
        for (int i = 0; i < 2; ++i) {
            const QString id = QStringLiteral("l%1_%2").arg(layer).arg(i);
            s.cards.append(card(id, id, {100.0 * i, 100.0 * layer}));
            for (const QString &effect : above)
                s.links.append(link(id, effect));
            here.append(id);
        }
        above = here;
    }
    QCOMPARE(ChainPaths::readBackPaths(s).size(), 2 * 512);
    QCOMPARE(ChainPaths::readBackPaths(s, 100).size(), 100);
}

QTEST_GUILESS_MAIN(TestChainPaths)
#include "tst_chainpaths.moc"
