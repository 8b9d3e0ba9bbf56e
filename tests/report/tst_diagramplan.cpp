// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesessions.h"

#include "analysis/cardplacement.h"
#include "report/boardimageexporter.h"
#include "report/diagramplan.h"
#include "report/printboard.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Whyboard;

// How the why chain goes onto report pages: the real chains whole on one page with readable
// text; a big board in parts cut between cards, with an overview and signposts where the
// arrows cross; hostile coordinates that still give a small, bounded export.
class TestDiagramPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realChainsFitOnePage_data();
    void realChainsFitOnePage();
    void wideFanGoesLandscapeOnlyWhenThatReadsLarger();
    void longRowIsCutBetweenCards();
    void largeSessionTakesFewReadableParts();
    void scatteredBoardIsPrintedCompactly();
    void strayCardsGiveABoundedBoard_data();
    void strayCardsGiveABoundedBoard();

private:
    QTemporaryDir m_dir;
};

namespace {

// A4 with the report's margins, in layout units (96 per inch).
const QSizeF portraitBody(650, 980);
const QSizeF landscapeBody(980, 640);
constexpr qreal headingRoom = 90;

struct Why
{
    const char *id;
    const char *text;
    const char *explains; // empty for the problem
};

// Placed as an import places cards without positions.
Session chain(const QList<Why> &whys)
{
    Session session;
    session.title = QStringLiteral("Chain");
    QSet<QString> unplaced;
    for (const Why &why : whys) {
        Card card;
        card.id = QString::fromUtf8(why.id);
        card.kind = *why.explains ? CardKind::Why : CardKind::Problem;
        card.text = QString::fromUtf8(why.text);
        session.cards.append(card);
        unplaced.insert(card.id);
        if (*why.explains)
            session.links.append({card.id, QString::fromUtf8(why.explains)});
    }
    CardPlacement::placeUnpositionedCards(session, unplaced);
    return session;
}

Session linkedIn()
{
    return chain({
        {"p", "Users could not post to LinkedIn or add LinkedIn accounts for 39 minutes.", ""},
        {"w1", "The production LinkedIn app that our integration authenticates through no longer existed.", "p"},
        {"w2", "An engineer deleted the app from the LinkedIn Developer Portal.", "w1"},
        {"w3", "The engineer believed the action removed only his own developer access.", "w2"},
        {"w4", "Personal social network accounts held admin rights over the production app.", "w2"},
        {"w5", "No one owns the administration of our developer apps on social networks.", "w4"},
        {"w6", "The escalation path to LinkedIn Developer Support was not written down.", "p"},
    });
}

Session cloudflare()
{
    return chain({
        {"p", "Traffic through the proxy failed with 502 errors for 27 minutes worldwide.", ""},
        {"w1", "Every proxy CPU core was saturated by one firewall rule's regular expression.", "p"},
        {"w2", "The new rule's expression backtracked catastrophically on ordinary requests.", "w1"},
        {"w3", "The regex engine has no limit on backtracking.", "w2"},
        {"w4", "Firewall rules were deployed globally at once, not in stages.", "w1"},
        {"w5", "The emergency rule path skipped the staged rollout used for code.", "w4"},
        {"w6", "Turning the firewall off took long because the dashboard went through the failing proxy.", "p"},
        {"w7", "Internal tools had no path that bypassed the production proxy.", "w6"},
    });
}

Session gitLab()
{
    return chain({
        {"p", "GitLab.com was down for about 18 hours and lost six hours of database changes.", ""},
        {"w1", "The data directory of the primary database host was deleted.", "p"},
        {"w2", "A command meant for the secondary host ran in a shell on the primary.", "w1"},
        {"w3", "The shell prompts of both database hosts looked the same.", "w2"},
        {"w4", "Replication to the secondary had to be rebuilt by hand late at night.", "w2"},
        {"w5", "A spam attack raised database load until the secondary fell too far behind.", "w4"},
        {"w6", "No working backup newer than six hours could be restored.", "p"},
        {"w7", "The nightly pg_dump backups had been failing silently.", "w6"},
        {"w8", "The backup job ran pg_dump 9.2 against a PostgreSQL 9.6 server.", "w7"},
        {"w9", "Failure e-mails from the backup job were rejected by DMARC and reached no one.", "w7"},
        {"w10", "Restoring from backups had never been tested and had no owner.", "w6"},
    });
}

DiagramPlanInput pages(DiagramPlanInput input)
{
    input.portraitBody = portraitBody;
    input.landscapeBody = landscapeBody;
    input.reservedTop = headingRoom;
    input.minimumTextPoints = 7;
    return input;
}

// Synthetic cards the board's size (400 wide) without a board.
DiagramPlanInput cardsAt(const QList<QPointF> &places, const QList<QPair<int, int>> &links)
{
    DiagramPlanInput input;
    for (const QPointF &place : places) {
        input.cards.append(QRectF(place, QSizeF(400, 150)));
        input.content |= input.cards.last();
    }
    input.content.adjust(-24, -24, 24, 24);
    for (const auto &[cause, effect] : links)
        input.links.append({cause, effect, {}});
    return pages(input);
}

QSizeF bodyOf(const DiagramPart &part)
{
    return part.orientation == DiagramOrientation::Portrait ? portraitBody : landscapeBody;
}

// Every card wholly inside the part that holds it, in exactly one part; parts fit their
// pages; every arrow between parts is signposted at both ends, on the part's edge.
void verifyTiling(const DiagramPlanInput &input, const DiagramPlan &plan)
{
    QList<int> owner(input.cards.size(), -1);
    for (int p = 0; p < plan.parts.size(); ++p) {
        const DiagramPart &part = plan.parts.at(p);
        QVERIFY2(!part.cards.isEmpty(), "a part without cards");
        QVERIFY(part.size.width() <= bodyOf(part).width() + 0.01);
        QVERIFY(part.size.height() <= bodyOf(part).height() + 0.01);
        for (int card : part.cards) {
            QVERIFY2(owner.at(card) < 0, qPrintable(QStringLiteral("card %1 in two parts").arg(card)));
            owner[card] = p;
            QVERIFY2(part.source.contains(input.cards.at(card)),
                     qPrintable(QStringLiteral("card %1 cut by part %2").arg(card).arg(p + 1)));
        }
    }
    QVERIFY(!owner.contains(-1));
    for (int l = 0; l < input.links.size(); ++l) {
        const int causePart = owner.at(input.links.at(l).cause);
        const int effectPart = owner.at(input.links.at(l).effect);
        if (causePart == effectPart)
            continue;
        for (const int p : {causePart, effectPart}) {
            const DiagramPart &part = plan.parts.at(p);
            const auto join = std::find_if(part.joins.begin(), part.joins.end(),
                                           [l](const DiagramJoin &j) { return j.link == l; });
            QVERIFY2(join != part.joins.end(), qPrintable(QStringLiteral("link %1 unmarked in part %2").arg(l).arg(p + 1)));
            QCOMPARE(join->otherPart, p == causePart ? effectPart : causePart);
            QCOMPARE(join->towardsCause, p == effectPart);
            QVERIFY(QRectF(QPointF(0, 0), part.size).adjusted(-0.5, -0.5, 0.5, 0.5).contains(join->at));
            // ...and its label: one signpost per join, pointing the same way.
            const int index = int(join - part.joins.begin());
            const auto signposts = std::count_if(part.signposts.begin(), part.signposts.end(), [&](const DiagramSignpost &s) {
                return s.joins.contains(index) && s.otherPart == join->otherPart && s.towardsCause == join->towardsCause;
            });
            QCOMPARE(signposts, 1);
        }
    }
}

} // namespace

void TestDiagramPlan::realChainsFitOnePage_data()
{
    QTest::addColumn<Session>("session");
    QTest::newRow("LinkedIn, 7 cards") << linkedIn();
    QTest::newRow("Cloudflare, 8 cards") << cloudflare();
    QTest::newRow("GitLab, 11 cards") << gitLab();
    QTest::newRow("S3 example, 9 cards") << Test::fixtureSession(QStringLiteral("examples/aws-s3-outage"));
}

void TestDiagramPlan::realChainsFitOnePage()
{
    QFETCH(Session, session);
    QVERIFY(!session.cards.isEmpty());
    const PrintBoard board(session);
    const DiagramPlanInput input = pages(board.planInput());
    QCOMPARE(input.cards.size(), session.cards.size());
    const DiagramPlan plan = DiagramPlan::make(input);
    qInfo("%lld cards: %lld part(s), %s%s, text %.1f pt", qlonglong(session.cards.size()), qlonglong(plan.parts.size()),
          plan.parts.value(0).orientation == DiagramOrientation::Portrait ? "portrait" : "landscape",
          plan.parts.value(0).inFlow ? " under the heading" : " page", plan.textPoints);
    QCOMPARE(plan.parts.size(), 1);
    QVERIFY(!plan.hasOverview);
    QVERIFY(plan.textPoints >= 7);
    const DiagramPart &part = plan.parts.first();
    QCOMPARE(part.cards.size(), session.cards.size());
    QVERIFY(part.joins.isEmpty());
    for (const QRectF &card : input.cards)
        QVERIFY(part.source.contains(card));
    QVERIFY(part.size.width() <= bodyOf(part).width() + 0.01);
    QVERIFY(part.size.height() <= bodyOf(part).height() + 0.01);
}

void TestDiagramPlan::wideFanGoesLandscapeOnlyWhenThatReadsLarger()
{
    // A problem with six causes side by side: 2,600 wide, too small in portrait, readable
    // on a landscape page.
    QList<QPointF> fan{QPointF(1075, 0)};
    QList<QPair<int, int>> spokes;
    for (int i = 0; i < 6; ++i) {
        fan.append(QPointF(i * 430, 250));
        spokes.append({i + 1, 0});
    }
    DiagramPlan plan = DiagramPlan::make(cardsAt(fan, spokes));
    QCOMPARE(plan.parts.size(), 1);
    QCOMPARE(plan.parts.first().orientation, DiagramOrientation::Landscape);
    QVERIFY(!plan.parts.first().inFlow);
    QVERIFY(plan.textPoints >= 7);

    // A tall chain of twelve: landscape would read smaller, so a portrait page of its own.
    QList<QPointF> tall;
    QList<QPair<int, int>> steps;
    for (int i = 0; i < 12; ++i) {
        tall.append(QPointF(0, i * 206));
        if (i > 0)
            steps.append({i, i - 1});
    }
    plan = DiagramPlan::make(cardsAt(tall, steps));
    QCOMPARE(plan.parts.size(), 1);
    QCOMPARE(plan.parts.first().orientation, DiagramOrientation::Portrait);
    QVERIFY(plan.textPoints >= 7);

    // Three causes fit under the heading: they stay in the flow, portrait.
    plan = DiagramPlan::make(cardsAt(fan.mid(0, 4), spokes.mid(0, 3)));
    QCOMPARE(plan.parts.size(), 1);
    QCOMPARE(plan.parts.first().orientation, DiagramOrientation::Portrait);
    QVERIFY(plan.parts.first().inFlow);
}

void TestDiagramPlan::longRowIsCutBetweenCards()
{
    QList<QPointF> row;
    QList<QPair<int, int>> steps;
    for (int i = 0; i < 20; ++i) {
        row.append(QPointF(i * 500, (i % 3) * 40));
        if (i > 0)
            steps.append({i, i - 1});
    }
    const DiagramPlanInput input = cardsAt(row, steps);
    const DiagramPlan plan = DiagramPlan::make(input);
    QVERIFY(plan.isTiled());
    QVERIFY(plan.hasOverview);
    QCOMPARE(plan.overviewOutlines.size(), plan.parts.size());
    QVERIFY(plan.textPoints >= 7);
    QVERIFY(plan.parts.size() <= 6);
    verifyTiling(input, plan);
    for (const DiagramPart &part : plan.parts) {
        QCOMPARE(part.row, 0);
        for (const DiagramJoin &join : part.joins)
            QVERIFY(join.edge == Qt::LeftEdge || join.edge == Qt::RightEdge);
    }
}

void TestDiagramPlan::largeSessionTakesFewReadableParts()
{
    const Session session = Test::randomSession(7, 400, 0, 0);
    const PrintBoard board(session);
    const DiagramPlanInput input = pages(board.planInput());
    QCOMPARE(input.cards.size(), 400);
    const DiagramPlan plan = DiagramPlan::make(input);
    qInfo("400 cards%s: board %.0f x %.0f, %lld parts, %s, text %.1f pt", board.relaidOut() ? " laid out again" : "",
          input.content.width(), input.content.height(), qlonglong(plan.parts.size()),
          plan.parts.value(0).orientation == DiagramOrientation::Portrait ? "portrait" : "landscape", plan.textPoints);
    int joins = 0;
    int signposts = 0;
    for (const DiagramPart &part : plan.parts) {
        joins += int(part.joins.size());
        signposts += int(part.signposts.size());
    }
    qInfo("%d joins under %d signposts", joins, signposts);
    QVERIFY(plan.hasOverview);
    QVERIFY(plan.parts.size() <= 12);
    QVERIFY(plan.textPoints >= 7);
    verifyTiling(input, plan);
}

void TestDiagramPlan::scatteredBoardIsPrintedCompactly()
{
    // The room's tidy picture is printed as the room left it.
    const Session tidy = linkedIn();
    QVERIFY(!PrintBoard(tidy).relaidOut());

    // Ten cards strewn over a wall would print as specks: laid out again, on the copy only.
    Session scattered = Test::chainSession(9);
    for (int i = 0; i < scattered.cards.size(); ++i)
        scattered.cards[i].position = QPointF(i * 3000, (i % 3) * 2500);
    const PrintBoard board(scattered);
    QVERIFY(board.relaidOut());
    QVERIFY(board.contentRect().width() * board.contentRect().height() < 27000.0 * 5000 / 10);
    QCOMPARE(scattered.cards.at(5).position, QPointF(15000, 5000));
    const DiagramPlan plan = DiagramPlan::make(pages(board.planInput()));
    QCOMPARE(plan.parts.size(), 1);
    QVERIFY(plan.textPoints >= 7);
}

void TestDiagramPlan::strayCardsGiveABoundedBoard_data()
{
    QTest::addColumn<QPointF>("place");
    QTest::newRow("x 1e300") << QPointF(1e300, 0);
    QTest::newRow("NaN") << QPointF(std::numeric_limits<qreal>::quiet_NaN(), 10);
    QTest::newRow("infinite y") << QPointF(0, -std::numeric_limits<qreal>::infinity());
    QTest::newRow("-2e6") << QPointF(-2e6, 5e5);
}

void TestDiagramPlan::strayCardsGiveABoundedBoard()
{
    QFETCH(QPointF, place);
    Session session = linkedIn();
    session.cards[4].position = place; // w4, between w2 and w5
    session.cards[0].position = place; // the problem itself
    const PrintBoard board(session);
    const QRectF content = board.contentRect();
    QVERIFY(std::isfinite(content.width()) && std::isfinite(content.height()));
    QVERIFY2(content.width() < 5000 && content.height() < 5000,
             qPrintable(QStringLiteral("%1 x %2").arg(content.width()).arg(content.height())));
    QCOMPARE(board.cardRects().size(), session.cards.size());
    const DiagramPlan plan = DiagramPlan::make(pages(board.planInput()));
    QCOMPARE(plan.parts.size(), 1);

    QVERIFY(m_dir.isValid());
    const QString png = m_dir.filePath(QStringLiteral("stray.png"));
    const QString svg = m_dir.filePath(QStringLiteral("stray.svg"));
    QCOMPARE(BoardImageExporter::writePng(session, png), QString());
    QCOMPARE(BoardImageExporter::writeSvg(session, svg), QString());
    QVERIFY(QFileInfo(png).size() < 2'000'000);
    QVERIFY(QFileInfo(svg).size() < 1'000'000);
}

QTEST_MAIN(TestDiagramPlan)
#include "tst_diagramplan.moc"
