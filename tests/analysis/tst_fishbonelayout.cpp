// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/fishbonelayout.h"
#include "data/causecategories.h"
#include "layoutchecks.h"
#include "samplesessions.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QSet>
#include <QTest>

using namespace Whyboard;

namespace {

// The board's light theme's sizes (BoardTheme lives above the core).
FishboneLayout::Style boardStyle()
{
    FishboneLayout::Style style;
    style.textFont = QFont(QStringLiteral("Sans Serif"));
    style.textFont.setPixelSize(25);
    style.headerFont = style.textFont;
    style.headerFont.setPixelSize(16);
    style.labelFont = style.textFont;
    style.labelFont.setPixelSize(28);
    style.labelFont.setBold(true);
    return style;
}

// Each why card takes the next of these categories in turn ("" is none).
void assignCategories(Session &session, const QStringList &categories)
{
    int next = 0;
    for (Card &card : session.cards) {
        if (card.kind == CardKind::Why)
            card.category = categories.at(next++ % categories.size());
    }
}

bool lineCrossesRect(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF &edge : edges) {
        if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

// Empty when no two boxes of the drawing overlap and no bone or spine runs over a card.
QString firstOverlap(const FishboneLayout &layout)
{
    QList<std::pair<QString, QRectF>> boxes;
    for (const FishboneLayout::Card &card : layout.cards)
        boxes.append({card.id, card.rect});
    for (const FishboneLayout::Bone &bone : layout.bones)
        boxes.append({QStringLiteral("label ") + bone.title, bone.labelRect});
    boxes.append({QStringLiteral("head"), layout.head});
    for (int i = 0; i < boxes.size(); ++i) {
        for (int j = i + 1; j < boxes.size(); ++j) {
            if (boxes.at(i).second.intersects(boxes.at(j).second))
                return boxes.at(i).first + QStringLiteral(" overlaps ") + boxes.at(j).first;
        }
    }
    for (const FishboneLayout::Card &card : layout.cards) {
        if (lineCrossesRect(layout.spine, card.rect))
            return QStringLiteral("the spine crosses ") + card.id;
        for (int b = 0; b < layout.bones.size(); ++b) {
            if (lineCrossesRect(layout.bones.at(b).line, card.rect))
                return QStringLiteral("bone %1 crosses %2").arg(b).arg(card.id);
        }
    }
    return {};
}

} // namespace

class TestFishboneLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWhyCardOnceAndNothingOverlaps_data();
    void everyWhyCardOnceAndNothingOverlaps();
    void bonesFollowTheLibraryOrderAndAlternate();
    void uncategorisedCardsHaveTheLastBone();
    void longGermanTextWraps();
    void subCausesHangOnRibs();
    void manyCardsGrowTheBonesNotShrinkTheText();
    void onlyTheProblem();
    void boneAtFindsTheBoneUnderACard();
};

void TestFishboneLayout::everyWhyCardOnceAndNothingOverlaps_data()
{
    QTest::addColumn<int>("cards");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("8 cards") << 8 << 1u;
    QTest::newRow("25 cards") << 25 << 2u;
    QTest::newRow("61 cards") << 61 << 3u;
    QTest::newRow("120 cards") << 120 << 4u;
}

void TestFishboneLayout::everyWhyCardOnceAndNothingOverlaps()
{
    QFETCH(int, cards);
    QFETCH(quint32, seed);
    Session session = Test::randomSession(seed, cards, 0, 0);
    assignCategories(session, {QStringLiteral("change"), QStringLiteral("process"), QString(),
                               QStringLiteral("detection"), QStringLiteral("change"), QStringLiteral("design")});
    const FishboneLayout layout = FishboneLayout::compute(session, CauseCategories::defaults(), boardStyle());
    QSet<QString> placed;
    for (const FishboneLayout::Card &card : layout.cards) {
        QVERIFY2(!placed.contains(card.id), qPrintable(card.id));
        placed.insert(card.id);
        QCOMPARE(card.category, session.card(card.id)->category);
        QCOMPARE(layout.bones.at(card.bone).category, card.category);
        QVERIFY(layout.bounds.contains(card.rect));
    }
    QSet<QString> whys;
    for (const Card &card : session.cards) {
        if (card.kind == CardKind::Why)
            whys.insert(card.id);
    }
    QCOMPARE(placed, whys);
    QCOMPARE(firstOverlap(layout), QString());
    QCOMPARE(layout.problemId, session.problemCard()->id);
    QCOMPARE(layout.spine.p2().x(), layout.head.left());
}

void TestFishboneLayout::bonesFollowTheLibraryOrderAndAlternate()
{
    Session session = Test::shape(QStringLiteral("a>p b>p c>p d>p e>p"));
    assignCategories(session, {QStringLiteral("design"), QStringLiteral("change"), QStringLiteral("vendor"),
                               QStringLiteral("process"), QStringLiteral("change")});
    const FishboneLayout layout = FishboneLayout::compute(session, CauseCategories::defaults(), boardStyle());
    QStringList order;
    for (const FishboneLayout::Bone &bone : layout.bones)
        order.append(bone.category);
    // The library's order (change, ..., process, design), then a team's own name.
    QCOMPARE(order, (QStringList{QStringLiteral("change"), QStringLiteral("process"), QStringLiteral("design"),
                                 QStringLiteral("vendor")}));
    QCOMPARE(layout.bones.at(1).title, CauseCategories::displayName(QStringLiteral("process")));
    QCOMPARE(layout.bones.at(3).title, QStringLiteral("vendor"));
    for (int i = 0; i < layout.bones.size(); ++i) {
        const FishboneLayout::Bone &bone = layout.bones.at(i);
        QCOMPARE(bone.above, i % 2 == 0);
        QVERIFY(bone.above ? bone.line.p1().y() < 0 : bone.line.p1().y() > 0); // the tip
        QCOMPARE(bone.line.p2().y(), 0.0); // on the spine
        QVERIFY(bone.line.p2().x() < layout.head.left());
        if (i > 0)
            QVERIFY(bone.line.p2().x() > layout.bones.at(i - 1).line.p2().x());
        for (int index : bone.cards)
            QVERIFY(bone.above ? layout.cards.at(index).rect.bottom() < 0 : layout.cards.at(index).rect.top() > 0);
    }
    QCOMPARE(layout.bones.at(0).cards.size(), 2);
}

void TestFishboneLayout::uncategorisedCardsHaveTheLastBone()
{
    Session session = Test::shape(QStringLiteral("a>p b>p c>p"));
    assignCategories(session, {QString(), QStringLiteral("access"), QString()});
    const FishboneLayout layout = FishboneLayout::compute(session, CauseCategories::defaults(), boardStyle());
    QCOMPARE(layout.bones.size(), 2);
    QCOMPARE(layout.bones.last().category, QString());
    QCOMPARE(layout.bones.last().title, QStringLiteral("Uncategorised"));
    QCOMPARE(layout.bones.last().cards.size(), 2);
    QCOMPARE(layout.cards.at(layout.indexOfCard(QStringLiteral("a"))).bone, 1);
}

void TestFishboneLayout::longGermanTextWraps()
{
    Session session = Test::shape(QStringLiteral("a>p b>p"));
    assignCategories(session, {QStringLiteral("process"), QStringLiteral("process")});
    const QString german = QStringLiteral(
        "Die Wiederherstellungsprozedur der Datenbankreplikation war nie geprobt worden, weil die "
        "Betriebsverantwortlichen die Donaudampfschifffahrtsgesellschaftskapitänsmützenverordnung für wichtiger hielten");
    session.cards[1].text = german;
    const FishboneLayout::Style style = boardStyle();
    const FishboneLayout layout = FishboneLayout::compute(session, CauseCategories::defaults(), style);
    const FishboneLayout::Card &card = layout.cards.at(layout.indexOfCard(QStringLiteral("a")));
    const FishboneLayout::Card &shortCard = layout.cards.at(layout.indexOfCard(QStringLiteral("b")));
    QVERIFY(card.lines.size() >= 5);
    const QFontMetricsF metrics(style.textFont);
    for (const QString &line : card.lines)
        QVERIFY2(metrics.horizontalAdvance(line) <= card.textRect.width() + 0.5, qPrintable(line));
    // Nothing is lost: the lines are the text, broken at spaces or (the long word) inside a word.
    QString joined = card.lines.join(QString());
    QCOMPARE(joined.remove(QLatin1Char(' ')), QString(german).remove(QLatin1Char(' ')));
    QCOMPARE(card.rect.width(), style.cardWidth);
    QVERIFY(card.textRect.height() >= metrics.lineSpacing() * card.lines.size() - 0.5);
    QVERIFY(card.rect.contains(card.textRect));
    QVERIFY(card.rect.height() > shortCard.rect.height());
    QCOMPARE(firstOverlap(layout), QString());
}

void TestFishboneLayout::subCausesHangOnRibs()
{
    // b explains a, c explains b, all "change"; d explains b but is "process".
    Session session = Test::shape(QStringLiteral("a>p b>a c>b d>b"));
    assignCategories(session, {QStringLiteral("change"), QStringLiteral("change"), QStringLiteral("change"),
                               QStringLiteral("process")});
    const FishboneLayout layout = FishboneLayout::compute(session, CauseCategories::defaults(), boardStyle());
    const auto card = [&](const char *id) { return layout.cards.at(layout.indexOfCard(QLatin1String(id))); };
    QCOMPARE(card("a").level, 0);
    QCOMPARE(card("b").level, 1);
    QCOMPARE(card("b").parentId, QStringLiteral("a"));
    QCOMPARE(card("c").level, 2);
    QCOMPARE(card("c").parentId, QStringLiteral("b"));
    QCOMPARE(card("d").level, 0); // on its own bone
    QCOMPARE(card("a").step, QStringLiteral("Why 1"));
    QCOMPARE(card("c").step, QStringLiteral("Why 3"));
    // A sub-cause sits in from its parent, below it, on a rib that starts under the parent.
    QVERIFY(card("b").rect.right() < card("a").rect.right());
    QVERIFY(card("b").rect.top() > card("a").rect.bottom());
    QCOMPARE(card("b").rib.p1().y(), card("a").rect.bottom());
    QVERIFY(card("b").rib.p1().x() > card("a").rect.left() && card("b").rib.p1().x() < card("a").rect.right());
    QVERIFY(card("c").rect.right() < card("b").rect.right());
    QCOMPARE(firstOverlap(layout), QString());
}

void TestFishboneLayout::manyCardsGrowTheBonesNotShrinkTheText()
{
    const QStringList categories{QStringLiteral("change"), QStringLiteral("capacity"), QStringLiteral("process")};
    Session small = Test::randomSession(7, 10, 0, 0);
    Session big = Test::randomSession(7, 61, 0, 0);
    assignCategories(small, categories);
    assignCategories(big, categories);
    const FishboneLayout::Style style = boardStyle();
    const FishboneLayout few = FishboneLayout::compute(small, CauseCategories::defaults(), style);
    const FishboneLayout many = FishboneLayout::compute(big, CauseCategories::defaults(), style);
    QCOMPARE(many.cards.size(), 60);
    QCOMPARE(many.bones.size(), 3);
    QVERIFY(many.bones.first().line.length() > few.bones.first().line.length() * 3);
    for (const FishboneLayout::Card &card : many.cards)
        QCOMPARE(card.rect.width(), style.cardWidth);
    // Still a picture a screen can hold: not a thin strip.
    const qreal shape = many.bounds.width() / many.bounds.height();
    QVERIFY2(shape > 0.4 && shape < 4, qPrintable(QString::number(shape)));
}

void TestFishboneLayout::onlyTheProblem()
{
    const Session session = Test::chainSession(0);
    const FishboneLayout layout = FishboneLayout::compute(session, CauseCategories::defaults(), boardStyle());
    QVERIFY(layout.bones.isEmpty());
    QVERIFY(layout.cards.isEmpty());
    QCOMPARE(layout.headLines, QStringList{QStringLiteral("The problem")});
    QVERIFY(layout.spine.length() > 0);
    QCOMPARE(layout.spine.p2().x(), layout.head.left());
    QCOMPARE(layout.boneAt(QPointF(0, -10)), -1);
}

void TestFishboneLayout::boneAtFindsTheBoneUnderACard()
{
    Session session = Test::randomSession(11, 30, 0, 0);
    assignCategories(session, {QStringLiteral("change"), QStringLiteral("dependency"), QStringLiteral("access"),
                               QString()});
    const FishboneLayout layout = FishboneLayout::compute(session, CauseCategories::defaults(), boardStyle());
    for (const FishboneLayout::Card &card : layout.cards)
        QCOMPARE(layout.boneAt(card.rect.center()), card.bone);
}

QTEST_MAIN(TestFishboneLayout)
#include "tst_fishbonelayout.moc"
