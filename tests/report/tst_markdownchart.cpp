// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"
#include "samplesessions.h"

#include "analysis/chainchecks.h"
#include "report/markdownexporter.h"
#include "report/mermaidchart.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Whyboard;

namespace {

// Everything between ```mermaid and the closing fence; empty when there is none.
QString mermaidBlock(const QString &markdown)
{
    const QString open = QStringLiteral("```mermaid\n");
    const qsizetype start = markdown.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = markdown.indexOf(QStringLiteral("\n```\n"), start + open.size());
    return end < 0 ? QString() : markdown.mid(start + open.size(), end - start - open.size() + 1);
}

// Empty when every line of the block is a statement Mermaid's flowchart grammar takes with
// labels that nothing can break out of; else the first offending line.
QString badLine(const QString &block)
{
    static const QRegularExpression node(QStringLiteral("^  c\\d+\\[\"([^\"]*)\"\\]$"));
    static const QRegularExpression edge(QStringLiteral("^  c\\d+ (-->|-\\.->\\|\"([^\"]*)\"\\|) c\\d+$"));
    static const QRegularExpression style(QStringLiteral("^  (classDef \\w+ [\\w:#,\\- ]+|class c\\d+(,c\\d+)* \\w+)$"));
    static const QRegularExpression entity(QStringLiteral("#\\w+;"));
    const QStringList lines = block.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.value(0) != QStringLiteral("flowchart BT"))
        return lines.value(0);
    for (const QString &line : lines.mid(1)) {
        QRegularExpressionMatch match = node.match(line);
        if (!match.hasMatch())
            match = edge.match(line);
        if (!match.hasMatch()) {
            if (!style.match(line).hasMatch())
                return line;
            continue;
        }
        // The node's label, or the edge's ("-->" has none).
        QString label = match.regularExpression() == node ? match.captured(1) : match.captured(2);
        label.remove(entity);
        for (const QChar c : QStringLiteral("\"#&<>`|[]{};%"))
            if (label.contains(c))
                return line;
    }
    return {};
}

Session hostileSession()
{
    Session s = Test::richSampleSession();
    s.cards[1].text = QStringLiteral("\"quoted\" [brackets] {braces} (parens) <script>alert(1)</script> & &amp;");
    s.cards[3].text = QStringLiteral("```fence``` `tick` | pipe\nnew line # hash #quot; ; semi");
    s.cards[4].text = QStringLiteral("%% comment ¶ß ﬂ° --> arrow end ]] \\ back");
    s.cards[2].text = QStringLiteral("```\n# Heading\n</div><img src=x onerror=alert(1)>\n|a|b|\n");
    return s;
}

} // namespace

// The chain as a Mermaid diagram in the Markdown export, and every field bounded.
class TestMarkdownChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesDrawTheChain_data();
    void examplesDrawTheChain();
    void problemStyledAndRefutedLinksDashed();
    void hostileTextsStayInsideTheirLabels();
    void longTextShortenedInTheNode();
    void largeBoardLeavesTheChartOutAndSaysSo();
    void hugeTextIsBounded();
};

void TestMarkdownChart::examplesDrawTheChain_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("linkedin") << "examples/linkedin-app-deleted";
    QTest::newRow("gitlab") << "examples/gitlab-database-outage";
    QTest::newRow("s3") << "examples/aws-s3-outage";
}

void TestMarkdownChart::examplesDrawTheChain()
{
    QFETCH(QString, name);
    const Session s = Test::fixtureSession(name);
    const QString block = mermaidBlock(MarkdownExporter::markdown(s));
    QVERIFY(!block.isEmpty());
    QCOMPARE(badLine(block), QString());
    // One node per card, in the session's order, and one arrow per link.
    for (int i = 0; i < s.cards.size(); ++i)
        QVERIFY2(block.contains(QStringLiteral("\n  c%1[\"").arg(i + 1)), qPrintable(block));
    QCOMPARE(int(block.count(QStringLiteral(" --> ")) + block.count(QStringLiteral(" -.->"))), int(s.links.size()));
    QVERIFY(block.contains(QStringLiteral("\n  c1[\"Problem: ")));
}

void TestMarkdownChart::problemStyledAndRefutedLinksDashed()
{
    const Session s = Test::richSampleSession(); // c3 -> c1 does not hold
    const QString block = MermaidChart::flowchart(s);
    QCOMPARE(badLine(block), QString());
    QVERIFY(block.contains(QStringLiteral("\n  class c1 problem\n")));
    QVERIFY(block.contains(QStringLiteral("\n  c3 -.->|\"does not hold\"| c1\n")));
    QVERIFY(block.contains(QStringLiteral("\n  c2 --> c1\n")));
    QVERIFY(block.contains(QStringLiteral("\n  c4[\"Why 2: 配置推送没有经过评审\"]\n")));
}

void TestMarkdownChart::hostileTextsStayInsideTheirLabels()
{
    const Session s = hostileSession();
    const QString markdown = MarkdownExporter::markdown(s);
    const QString block = mermaidBlock(markdown);
    QCOMPARE(badLine(block), QString());
    // The fence is closed where the chart ends, not inside a label.
    QCOMPARE(int(markdown.count(QStringLiteral("```mermaid"))), 1);
    QVERIFY(block.contains(QStringLiteral("#quot;quoted#quot; #91;brackets#93;")));
    QVERIFY(block.contains(QStringLiteral("#60;script#62;alert#40;1#41;#60;/script#62; #38; #38;amp#59;")));
    QVERIFY(block.contains(QStringLiteral("#96;#96;#96;fence#96;#96;#96;")));
    QVERIFY(block.contains(QStringLiteral("#124; pipe new line #35; hash #35;quot#59;")));
    QVERIFY(block.contains(QStringLiteral("#37;#37; comment #182;ß #64258;#176;")));
    // The same texts are literal in the Markdown around it.
    QVERIFY(!markdown.contains(QStringLiteral("<script>")));
    QVERIFY(markdown.contains(QStringLiteral("&lt;script\\>")));
}

void TestMarkdownChart::longTextShortenedInTheNode()
{
    Session s = Test::richSampleSession();
    s.cards[1].text = QStringLiteral("word ").repeated(100);
    const QString block = MermaidChart::flowchart(s);
    const QString line = block.section(QLatin1Char('\n'), 2, 2);
    QVERIFY2(line.startsWith(QStringLiteral("  c2[\"Why 1: word word")), qPrintable(line));
    QVERIFY2(line.endsWith(QStringLiteral("word…\"]")), qPrintable(line));
    QVERIFY(line.size() < MermaidChart::labelCharacters + 30);
}

void TestMarkdownChart::largeBoardLeavesTheChartOutAndSaysSo()
{
    const Session s = Test::randomSession(7, 400, 3000, 600);
    QVERIFY(s.links.size() > MermaidChart::maximumLinks);
    bool tooLarge = false;
    QVERIFY(MermaidChart::flowchart(s, &tooLarge).isEmpty());
    QVERIFY(tooLarge);
    const QString markdown = MarkdownExporter::markdown(s);
    QVERIFY(mermaidBlock(markdown).isEmpty());
    QVERIFY(markdown.contains(QStringLiteral("more than a wiki draws as a diagram")));
    // A board just under the limits still gets its chart.
    const Session medium = Test::randomSession(7, 120, 10, 10);
    QVERIFY(medium.links.size() <= MermaidChart::maximumLinks);
    const QString chart = MermaidChart::flowchart(medium);
    QVERIFY(!chart.isEmpty());
    QVERIFY(chart.size() <= MermaidChart::maximumCharacters);
    QCOMPARE(badLine(chart), QString());
}

void TestMarkdownChart::hugeTextIsBounded()
{
    // A pasted 50 MB log in every free-text field.
    QString huge(50 * 1024 * 1024, QLatin1Char('a'));
    for (qsizetype i = 79; i < huge.size(); i += 80)
        huge[i] = i % 800 == 799 ? QLatin1Char('\n') : QLatin1Char(' ');
    Session s = Test::richSampleSession();
    const qsizetype usual = MarkdownExporter::markdown(s).size();
    s.title = s.summary = s.impact.description = s.facilitator = huge;
    s.cards[1].text = s.cards[1].evidence = huge;
    s.timeline[0].text = s.actions[0].text = s.actions[0].owner = s.parkingLot[0].text = huge;
    s.participants[0].name = huge;
    QList<CheckFinding> findings;
    findings.append({CheckIds::compound, s.cards[1].id, huge, huge, CheckItemKind::Card, true, huge});
    QElapsedTimer timer;
    timer.start();
    const QString markdown = MarkdownExporter::markdown(s, findings);
    qInfo("50 MB fields: %lld characters of Markdown (%lld without them) in %lld ms", qlonglong(markdown.size()),
          qlonglong(usual), qlonglong(timer.elapsed()));
    QVERIFY2(markdown.size() < usual + 60 * 1000, qPrintable(QString::number(markdown.size())));
    QVERIFY(markdown.contains(QStringLiteral("more characters left out")));
    QCOMPARE(badLine(mermaidBlock(markdown)), QString());
    QVERIFY(markdown.startsWith(QStringLiteral("# aaaa")));
    QVERIFY(markdown.section(QLatin1Char('\n'), 0, 0).size() <= MarkdownExporter::nameCharacters + 2);
}

QTEST_MAIN(TestMarkdownChart)
#include "tst_markdownchart.moc"
