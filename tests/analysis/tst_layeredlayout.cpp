// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/layeredlayout.h"
#include "bigboards.h"
#include "layoutchecks.h"
#include "samplesessions.h"

#include <QLineF>
#include <QRandomGenerator>
#include <QRectF>
#include <QTest>

using namespace Whyboard;

Q_DECLARE_METATYPE(Whyboard::Session)

using namespace Whyboard::Test;


class TestLayeredLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tidyShapes_data();
    void tidyShapes();
    void sharedCauseSitsBetweenItsEffects();
    void treeHasNoCrossings();
    void siblingsKeepTheirOrder();
    void relayoutMovesNothing_data();
    void relayoutMovesNothing();
    void problemKeepsItsPlace();
    void survivesOrphansAndCycles();
    void thousandCards();
    void largeBoardsStayCompact_data();
    void largeBoardsStayCompact();
    void bigDagsWrapIntoAScreensShape_data();
    void bigDagsWrapIntoAScreensShape();
    void wrappedBoardKeepsProblemAndOrder();
    void smallBoardsNeverWrap();
    void estimatesCardSizesFromText_data();
    void estimatesCardSizesFromText();
    void freeSpotNear_data();
    void freeSpotNear();
};

void TestLayeredLayout::tidyShapes_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Qt::Orientation>("orientation");
    QTest::addColumn<bool>("varied");
    QTest::addColumn<int>("depth"); // layers below the problem

    const QList<std::pair<const char *, QString>> shapes{
        {"chain", QStringLiteral("a>p b>a c>b d>c e>d")},
        {"tree", QStringLiteral("a>p b>p c>a d>a e>a f>b g>f h>f")},
        {"shared cause", QStringLiteral("a>p b>p c>a,b d>c")},
        {"long link", QStringLiteral("a>p b>a c>b d>c,p e>p")},
        {"example", QStringLiteral("w1>p w2>w1 w3>w2 w4>w2 w5>w4 w6>p")},
        {"wide", QStringLiteral("a>p b>p c>p d>p e>p f>p g>p h>p i>a j>a k>h l>h")},
        {"problem only", QString()},
    };
    const QList<int> depths{5, 3, 3, 4, 4, 2, 0};
    for (int i = 0; i < shapes.size(); ++i) {
        for (const Qt::Orientation orientation : {Qt::Vertical, Qt::Horizontal}) {
            for (const bool varied : {false, true}) {
                const QString name = QStringLiteral("%1, %2, %3")
                                         .arg(QLatin1String(shapes.at(i).first),
                                              orientation == Qt::Vertical ? QStringLiteral("vertical")
                                                                          : QStringLiteral("horizontal"),
                                              varied ? QStringLiteral("varied sizes") : QStringLiteral("same size"));
                QTest::newRow(qPrintable(name)) << shapes.at(i).second << orientation << varied << depths.at(i);
            }
        }
    }
}

void TestLayeredLayout::tidyShapes()
{
    QFETCH(QString, spec);
    QFETCH(Qt::Orientation, orientation);
    QFETCH(bool, varied);
    QFETCH(int, depth);
    const Session session = shape(spec);
    const QHash<QString, QSizeF> sizes = varied ? variedSizes(session) : QHash<QString, QSizeF>();
    const QHash<QString, QPointF> positions = LayeredLayout::arrange(session, sizes, orientation);

    QCOMPARE(positions.size(), session.cards.size());
    QVERIFY2(firstOverlap(session, positions, sizes).isEmpty(), qPrintable(firstOverlap(session, positions, sizes)));
    const QString order = firstParentNotBefore(session, positions, sizes, orientation);
    QVERIFY2(order.isEmpty(), qPrintable(order));
    const QString through = firstLinkThroughCard(session, positions, sizes);
    QVERIFY2(through.isEmpty(), qPrintable(through));
    // The problem leads; the number of distinct rows is the chain's depth plus one.
    QSet<qreal> rows;
    for (const Card &card : session.cards) {
        const QPointF at = positions.value(card.id);
        const QPointF problem = positions.value(QStringLiteral("p"));
        QVERIFY(orientation == Qt::Vertical ? at.y() >= problem.y() : at.x() >= problem.x());
        rows.insert(orientation == Qt::Vertical ? at.y() : at.x());
    }
    QCOMPARE(rows.size(), depth + 1);
    QCOMPARE(LayeredLayout::arrange(session, sizes, orientation), positions);
}

void TestLayeredLayout::sharedCauseSitsBetweenItsEffects()
{
    const Session session = shape(QStringLiteral("a>p b>p x>p c>a,b"));
    const QHash<QString, QPointF> positions = LayeredLayout::arrange(session, {});
    const qreal half = LayeredLayout::defaultCardSize().width() / 2;
    const qreal a = positions.value(QStringLiteral("a")).x() + half;
    const qreal b = positions.value(QStringLiteral("b")).x() + half;
    const qreal c = positions.value(QStringLiteral("c")).x() + half;
    QVERIFY2(std::min(a, b) <= c && c <= std::max(a, b), qPrintable(QStringLiteral("%1 %2 %3").arg(a).arg(b).arg(c)));
    // and the effects sit next to each other, so its arrows do not pass over x.
    const qreal x = positions.value(QStringLiteral("x")).x() + half;
    QVERIFY(!(std::min(a, b) < x && x < std::max(a, b)));
}

void TestLayeredLayout::treeHasNoCrossings()
{
    // Given in an order that would cross if kept: f's parent is b, c's parent is a.
    Session session = shape(QStringLiteral("b>p a>p f>b c>a g>b d>a"));
    const QHash<QString, QPointF> positions = LayeredLayout::arrange(session, {});
    for (const CausalLink &one : session.links) {
        for (const CausalLink &other : session.links) {
            const qreal effectOrder = positions.value(one.effectId).x() - positions.value(other.effectId).x();
            const qreal causeOrder = positions.value(one.causeId).x() - positions.value(other.causeId).x();
            QVERIFY2(effectOrder * causeOrder >= 0, qPrintable(one.causeId + QLatin1Char('/') + other.causeId));
        }
    }
}

void TestLayeredLayout::siblingsKeepTheirOrder()
{
    Session session = shape(QStringLiteral("a>p b>p c>p d>p"));
    // Existing places first (d left of b), ids break ties (a before c).
    session.cards[4].position = QPointF(-500, 300); // d
    session.cards[2].position = QPointF(-100, 300); // b
    const QHash<QString, QPointF> positions = LayeredLayout::arrange(session, {});
    QStringList byX{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    std::sort(byX.begin(), byX.end(), [&](const QString &l, const QString &r) {
        return positions.value(l).x() < positions.value(r).x();
    });
    QCOMPARE(byX, (QStringList{QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));

    // Numbered ids in their numbers' order, not as text ("w10" after "w9").
    const Session numbered = shape(QStringLiteral("w10>p w9>p w1>p w011>p"));
    const QHash<QString, QPointF> numberedPositions = LayeredLayout::arrange(numbered, {});
    QStringList numberedByX{QStringLiteral("w10"), QStringLiteral("w9"), QStringLiteral("w1"), QStringLiteral("w011")};
    std::sort(numberedByX.begin(), numberedByX.end(), [&](const QString &l, const QString &r) {
        return numberedPositions.value(l).x() < numberedPositions.value(r).x();
    });
    QCOMPARE(numberedByX, (QStringList{QStringLiteral("w1"), QStringLiteral("w9"), QStringLiteral("w10"), QStringLiteral("w011")}));
}

void TestLayeredLayout::relayoutMovesNothing_data()
{
    QTest::addColumn<Session>("session");
    QTest::newRow("tree of 120") << randomDag(120, 7, false);
    QTest::newRow("shared causes") << shape(QStringLiteral("a>p b>p x>p c>a,b d>c e>c f>x g>f,e"));
    QTest::newRow("example") << shape(QStringLiteral("w1>p w2>w1 w3>w2 w4>w2 w5>w4 w6>p"));
}

// Links spanning several layers may settle a little differently on a second run; boards
// whose links join neighbouring layers come out exactly the same.
void TestLayeredLayout::relayoutMovesNothing()
{
    QFETCH(Session, session);
    const QHash<QString, QSizeF> sizes = variedSizes(session);
    const QHash<QString, QPointF> first = LayeredLayout::arrange(session, sizes);
    for (Card &card : session.cards)
        card.position = first.value(card.id);
    const QHash<QString, QPointF> second = LayeredLayout::arrange(session, sizes);
    for (const Card &card : std::as_const(session.cards))
        QCOMPARE(second.value(card.id), first.value(card.id));
}

void TestLayeredLayout::problemKeepsItsPlace()
{
    Session session = shape(QStringLiteral("a>p b>a"));
    session.cards[0].position = QPointF(300, 50);
    for (const Qt::Orientation orientation : {Qt::Vertical, Qt::Horizontal})
        QCOMPARE(LayeredLayout::arrange(session, {}, orientation).value(QStringLiteral("p")), QPointF(300, 50));
}

void TestLayeredLayout::survivesOrphansAndCycles()
{
    // A why that explains nothing yet and a loop: the document refuses loops, the layout
    // must still give every card a place that overlaps no other.
    Session session = shape(QStringLiteral("a>p b>c c>b d>a"));
    session.cards.append(Card{QStringLiteral("loose"), CardKind::Why, QStringLiteral("loose"), {}, false, {}, false, {}, {}, {}});
    const QHash<QString, QPointF> positions = LayeredLayout::arrange(session, {});
    QCOMPARE(positions.size(), session.cards.size());
    QVERIFY(firstOverlap(session, positions, {}).isEmpty());
    QVERIFY(positions.value(QStringLiteral("p")).y() < positions.value(QStringLiteral("a")).y());
    QVERIFY(positions.value(QStringLiteral("a")).y() < positions.value(QStringLiteral("d")).y());
}

void TestLayeredLayout::thousandCards()
{
    const Session session = randomDag(1000, 42);
    const QHash<QString, QSizeF> sizes = variedSizes(session);
    for (const Qt::Orientation orientation : {Qt::Vertical, Qt::Horizontal}) {
        const QHash<QString, QPointF> positions = LayeredLayout::arrange(session, sizes, orientation);
        QCOMPARE(positions.size(), 1000);
        QVERIFY2(firstOverlap(session, positions, sizes).isEmpty(), qPrintable(firstOverlap(session, positions, sizes)));
        const QString order = firstParentNotBefore(session, positions, sizes, orientation);
        QVERIFY2(order.isEmpty(), qPrintable(order));
    }
}

void TestLayeredLayout::largeBoardsStayCompact_data()
{
    QTest::addColumn<int>("cards");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<Qt::Orientation>("orientation");
    for (const int cards : {50, 200, 1000}) {
        for (const quint32 seed : {1u, 2u, 3u}) {
            QTest::addRow("%d cards, seed %u, vertical", cards, seed) << cards << seed << Qt::Vertical;
            QTest::addRow("%d cards, seed %u, horizontal", cards, seed) << cards << seed << Qt::Horizontal;
        }
    }
}

// Dense boards, where many causes explain two cards far apart, fill about the room their
// cards need: rows about as wide as the widest row of cards, a little routing room between
// rows, not a board so large that the cards are specks when it fits the screen.
void TestLayeredLayout::largeBoardsStayCompact()
{
    QFETCH(int, cards);
    QFETCH(quint32, seed);
    QFETCH(Qt::Orientation, orientation);
    const Session session = Test::randomSession(seed, cards, 0, 0);
    QHash<QString, QSizeF> sizes;
    for (const Card &card : session.cards)
        sizes.insert(card.id, LayeredLayout::estimatedCardSize(card));
    const QHash<QString, QPointF> positions = LayeredLayout::arrange(session, sizes, orientation);
    QCOMPARE(positions.size(), cards);
    QVERIFY2(firstOverlap(session, positions, sizes).isEmpty(), qPrintable(firstOverlap(session, positions, sizes)));
    const QString order = firstParentNotBefore(session, positions, sizes, orientation);
    QVERIFY2(order.isEmpty(), qPrintable(order));

    // Each cause one row past its furthest effect, as the layout promises.
    QHash<QString, int> layer;
    for (bool changed = true; changed;) {
        changed = false;
        for (const CausalLink &link : session.links) {
            if (layer.value(link.causeId) < layer.value(link.effectId) + 1) {
                layer.insert(link.causeId, layer.value(link.effectId) + 1);
                changed = true;
            }
        }
    }
    const bool vertical = orientation == Qt::Vertical;
    const LayoutSpacing spacing;
    QHash<int, qreal> rowLength;
    QHash<qreal, qreal> rowThickness; // by where the row starts: a long level wraps into several
    qreal cardArea = 0;
    QRectF box;
    for (const Card &card : session.cards) {
        const QSizeF size = sizes.value(card.id);
        const int row = layer.value(card.id);
        rowLength[row] += (vertical ? size.width() : size.height()) + spacing.siblingGap;
        const qreal start = vertical ? positions.value(card.id).y() : positions.value(card.id).x();
        rowThickness[start] = std::max(rowThickness.value(start), vertical ? size.height() : size.width());
        cardArea += (size.width() + spacing.siblingGap) * (size.height() + spacing.layerGap);
        box = box.united(rectOf(card.id, positions, sizes));
    }
    qreal widestRow = 0;
    for (const qreal length : std::as_const(rowLength))
        widestRow = std::max(widestRow, length);
    qreal rowsTogether = spacing.layerGap * (rowThickness.size() - 1);
    for (const qreal thickness : std::as_const(rowThickness))
        rowsTogether += thickness;

    const qreal across = vertical ? box.width() : box.height();
    const qreal along = vertical ? box.height() : box.width();
    QVERIFY2(across <= 2 * widestRow, qPrintable(QStringLiteral("%1 across, widest row %2").arg(across).arg(widestRow)));
    QVERIFY2(along <= 2 * rowsTogether, qPrintable(QStringLiteral("%1 along, rows %2").arg(along).arg(rowsTogether)));
    QVERIFY2(box.width() * box.height() <= 6 * cardArea,
             qPrintable(QStringLiteral("%1 x %2 for %3 of cards").arg(box.width()).arg(box.height()).arg(cardArea)));
}

void TestLayeredLayout::bigDagsWrapIntoAScreensShape_data()
{
    QTest::addColumn<Session>("session");
    QTest::addColumn<Qt::Orientation>("orientation");
    QTest::addColumn<int>("rowsPerLevel"); // at most, on average; 0: not checked
    const QList<std::tuple<const char *, Session, int>> sessions{
        {"400 random cards", Test::randomSession(7, 400, 0, 0), 3},
        {"400 cards in 12 levels", Test::levelledDagSession(7, 400, 12, 0), 3},
        // A level of 125 cards takes many rows: only the shape is the promise here.
        {"1,000 cards in 8 levels", Test::levelledDagSession(3, 1000, 8, 0), 0},
    };
    for (const auto &[name, session, rows] : sessions) {
        QTest::addRow("%s, vertical", name) << session << Qt::Vertical << rows;
        QTest::addRow("%s, horizontal", name) << session << Qt::Horizontal << rows;
    }
}

// A big DAG whose widest levels hold dozens of cards: the levels wrap into staggered rows, so
// the drawing keeps about a screen's shape and its height follows the levels, not the cards.
void TestLayeredLayout::bigDagsWrapIntoAScreensShape()
{
    QFETCH(Session, session);
    QFETCH(Qt::Orientation, orientation);
    QFETCH(int, rowsPerLevel);
    const QHash<QString, QSizeF> sizes = estimatedSizes(session);
    const LayoutSpacing spacing = boardSpacing(orientation);
    const QHash<QString, QPointF> positions = LayeredLayout::arrange(session, sizes, orientation, spacing);
    QCOMPARE(positions.size(), session.cards.size());
    QVERIFY2(firstOverlap(session, positions, sizes).isEmpty(), qPrintable(firstOverlap(session, positions, sizes)));
    const QString order = firstParentNotBefore(session, positions, sizes, orientation);
    QVERIFY2(order.isEmpty(), qPrintable(order));

    const QRectF box = boundsOf(positions, sizes);
    const qreal aspect = box.width() / box.height();
    QVERIFY2(aspect >= 0.5 && aspect <= 2.2, qPrintable(QStringLiteral("%1 x %2").arg(box.width()).arg(box.height())));

    // Along the main axis: a few rows per level, with their link room, whatever the number of
    // cards (400 cards in one row per level made a drawing four times wider than tall).
    const QHash<QString, int> level = levelsOf(session);
    int levels = 0;
    qreal thickest = 0;
    for (const Card &card : std::as_const(session.cards)) {
        levels = std::max(levels, level.value(card.id) + 1);
        const QSizeF size = sizes.value(card.id);
        thickest = std::max(thickest, orientation == Qt::Vertical ? size.height() : size.width());
    }
    const qreal along = orientation == Qt::Vertical ? box.height() : box.width();
    const qreal levelPitch = thickest + spacing.layerGap;
    QVERIFY2(rowsPerLevel == 0 || along <= 1.5 * rowsPerLevel * levels * levelPitch,
             qPrintable(QStringLiteral("%1 along for %2 levels of %3").arg(along).arg(levels).arg(levelPitch)));

    // Cards of one level stay together: no card of a deeper level sits between two rows of a
    // shallower one.
    QHash<int, std::pair<qreal, qreal>> span; // level -> first and last row start
    for (const Card &card : std::as_const(session.cards)) {
        const QPointF at = positions.value(card.id);
        const qreal start = orientation == Qt::Vertical ? at.y() : at.x();
        const int l = level.value(card.id);
        const auto it = span.find(l);
        if (it == span.end())
            span.insert(l, {start, start});
        else
            *it = {std::min(it->first, start), std::max(it->second, start)};
    }
    for (int l = 1; l < levels; ++l)
        QVERIFY2(span.value(l - 1).second < span.value(l).first, qPrintable(QStringLiteral("level %1").arg(l)));
}

void TestLayeredLayout::wrappedBoardKeepsProblemAndOrder()
{
    Session session = Test::levelledDagSession(11, 400, 12, 0);
    session.cards[0].position = QPointF(1234, -56);
    const QHash<QString, QSizeF> sizes = estimatedSizes(session);
    const LayoutSpacing spacing = boardSpacing(Qt::Vertical);
    const QHash<QString, QPointF> first = LayeredLayout::arrange(session, sizes, Qt::Vertical, spacing);
    QCOMPARE(first.value(QStringLiteral("c1")), QPointF(1234, -56));
    QSet<qreal> rowStarts;
    for (const QPointF &at : first)
        rowStarts.insert(at.y());
    QVERIFY2(rowStarts.size() > 12, "the levels did not wrap"); // else this tests nothing new

    // Laid out again from its own places: the problem stays, and so does the room's order.
    for (Card &card : session.cards)
        card.position = first.value(card.id);
    const QHash<QString, QPointF> second = LayeredLayout::arrange(session, sizes, Qt::Vertical, spacing);
    QCOMPARE(second.value(QStringLiteral("c1")), QPointF(1234, -56));
    // Which of its level's rows each card stands in, counted from the top.
    const QHash<QString, int> level = levelsOf(session);
    const auto rowsOf = [&](const QHash<QString, QPointF> &positions) {
        QHash<int, QList<qreal>> starts;
        for (const Card &card : std::as_const(session.cards))
            starts[level.value(card.id)].append(positions.value(card.id).y());
        QHash<QString, int> row;
        for (const Card &card : std::as_const(session.cards)) {
            QList<qreal> levelStarts = starts.value(level.value(card.id));
            std::sort(levelStarts.begin(), levelStarts.end());
            levelStarts.erase(std::unique(levelStarts.begin(), levelStarts.end()), levelStarts.end());
            row.insert(card.id, int(levelStarts.indexOf(positions.value(card.id).y())));
        }
        return row;
    };
    const QHash<QString, int> firstRows = rowsOf(first);
    const QHash<QString, int> secondRows = rowsOf(second);
    int pairs = 0;
    int kept = 0;
    int rowChanges = 0;
    for (const Card &a : std::as_const(session.cards)) {
        rowChanges += firstRows.value(a.id) == secondRows.value(a.id) ? 0 : 1;
        for (const Card &b : std::as_const(session.cards)) {
            if (a.id >= b.id || !qFuzzyCompare(first.value(a.id).y(), first.value(b.id).y()))
                continue;
            ++pairs;
            const bool before = first.value(a.id).x() < first.value(b.id).x();
            kept += before == (second.value(a.id).x() < second.value(b.id).x()) ? 1 : 0;
        }
    }
    QVERIFY2(kept >= pairs * 0.95, qPrintable(QStringLiteral("%1 of %2 pairs kept their order").arg(kept).arg(pairs)));
    QVERIFY2(rowChanges <= session.cards.size() / 20, qPrintable(QStringLiteral("%1 cards changed rows").arg(rowChanges)));
}

// The shapes a room builds by hand keep one row per level, however wide.
void TestLayeredLayout::smallBoardsNeverWrap()
{
    const Session session = shape(QStringLiteral("a>p b>p c>p d>p e>p f>p g>p h>p i>a j>b"));
    const QHash<QString, QPointF> positions = LayeredLayout::arrange(session, {});
    QSet<qreal> rows;
    for (const QPointF &at : positions)
        rows.insert(at.y());
    QCOMPARE(rows.size(), 3);
}

void TestLayeredLayout::estimatesCardSizesFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("lines");
    QTest::newRow("empty") << "" << 1;
    QTest::newRow("short") << "Disk full" << 1;
    QTest::newRow("one full line") << QString(26, QLatin1Char('x')) << 1;
    QTest::newRow("just over") << QString(27, QLatin1Char('x')) << 2;
    QTest::newRow("example sentence") << "An engineer deleted the app from the LinkedIn Developer Portal." << 3;
    QTest::newRow("paragraphs") << "first\nsecond\n\nfourth" << 4;
}

void TestLayeredLayout::estimatesCardSizesFromText()
{
    QFETCH(QString, text);
    QFETCH(int, lines);
    const QSizeF one = LayeredLayout::estimatedCardSize(Card{QStringLiteral("a"), CardKind::Why, QStringLiteral("x"), {}, false, {}, false, {}, {}, {}});
    const QSizeF size = LayeredLayout::estimatedCardSize(Card{QStringLiteral("a"), CardKind::Why, text, {}, false, {}, false, {}, {}, {}});
    QCOMPARE(size.width(), 400.0);
    // Each further line adds the same height.
    const qreal lineHeight = LayeredLayout::estimatedCardSize(Card{QStringLiteral("a"), CardKind::Why, QStringLiteral("x\ny"), {}, false, {}, false, {}, {}, {}}).height() - one.height();
    QVERIFY(lineHeight > 20);
    QCOMPARE(size.height(), one.height() + (lines - 1) * lineHeight);
}

void TestLayeredLayout::freeSpotNear_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<Qt::Orientation>("orientation");
    QTest::addColumn<bool>("crowded"); // fill the row under the parent with unrelated cards

    QTest::newRow("first cause") << "a>p" << "a" << Qt::Vertical << false;
    QTest::newRow("next to siblings") << "a>p b>a c>a" << "a" << Qt::Vertical << false;
    QTest::newRow("crowded row") << "a>p b>p" << "a" << Qt::Vertical << true;
    QTest::newRow("unknown parent") << "a>p b>p" << "zz" << Qt::Vertical << false;
    QTest::newRow("first cause, horizontal") << "a>p" << "a" << Qt::Horizontal << false;
    QTest::newRow("crowded, horizontal") << "a>p b>a" << "a" << Qt::Horizontal << true;
}

void TestLayeredLayout::freeSpotNear()
{
    QFETCH(QString, spec);
    QFETCH(QString, parent);
    QFETCH(Qt::Orientation, orientation);
    QFETCH(bool, crowded);
    Session session = shape(spec);
    const QHash<QString, QPointF> laid = LayeredLayout::arrange(session, {}, orientation);
    for (Card &card : session.cards)
        card.position = laid.value(card.id);
    if (crowded) {
        // Unrelated cards right where the new one would go first.
        const QRectF parentRect = rectOf(parent, laid, {});
        for (int i = 0; i < 6; ++i) {
            const QString id = QStringLiteral("x%1").arg(i);
            const QPointF at = orientation == Qt::Vertical
                                   ? QPointF(parentRect.left() - 200 + 150 * i, parentRect.bottom() + 60)
                                   : QPointF(parentRect.right() + 60, parentRect.top() - 100 + 90 * i);
            session.cards.append(Card{id, CardKind::Why, id, {}, false, at, false, {}, {}, {}});
        }
    }
    const QSizeF size(200, 90);
    const QPointF spot = LayeredLayout::freeSpotNear(session, {}, parent, size, orientation);
    const QRectF placed(spot, size);
    for (const Card &card : std::as_const(session.cards))
        QVERIFY2(!placed.intersects(QRectF(card.position, LayeredLayout::defaultCardSize())), qPrintable(card.id));
    if (const Card *parentCard = session.card(parent)) {
        const QRectF parentRect(parentCard->position, LayeredLayout::defaultCardSize());
        QVERIFY(orientation == Qt::Vertical ? placed.top() > parentRect.bottom() : placed.left() > parentRect.right());
        // Near: within a few card widths of the parent along the row.
        const qreal distance = orientation == Qt::Vertical ? qAbs(placed.center().x() - parentRect.center().x())
                                                           : qAbs(placed.center().y() - parentRect.center().y());
        QVERIFY2(distance < 1500, qPrintable(QString::number(distance)));
    }
}

QTEST_GUILESS_MAIN(TestLayeredLayout)
#include "tst_layeredlayout.moc"
