// SPDX-License-Identifier: GPL-3.0-or-later
// Card labels in table cells and menus: the card's first line, cut to fit, never its id.
#include "itemmodels/cardlabels.h"
#include "samplesessions.h"

#include <QTest>

using namespace Whyboard;

class TestCardLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelIsTheFirstLineCutToFit()
    {
        Session s = Test::richSampleSession();
        s.cards[1].text = QStringLiteral("The load balancer had no route for /pay at all that night\nsecond line");
        const QString label = cardLabel(s, QStringLiteral("c2"));
        QCOMPARE(label.size(), 32);
        QVERIFY(label.endsWith(QChar(0x2026)));
        QVERIFY(!label.contains(QStringLiteral("second")));
        QCOMPARE(cardLabels(s, {QStringLiteral("c3"), QStringLiteral("c6")}),
                 QStringLiteral("Alerts paged nobody 🔕; The pager rota was empty that w\u2026"));
    }

    void newEmptyCardIsNamedAsSuch()
    {
        Session s = Test::richSampleSession();
        s.cards[2].text = QStringLiteral("  \n");
        const QString label = cardLabel(s, QStringLiteral("c3"));
        QVERIFY2(!label.contains(QStringLiteral("c3")), qPrintable(label));
        QCOMPARE(label, QStringLiteral("(new card, no text yet)"));
    }
};

QTEST_GUILESS_MAIN(TestCardLabels)
#include "tst_cardlabels.moc"
