// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pagination.h"

#include <QTest>

using namespace Whyboard;

// How the report's flow breaks into pages, with boxes of known heights: what a reader sees as
// "a heading alone at the foot of a page", "a row cut in two", "a header missing on page 3".
class TestPagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boxesFillPagesInOrder();
    void headingMovesWithWhatFollows();
    void rowsStayWholeAndHeadersRepeat();
    void paragraphIsCutBetweenLines();
    void boxTallerThanAPageIsCutWhereItAllows();
    void landscapePageOfItsOwn();
};

namespace {

class Block : public FlowBox
{
public:
    explicit Block(qreal height, QList<qreal> breaks = {})
        : m_breaks(std::move(breaks))
    {
        m_height = height;
    }
    QList<qreal> breaks() const override { return m_breaks; }
    void paint(QPainter &) const override {}

private:
    QList<qreal> m_breaks;
};

using Flow = std::vector<std::unique_ptr<FlowBox>>;

Block &add(Flow &flow, qreal height, QList<qreal> breaks = {})
{
    flow.push_back(std::make_unique<Block>(height, std::move(breaks)));
    return static_cast<Block &>(*flow.back());
}

const QSizeF portrait(600, 1000);
const QSizeF landscape(1000, 600);

// Which boxes (by index in the flow) each page shows, with "h" for a repeated header.
QStringList pageContents(const Flow &flow, const QList<ReportPage> &pages)
{
    QStringList result;
    for (const ReportPage &page : pages) {
        QStringList pieces;
        for (const PagePiece &piece : page.pieces) {
            int index = -1;
            for (size_t i = 0; i < flow.size(); ++i) {
                if (flow.at(i).get() == piece.box)
                    index = int(i);
            }
            pieces << QString::number(index);
        }
        result << (page.landscape ? QStringLiteral("L:") : QString()) + pieces.join(QLatin1Char(' '));
    }
    return result;
}

} // namespace

void TestPagination::boxesFillPagesInOrder()
{
    Flow flow;
    for (int i = 0; i < 5; ++i)
        add(flow, 300);
    const QList<ReportPage> pages = Pagination::paginate(flow, portrait, landscape);
    QCOMPARE(pageContents(flow, pages), (QStringList{QStringLiteral("0 1 2"), QStringLiteral("3 4")}));
    QCOMPARE(pages.at(1).pieces.at(0).y, 0.0);
}

void TestPagination::headingMovesWithWhatFollows()
{
    Flow flow;
    add(flow, 880);
    add(flow, 40).keepWithNext = true; // a heading
    add(flow, 200).keepTogether = true;
    const QList<ReportPage> pages = Pagination::paginate(flow, portrait, landscape);
    QCOMPARE(pageContents(flow, pages), (QStringList{QStringLiteral("0"), QStringLiteral("1 2")}));
}

void TestPagination::rowsStayWholeAndHeadersRepeat()
{
    Flow flow;
    add(flow, 940);
    FlowBox &header = add(flow, 30);
    header.repeatedHeader = &header;
    header.keepWithNext = true;
    for (int i = 0; i < 40; ++i) {
        FlowBox &row = add(flow, 50, {25});
        row.keepTogether = true;
        row.repeatedHeader = &header;
    }
    const QList<ReportPage> pages = Pagination::paginate(flow, portrait, landscape);
    // The header and its first row did not fit under the 940: both went on.
    QCOMPARE(pages.first().pieces.size(), 1);
    for (int p = 1; p < pages.size(); ++p) {
        QCOMPARE(pages.at(p).pieces.first().box, &header);
        for (const PagePiece &piece : pages.at(p).pieces) {
            QCOMPARE(piece.from, 0.0);
            QCOMPARE(piece.to, piece.box->height());
            QVERIFY(piece.y + piece.to - piece.from <= portrait.height());
        }
    }
}

void TestPagination::paragraphIsCutBetweenLines()
{
    Flow flow;
    add(flow, 930);
    QList<qreal> lines;
    for (int i = 1; i < 10; ++i)
        lines << i * 20.0;
    add(flow, 200, lines);
    const QList<ReportPage> pages = Pagination::paginate(flow, portrait, landscape);
    QCOMPARE(pages.size(), 2);
    // 70 left: three lines of 20 fit; the paragraph goes on where it stopped.
    const PagePiece first = pages.at(0).pieces.last();
    QCOMPARE(first.to, 60.0);
    QCOMPARE(pages.at(1).pieces.first().from, 60.0);
    QCOMPARE(pages.at(1).pieces.first().to, 200.0);
}

void TestPagination::boxTallerThanAPageIsCutWhereItAllows()
{
    Flow flow;
    FlowBox &tall = add(flow, 2500, {900, 1800, 2400});
    tall.keepTogether = true;
    const QList<ReportPage> pages = Pagination::paginate(flow, portrait, landscape);
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(0).pieces.first().to, 900.0);
    QCOMPARE(pages.at(1).pieces.first().to, 1800.0);
    QCOMPARE(pages.at(2).pieces.first().to, 2500.0);
}

void TestPagination::landscapePageOfItsOwn()
{
    Flow flow;
    add(flow, 100);
    add(flow, 500).placement = FlowBox::Placement::OwnLandscape;
    add(flow, 100);
    const QList<ReportPage> pages = Pagination::paginate(flow, portrait, landscape);
    QCOMPARE(pageContents(flow, pages), (QStringList{QStringLiteral("0"), QStringLiteral("L:1"), QStringLiteral("2")}));
}

QTEST_MAIN(TestPagination)
#include "tst_pagination.moc"
