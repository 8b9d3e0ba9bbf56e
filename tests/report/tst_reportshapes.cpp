// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfwords.h"
#include "reportshapes.h"

#include "analysis/chainchecks.h"
#include "report/reportwriter.h"
#include "report/sessionexports.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// The report of chains shaped like real ones (7, 8 and 11 cards), read back with poppler as a
// reader's viewer places the words: the chain on one page, no card cut by a page edge, no
// heading or table header left alone at the foot of a page.
class TestReportShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chainIsOnOnePage_data();
    void chainIsOnOnePage();
    void everyWordIsInsideThePageBody_data();
    void everyWordIsInsideThePageBody();
    void noHeadingEndsAPage_data();
    void noHeadingEndsAPage();

private:
    QList<Test::PdfPageWords> report(const Session &session);
    void addShapes();

    QTemporaryDir m_dir;
};

namespace {

QStringList wordsOf(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

int pageOfLine(const QList<Test::PdfPageWords> &pages, const QString &line)
{
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).lines().contains(line))
            return i;
    }
    return -1;
}

// Whether every word of text is on the page (as often as the text has it).
bool pageHolds(const Test::PdfPageWords &page, const QString &text)
{
    QStringList available;
    for (const Test::PdfWord &word : page.words)
        available << word.text;
    for (const QString &word : wordsOf(text)) {
        if (!available.removeOne(word))
            return false;
    }
    return true;
}

} // namespace

void TestReportShapes::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QList<Test::PdfPageWords> TestReportShapes::report(const Session &session)
{
    const QString path = m_dir.filePath(QStringLiteral("%1.pdf").arg(session.cards.size()));
    ReportOptions options;
    options.findings = SessionExports::findings(session);
    options.pageSize = QPageSize(QPageSize::A4);
    const QString error = ReportWriter(session, options).writePdf(path);
    if (!error.isEmpty())
        qWarning() << error;
    return Test::pdfWords(path);
}

void TestReportShapes::addShapes()
{
    QTest::addColumn<Session>("session");
    QTest::newRow("7 cards") << Test::sevenCardShape();
    QTest::newRow("8 cards") << Test::eightCardShape();
    QTest::newRow("11 cards") << Test::elevenCardShape();
}

void TestReportShapes::chainIsOnOnePage_data()
{
    addShapes();
}

void TestReportShapes::chainIsOnOnePage()
{
    QFETCH(Session, session);
    const QList<Test::PdfPageWords> pages = report(session);
    QVERIFY(!pages.isEmpty());
    const int heading = pageOfLine(pages, QStringLiteral("Why chain"));
    QVERIFY(heading >= 0);
    // On the heading's page, or on a landscape page of its own right after it.
    int diagram = -1;
    for (int candidate : {heading, heading + 1}) {
        bool holdsAll = candidate < pages.size();
        for (const Card &card : std::as_const(session.cards))
            holdsAll = holdsAll && pageHolds(pages.at(candidate), card.text);
        if (holdsAll) {
            diagram = candidate;
            break;
        }
    }
    QVERIFY2(diagram >= 0, "every card of the chain on one page");
    for (const Test::PdfPageWords &page : pages) {
        for (const QString &line : page.lines())
            QVERIFY2(!line.startsWith(QStringLiteral("PART ")), qPrintable(line));
    }
}

void TestReportShapes::everyWordIsInsideThePageBody_data()
{
    addShapes();
}

void TestReportShapes::everyWordIsInsideThePageBody()
{
    QFETCH(Session, session);
    const QList<Test::PdfPageWords> pages = report(session);
    QVERIFY(!pages.isEmpty());
    // The report's margins: 18 mm at the sides, 16 mm at the top, 12 mm at the foot.
    const qreal mm = 72 / 25.4;
    for (int i = 0; i < pages.size(); ++i) {
        const QSizeF size = pages.at(i).size;
        const QRectF body = QRectF(18 * mm, 16 * mm, size.width() - 36 * mm, size.height() - 28 * mm).adjusted(-1, -1, 1, 1);
        for (const Test::PdfWord &word : pages.at(i).words)
            QVERIFY2(body.contains(word.box),
                     qPrintable(QStringLiteral("page %1: \"%2\" at %3,%4").arg(i + 1).arg(word.text)
                                    .arg(word.box.x()).arg(word.box.y())));
    }
}

void TestReportShapes::noHeadingEndsAPage_data()
{
    addShapes();
}

void TestReportShapes::noHeadingEndsAPage()
{
    QFETCH(Session, session);
    const QList<Test::PdfPageWords> pages = report(session);
    QVERIFY(!pages.isEmpty());
    const QStringList headings{QStringLiteral("Summary"), QStringLiteral("Impact"), QStringLiteral("People"),
                               QStringLiteral("Why chain"), QStringLiteral("Read-back"),
                               QStringLiteral("Causes and evidence"), QStringLiteral("Chain checks"),
                               QStringLiteral("Action items"), QStringLiteral("Timeline")};
    for (int i = 0; i + 1 < pages.size(); ++i) {
        QStringList lines = pages.at(i).lines();
        // The footer: the title, the date and "Page n of m".
        while (!lines.isEmpty() && lines.last().contains(QStringLiteral("Page ")))
            lines.removeLast();
        QVERIFY(!lines.isEmpty());
        const QString last = lines.last();
        QVERIFY2(!headings.contains(last), qPrintable(QStringLiteral("page %1 ends with \"%2\"").arg(i + 1).arg(last)));
        // A table header row is all capitals.
        QVERIFY2(last.toUpper() != last || last.size() < 3,
                 qPrintable(QStringLiteral("page %1 ends with the header \"%2\"").arg(i + 1).arg(last)));
    }
}

QTEST_MAIN(TestReportShapes)
#include "tst_reportshapes.moc"
