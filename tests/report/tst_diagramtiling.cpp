#include "report/diagramtiling.h"

#include <QTest>

using namespace Whyboard;

// How the board goes onto pages: whole when it stays readable, in parts cut between cards
// when it would not.
class TestDiagramTiling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallBoardIsOnePart();
    void wideBoardSplitsAtReadableScale();
    void cutsAvoidCards();
    void partsWithoutCardsAreLeftOut();
    void hugeBoardIsBounded();
};

namespace {

const QSizeF page(650, 900);

// A row of cards 240 wide with 40 between them.
QList<QRectF> rowOfCards(int count, qreal top = 0)
{
    QList<QRectF> cards;
    for (int i = 0; i < count; ++i)
        cards.append(QRectF(i * 280, top, 240, 120));
    return cards;
}

QRectF bounds(const QList<QRectF> &rects)
{
    QRectF result;
    for (const QRectF &rect : rects)
        result |= rect;
    return result;
}

} // namespace

void TestDiagramTiling::smallBoardIsOnePart()
{
    const QList<QRectF> cards = rowOfCards(3);
    const QList<DiagramTiling::Tile> tiles = DiagramTiling::tiles(bounds(cards), cards, page, 0.5);
    QCOMPARE(tiles.size(), 1);
    QCOMPARE(tiles.first().source, bounds(cards));
    QVERIFY(tiles.first().size.width() <= page.width() + 0.01);
    QVERIFY(tiles.first().size.width() / bounds(cards).width() >= 0.5);
}

void TestDiagramTiling::wideBoardSplitsAtReadableScale()
{
    const QList<QRectF> cards = rowOfCards(12); // 3,320 wide: 0.2 to fit, unreadable
    const QList<DiagramTiling::Tile> tiles = DiagramTiling::tiles(bounds(cards), cards, page, 0.5);
    QVERIFY(tiles.size() > 1);
    for (const DiagramTiling::Tile &tile : tiles) {
        QVERIFY(tile.size.width() <= page.width() + 0.01);
        QVERIFY(tile.size.height() <= page.height() + 0.01);
        QVERIFY(qAbs(tile.size.width() / tile.source.width() - 0.5) < 0.001);
    }
}

void TestDiagramTiling::cutsAvoidCards()
{
    const QList<QRectF> cards = rowOfCards(12);
    const QList<DiagramTiling::Tile> tiles = DiagramTiling::tiles(bounds(cards), cards, page, 0.5);
    // Every card lies whole inside one part.
    for (const QRectF &card : cards) {
        bool whole = false;
        for (const DiagramTiling::Tile &tile : tiles)
            whole = whole || tile.source.contains(card);
        QVERIFY2(whole, qPrintable(QStringLiteral("card at %1").arg(card.left())));
    }
}

void TestDiagramTiling::partsWithoutCardsAreLeftOut()
{
    // Two clusters far apart: the empty middle would be blank pages.
    QList<QRectF> cards = rowOfCards(2);
    cards.append(QRectF(10000, 5000, 240, 120));
    const QList<DiagramTiling::Tile> tiles = DiagramTiling::tiles(bounds(cards), cards, page, 0.5);
    for (const DiagramTiling::Tile &tile : tiles) {
        bool hasCard = false;
        for (const QRectF &card : cards)
            hasCard = hasCard || tile.source.intersects(card);
        QVERIFY(hasCard);
    }
    QVERIFY(tiles.size() <= 4);
}

void TestDiagramTiling::hugeBoardIsBounded()
{
    QList<QRectF> cards;
    for (int row = 0; row < 40; ++row)
        cards += rowOfCards(40, row * 200);
    const QList<DiagramTiling::Tile> tiles = DiagramTiling::tiles(bounds(cards), cards, page, 0.5);
    QVERIFY(tiles.size() <= DiagramTiling::maximumParts);
    QVERIFY(tiles.size() > 1);
}

QTEST_MAIN(TestDiagramTiling)
#include "tst_diagramtiling.moc"
