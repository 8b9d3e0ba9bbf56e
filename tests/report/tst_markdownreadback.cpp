// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"
#include "samplesessions.h"

#include "analysis/chainchecks.h"
#include "analysis/chainpaths.h"
#include "analysis/readbackplan.h"
#include "report/markdownexporter.h"

#include <QTest>

using namespace Whyboard;

namespace {

QString sectionOf(const QString &markdown, const QString &heading)
{
    const qsizetype start = markdown.indexOf(QStringLiteral("\n## ") + heading + QLatin1Char('\n'));
    if (start < 0)
        return {};
    const qsizetype end = markdown.indexOf(QStringLiteral("\n## "), start + 4);
    return markdown.mid(start, end < 0 ? -1 : end - start);
}

QList<CheckFinding> allFindings(const Session &s)
{
    ChainCheckOptions options;
    options.includeDismissed = true;
    return ChainChecks::run(s, options);
}

} // namespace

// The read-back and the checks of the Markdown export stay as short as the board.
class TestMarkdownReadBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linearChainReadsFromTheRoot();
    void sharedCauseIsReadOnceAndReferred();
    void largeDagReadBackIsCompact();
    void findingsGroupedByCheckWithCounts();
};

void TestMarkdownReadBack::linearChainReadsFromTheRoot()
{
    const QString readBack = sectionOf(MarkdownExporter::markdown(Test::chainSession(3)), QStringLiteral("Read-back"));
    QVERIFY2(readBack.contains(QStringLiteral("**Chain 1**\n\n1. ")), qPrintable(readBack));
    QVERIFY(!readBack.contains(QStringLiteral("Chain 2")));
    QVERIFY(!readBack.contains(QStringLiteral("continues as in")));
    QCOMPARE(int(readBack.count(QStringLiteral("_therefore_"))), 3);
}

void TestMarkdownReadBack::sharedCauseIsReadOnceAndReferred()
{
    const Session s = Test::richSampleSession();
    const QString readBack = sectionOf(MarkdownExporter::markdown(s), QStringLiteral("Read-back"));
    // Each card is one numbered step (a reference names a card again only shortened).
    const QStringList lines = readBack.split(QLatin1Char('\n'));
    for (const Card &card : s.cards) {
        const qsizetype steps = std::count_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return !line.isEmpty() && line.at(0).isDigit() && line.contains(MarkdownExporter::escape(card.text));
        });
        QCOMPARE(int(steps), 1);
    }
    // Chain 2 (c6, c3) ends where chain 1 reached the problem; c3 -> c1 does not hold.
    QVERIFY2(readBack.contains(QStringLiteral("**Chain 2**\n\n1. The pager rota was empty that week\n"
                                              "2. _therefore_ Alerts paged nobody 🔕  \n"
                                              "   _therefore_ **(the room found this step does not hold)** → "
                                              "continues as in chain 1, step 4: “Checkout returned 503 for 47 minutes”\n")),
             qPrintable(readBack));
    // The shared cause names its second effect where it is read.
    QVERIFY2(readBack.contains(QStringLiteral("配置推送没有经过评审 _(also leads to chain 2, step 2)_")), qPrintable(readBack));
}

void TestMarkdownReadBack::largeDagReadBackIsCompact()
{
    const Session s = Test::randomSession(7, 400, 3000, 600);
    const QString markdown = MarkdownExporter::markdown(s);
    const QString readBack = sectionOf(markdown, QStringLiteral("Read-back"));
    const ReadBackPlan plan = ReadBackPlan::build(s);
    const int roots = int(ChainPaths::rootCauses(s).size());
    // One numbered line per card, one reference per later chain, a heading per chain.
    QCOMPARE(int(readBack.count(QStringLiteral("continues as in chain "))), int(plan.chains.size()) - 1);
    QCOMPARE(int(readBack.count(QStringLiteral("\n**Chain "))), int(plan.chains.size()));
    int numbered = 0;
    for (const QString &line : readBack.split(QLatin1Char('\n')))
        numbered += (!line.isEmpty() && line.at(0).isDigit()) ? 1 : 0;
    QCOMPARE(numbered, int(s.cards.size()));
    QCOMPARE(plan.printedLines(), int(s.cards.size() + plan.chains.size()) - 1);
    QVERIFY(plan.chains.size() < roots + roots / 10);
    qInfo("read-back: %lld chains, %d printed lines, %lld characters; whole export %lld characters",
          qlonglong(plan.chains.size()), plan.printedLines(), qlonglong(readBack.size()), qlonglong(markdown.size()));
    QVERIFY(readBack.size() < 200 * 1000);
}

void TestMarkdownReadBack::findingsGroupedByCheckWithCounts()
{
    const Session s = Test::randomSession(7, 400, 3000, 600);
    const QList<CheckFinding> findings = allFindings(s);
    const QString checks = sectionOf(MarkdownExporter::markdown(s, findings), QStringLiteral("Chain checks"));
    QVERIFY(!checks.isEmpty());
    QHash<QString, int> counts;
    for (const CheckFinding &f : findings)
        counts[f.checkId] += 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString heading = QStringLiteral("\n### %1 (%2").arg(ChainChecks::checkTitle(it.key())).arg(QLocale().toString(it.value()));
        QCOMPARE(int(checks.count(heading)), 1);
    }
    // Far fewer lines than findings: a check whose items all say the same lists them on one line.
    const int lines = int(checks.count(QLatin1Char('\n')));
    qInfo("%lld findings in %d lines of Markdown", qlonglong(findings.size()), lines);
    QVERIFY(lines < findings.size());

    // The example: each check once, its items named by their why number.
    const Session example = Test::exampleSession();
    const QString small = sectionOf(MarkdownExporter::markdown(example, allFindings(example)), QStringLiteral("Chain checks"));
    QVERIFY2(small.contains(QStringLiteral("\n### ")), qPrintable(small));
    QVERIFY2(small.contains(QStringLiteral("**Why ")), qPrintable(small));
}

QTEST_MAIN(TestMarkdownReadBack)
#include "tst_markdownreadback.moc"
