// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/layeredlayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Whyboard;

namespace {

// A board shaped like a large real one: mostly a tree of causes, some causes explaining a
// second card, card sizes varying with their text.
Session board(int cards, int extraLinkPercent)
{
    QRandomGenerator random(1000);
    Session session;
    session.cards.append(Card{QStringLiteral("p"), CardKind::Problem, QStringLiteral("problem"), {}, false, {}, false, {}, {}, {}});
    for (int i = 1; i < cards; ++i) {
        const QString id = QStringLiteral("w%1").arg(i);
        session.cards.append(Card{id, CardKind::Why, id, {}, false, {}, false, {}, {}, {}});
        const int effect = i < 4 ? 0 : int(random.bounded(std::max(1, i - 40), i));
        session.links.append(CausalLink{id, session.cards.at(effect).id, ReadBackVerdict::NotChecked});
        if (i > 10 && int(random.bounded(100)) < extraLinkPercent) {
            const int second = int(random.bounded(0, i));
            if (second != effect)
                session.links.append(CausalLink{id, session.cards.at(second).id, ReadBackVerdict::NotChecked});
        }
    }
    return session;
}

QHash<QString, QSizeF> sizes(const Session &session)
{
    QHash<QString, QSizeF> result;
    for (int i = 0; i < session.cards.size(); ++i)
        result.insert(session.cards.at(i).id, QSizeF(200 + 20 * (i % 5), 90 + 25 * (i % 4)));
    return result;
}

} // namespace

class BenchLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrange_data();
    void arrange();
    void freeSpotNear();
};

void BenchLayout::arrange_data()
{
    QTest::addColumn<int>("cards");
    QTest::addColumn<int>("extraLinkPercent");
    QTest::addColumn<Qt::Orientation>("orientation");
    QTest::newRow("100 cards tree") << 100 << 0 << Qt::Vertical;
    QTest::newRow("1000 cards tree") << 1000 << 0 << Qt::Vertical;
    QTest::newRow("1000 cards, 10% shared causes") << 1000 << 10 << Qt::Vertical;
    QTest::newRow("1000 cards, 30% shared causes") << 1000 << 30 << Qt::Vertical;
    QTest::newRow("1000 cards, horizontal") << 1000 << 10 << Qt::Horizontal;
}

void BenchLayout::arrange()
{
    QFETCH(int, cards);
    QFETCH(int, extraLinkPercent);
    QFETCH(Qt::Orientation, orientation);
    const Session session = board(cards, extraLinkPercent);
    const QHash<QString, QSizeF> cardSizes = sizes(session);
    QHash<QString, QPointF> positions;
    QBENCHMARK {
        positions = LayeredLayout::arrange(session, cardSizes, orientation);
    }
    QCOMPARE(positions.size(), cards);
}

void BenchLayout::freeSpotNear()
{
    Session session = board(1000, 10);
    const QHash<QString, QSizeF> cardSizes = sizes(session);
    const QHash<QString, QPointF> positions = LayeredLayout::arrange(session, cardSizes);
    for (Card &card : session.cards)
        card.position = positions.value(card.id);
    QPointF spot;
    QBENCHMARK {
        spot = LayeredLayout::freeSpotNear(session, cardSizes, QStringLiteral("w500"), QSizeF(240, 120));
    }
    QVERIFY(!spot.isNull());
}

QTEST_GUILESS_MAIN(BenchLayout)
#include "bench_layout.moc"
