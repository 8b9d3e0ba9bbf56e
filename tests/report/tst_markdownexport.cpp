// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"
#include "samplesessions.h"

#include "report/markdownexporter.h"
#include "data/labels.h"
#include "report/reporttext.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

// Undoes MarkdownExporter's escapes, as a Markdown reader would.
// What a reader sees: escapes and the entities the exporter writes decoded, and without the
// isolates around right-to-left text (invisible in a renderer).
QString unescaped(QString text)
{
    text.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    static const QRegularExpression escape(QStringLiteral("\\\\(.)"));
    text.replace(escape, QStringLiteral("\\1"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.remove(QChar(0x2068)).remove(QChar(0x2069));
}

// The body rows of the table under a heading, split at unescaped pipes.
QList<QStringList> tableUnder(const QString &markdown, const QString &heading)
{
    const QStringList lines = markdown.mid(markdown.indexOf(QStringLiteral("## ") + heading)).split(QLatin1Char('\n'));
    QList<QStringList> rows;
    static const QRegularExpression pipe(QStringLiteral("(?<!\\\\)\\|"));
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QStringLiteral("## ")))
            break;
        if (!lines.at(i).startsWith(QLatin1Char('|')))
            continue;
        QStringList cells = lines.at(i).split(pipe);
        cells = cells.mid(1, cells.size() - 2);
        for (QString &cell : cells)
            cell = unescaped(cell.trimmed());
        rows.append(cells);
    }
    return rows.mid(2); // header and rule
}

} // namespace

// The Markdown export: the facts of a session survive the trip through a wiki page.
class TestMarkdownExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleHasTheFacts();
    void actionTableParsesBack();
    void timelineTableParsesBack();
    void chainIsNestedUnderTheProblem();
    void escape_data();
    void escape();
    void cellsKeepPipesAndLineBreaks();
    void unwritablePathLeavesNothing();
    void parkingLotListsEveryIdea();
};

void TestMarkdownExport::parkingLotListsEveryIdea()
{
    const Session rich = Test::richSampleSession();
    const QString markdown = MarkdownExporter::markdown(rich);
    const qsizetype section = markdown.indexOf(QStringLiteral("\n## Parking lot\n"));
    QVERIFY(section > 0);
    QVERIFY(section > markdown.indexOf(QStringLiteral("\n## Action items\n")));
    for (const ParkedIdea &idea : rich.parkingLot)
        QVERIFY(markdown.indexOf(QStringLiteral("\n- ") + MarkdownExporter::escape(idea.text) + QLatin1Char('\n'), section) > section);
    QVERIFY(!MarkdownExporter::markdown(Test::exampleSession()).contains(QStringLiteral("Parking lot")));
}

void TestMarkdownExport::exampleHasTheFacts()
{
    const Session session = Test::exampleSession();
    const QString markdown = MarkdownExporter::markdown(session);
    QVERIFY(markdown.startsWith(QStringLiteral("# That time the LinkedIn app was deleted\n")));
    QVERIFY(markdown.contains(QStringLiteral("2017-04-06 18:30")));
    QVERIFY(markdown.contains(QStringLiteral("2017-04-06 19:09")));
    QVERIFY(markdown.contains(QStringLiteral("39\u00a0min"))); // one figure, never split
    QVERIFY(markdown.contains(QStringLiteral("Ops team member")));
    for (const Card &card : session.cards)
        QVERIFY2(markdown.contains(MarkdownExporter::escape(card.text)), qPrintable(card.text));
    for (const QString &heading : {QStringLiteral("Summary"), QStringLiteral("Impact"), QStringLiteral("Why chain"),
                                   QStringLiteral("Read-back"), QStringLiteral("Timeline"), QStringLiteral("Action items")})
        QVERIFY(markdown.contains(QStringLiteral("\n## ") + heading + QLatin1Char('\n')));
    // The read-back: root cause first, each step "therefore"; a chain meeting one already read
    // says where it continues.
    QVERIFY(markdown.contains(QStringLiteral("**Chain 1**\n\n1. No one owns the administration of our developer apps on "
                                             "social networks.\n2. _therefore_ Personal social network accounts")));
    QVERIFY(markdown.contains(QStringLiteral("**Chain 3**\n\n1. The escalation path to LinkedIn Developer Support was not "
                                             "written down.  \n   _therefore_ → continues as in chain 1, step 5: “Users could not post")));
}

void TestMarkdownExport::actionTableParsesBack()
{
    Session session = Test::richSampleSession();
    const QList<QStringList> rows = tableUnder(MarkdownExporter::markdown(session), QStringLiteral("Action items"));
    QCOMPARE(rows.size(), session.actions.size());
    for (int i = 0; i < rows.size(); ++i) {
        const ActionItem &action = session.actions.at(i);
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), 7);
        QCOMPARE(row.at(0), action.text);
        QCOMPARE(row.at(1), action.owner);
        QCOMPARE(row.at(2), action.due.isValid() ? action.due.toString(Qt::ISODate) : QString());
        QCOMPARE(row.at(5), Labels::actionStatus(action.status));
        if (!action.link.isEmpty())
            QCOMPARE(row.at(6), QStringLiteral("<%1>").arg(action.link));
    }
}

void TestMarkdownExport::timelineTableParsesBack()
{
    const Session session = Test::exampleSession();
    const QList<QStringList> rows = tableUnder(MarkdownExporter::markdown(session), QStringLiteral("Timeline"));
    QCOMPARE(rows.size(), session.timeline.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).at(0), ReportText::dateTime(session.timeline.at(i).at));
        QCOMPARE(rows.at(i).at(1), Labels::eventKind(session.timeline.at(i).kind));
        QCOMPARE(rows.at(i).at(2), session.timeline.at(i).text);
    }
}

void TestMarkdownExport::chainIsNestedUnderTheProblem()
{
    const Session session = Test::chainSession(3);
    const QString markdown = MarkdownExporter::markdown(session);
    const QString problem = QStringLiteral("- **Problem:** %1\n").arg(MarkdownExporter::escape(session.card(QStringLiteral("c1"))->text));
    QVERIFY(markdown.contains(problem));
    // Each why one level deeper than the card it explains.
    QVERIFY(markdown.contains(QStringLiteral("\n  - **Why 1:** ")));
    QVERIFY(markdown.contains(QStringLiteral("\n    - **Why 2:** ")));
    QVERIFY(markdown.contains(QStringLiteral("\n      - **Why 3:** ")));
}

void TestMarkdownExport::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Disk full") << QStringLiteral("Disk full");
    QTest::newRow("emphasis") << QStringLiteral("*not* _this_") << QStringLiteral("\\*not\\* \\_this\\_");
    QTest::newRow("link syntax") << QStringLiteral("[x](y)") << QStringLiteral("\\[x\\](y)");
    QTest::newRow("html") << QStringLiteral("<script>") << QStringLiteral("&lt;script\\>");
    QTest::newRow("heading at start") << QStringLiteral("# 1") << QStringLiteral("\\# 1");
    QTest::newRow("hash inside") << QStringLiteral("in #outage") << QStringLiteral("in #outage");
    QTest::newRow("list at start") << QStringLiteral("- item") << QStringLiteral("\\- item");
    QTest::newRow("numbered at start") << QStringLiteral("12. step") << QStringLiteral("12\\. step");
    QTest::newRow("code") << QStringLiteral("`rm -rf`") << QStringLiteral("\\`rm -rf\\`");
    QTest::newRow("backslash") << QStringLiteral("C:\\temp") << QStringLiteral("C:\\\\temp");
    QTest::newRow("unicode") << QStringLiteral("数据库 ✓") << QStringLiteral("数据库 ✓");
    QTest::newRow("entities") << QStringLiteral("&amp; &#x41; &#65; AT&T & x") << QStringLiteral("&amp;amp; &amp;#x41; &amp;#65; AT&T & x");
    QTest::newRow("override isolated") << QString::fromUtf16(u"a\u202Eb") << QString::fromUtf16(u"\u2068a\u202Eb\u202C\u2069");
}

void TestMarkdownExport::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownExporter::escape(text), expected);
    if (!text.contains(QChar(0x202E))) // an override is closed where its text ends
        QCOMPARE(unescaped(MarkdownExporter::escape(text)), text);
}

void TestMarkdownExport::cellsKeepPipesAndLineBreaks()
{
    const QString text = QStringLiteral("a | b\nsecond line");
    const QString cell = MarkdownExporter::escapeCell(text);
    QVERIFY(!cell.contains(QLatin1Char('\n')));
    QVERIFY(cell.contains(QStringLiteral("\\|")));
    QCOMPARE(unescaped(cell), text);
}

void TestMarkdownExport::unwritablePathLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/out.md"));
    QVERIFY(!MarkdownExporter::write(Test::exampleSession(), path).isEmpty());
    QVERIFY(!QFile::exists(path));
    const QString good = dir.filePath(QStringLiteral("out.md"));
    QVERIFY(MarkdownExporter::write(Test::exampleSession(), good).isEmpty());
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).startsWith(QStringLiteral("# That time")));
}

QTEST_MAIN(TestMarkdownExport)
#include "tst_markdownexport.moc"
