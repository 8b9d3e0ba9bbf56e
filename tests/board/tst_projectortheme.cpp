// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/checkfinding.h"
#include "analysis/contrast.h"
#include "board/boardtheme.h"
#include "board/checkbadges.h"

#include <QTest>

using namespace Whyboard;

class TestProjectorTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastFormula_data();
    void contrastFormula();
    void projectorTextContrast_data();
    void projectorTextContrast();
    void everyCardStateKeepsSevenToOne_data();
    void everyCardStateKeepsSevenToOne();
    void badgesKeepSevenToOne_data();
    void badgesKeepSevenToOne();
    void offPathCardsRecedeByOutlineOnly();
};

void TestProjectorTheme::contrastFormula_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor("#777777") << QColor("#777777") << 1.0;
    QTest::newRow("WCAG grey #767676 on white") << QColor("#767676") << QColor(Qt::white) << 4.54;
}

void TestProjectorTheme::contrastFormula()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(Contrast::ratio(a, b) - ratio) < 0.01, qPrintable(QString::number(Contrast::ratio(a, b))));
    QCOMPARE(Contrast::ratio(a, b), Contrast::ratio(b, a));
}

void TestProjectorTheme::projectorTextContrast_data()
{
    const BoardTheme t = BoardTheme::projector();
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::newRow("card text on card") << t.text << t.cardFill;
    QTest::newRow("card text on problem card") << t.text << t.problemFill;
    QTest::newRow("header text on card") << t.mutedText << t.cardFill;
    QTest::newRow("accent text on accent") << t.accentText << t.accent;
    QTest::newRow("problem header on problem card") << t.problemBorder << t.problemFill;
    QTest::newRow("verified header on card") << t.verified << t.cardFill;
    QTest::newRow("unverified header on card") << t.unverified << t.cardFill;
}

void TestProjectorTheme::projectorTextContrast()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    const double ratio = Contrast::ratio(foreground, background);
    QVERIFY2(ratio >= Contrast::enhanced,
             qPrintable(QStringLiteral("%1 on %2: %3:1").arg(foreground.name(), background.name()).arg(ratio, 0, 'f', 2)));
}

void TestProjectorTheme::everyCardStateKeepsSevenToOne_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<int>("emphasis");
    QTest::addColumn<bool>("selected");
    const char *emphases[] = {"no route", "on the route", "off the route"};
    for (const CardKind kind : {CardKind::Problem, CardKind::Why}) {
        for (const bool verified : {false, true}) {
            for (int emphasis = 0; emphasis < 3; ++emphasis) {
                for (const bool selected : {false, true}) {
                    QTest::addRow("%s, %s, %s%s", kind == CardKind::Problem ? "problem" : "why",
                                  verified ? "verified" : "unverified", emphases[emphasis], selected ? ", selected" : "")
                        << int(kind) << verified << emphasis << selected;
                }
            }
        }
    }
}

// Every text a card paints in projector mode, in every state the card can be in, reads at 7:1.
void TestProjectorTheme::everyCardStateKeepsSevenToOne()
{
    QFETCH(int, kind);
    QFETCH(bool, verified);
    QFETCH(int, emphasis);
    QFETCH(bool, selected);
    const BoardTheme theme = BoardTheme::projector();
    QCOMPARE(theme.minimumTextContrast(), Contrast::enhanced);
    const CardLook look = theme.cardLook(CardKind(kind), verified, CardEmphasis(emphasis), selected);
    const QList<std::pair<const char *, QColor>> texts{
        {"statement", look.text}, {"placeholder", look.placeholder}, {"header", look.header}, {"evidence", look.evidence}};
    for (const auto &[what, colour] : texts) {
        const double ratio = Contrast::ratio(colour, look.fill);
        QVERIFY2(ratio >= Contrast::enhanced, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                             .arg(QLatin1String(what), colour.name(), look.fill.name())
                                                             .arg(ratio, 0, 'f', 2)));
    }
}

void TestProjectorTheme::badgesKeepSevenToOne_data()
{
    QTest::addColumn<QColor>("requested");
    for (const QString &id : CheckIds::all())
        QTest::addRow("%s", qPrintable(id)) << CheckBadges::badgeColor(id);
    QTest::newRow("no colour (accent)") << QColor();
    QTest::newRow("a light yellow") << QColor(0xff, 0xe0, 0x80);
    QTest::newRow("a mid grey") << QColor(0x80, 0x80, 0x80);
}

void TestProjectorTheme::badgesKeepSevenToOne()
{
    QFETCH(QColor, requested);
    const auto [fill, text] = BoardTheme::projector().badgeColours(requested);
    const double ratio = Contrast::ratio(text, fill);
    QVERIFY2(ratio >= Contrast::enhanced, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(text.name(), fill.name()).arg(ratio, 0, 'f', 2)));
}

// Off the route a card keeps its text and fill and loses weight in its outline only.
void TestProjectorTheme::offPathCardsRecedeByOutlineOnly()
{
    const BoardTheme theme = BoardTheme::projector();
    const CardLook plain = theme.cardLook(CardKind::Why, true, CardEmphasis::None, false);
    const CardLook on = theme.cardLook(CardKind::Why, true, CardEmphasis::OnPath, false);
    const CardLook off = theme.cardLook(CardKind::Why, true, CardEmphasis::OffPath, false);
    QCOMPARE(off.text, plain.text);
    QCOMPARE(off.fill, plain.fill);
    QCOMPARE(off.header, plain.header);
    QVERIFY(on.borderWidth > plain.borderWidth);
    QVERIFY(off.borderWidth < plain.borderWidth);
}

QTEST_GUILESS_MAIN(TestProjectorTheme)
#include "tst_projectortheme.moc"
