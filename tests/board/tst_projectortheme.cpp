#include "analysis/contrast.h"
#include "board/boardtheme.h"

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

QTEST_GUILESS_MAIN(TestProjectorTheme)
#include "tst_projectortheme.moc"
