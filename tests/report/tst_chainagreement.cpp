// SPDX-License-Identifier: GPL-3.0-or-later
// The why-numbers and the verified state mean one thing everywhere: the card on the board,
// the outline, the Checks panel, the Markdown export and the PDF report say the same.
#include "facilitationsessions.h"
#include "reporttesthelpers.h"

#include "analysis/chainchecks.h"
#include "board/boardscene.h"
#include "board/carditem.h"
#include "document/sessiondocument.h"
#include "itemmodels/chainoutlinemodel.h"
#include "itemmodels/checksmodel.h"
#include "report/markdownexporter.h"
#include "report/reportwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;

namespace {

// p <- w1 <- w2 <- w3 <- w4, and w3 also explains the problem directly: w3 is "Why 1 / 3",
// w4 "Why 2 / 4". Evidence in four states: none (w1), unchecked (w2), checked (w3), and
// "verified" with nothing to show for it (w4, as an old file may have it).
Session shortcutSession()
{
    Session s = chain(4);
    s.title = QStringLiteral("Shortcut");
    s.links.append(link(QStringLiteral("w3"), QStringLiteral("p")));
    s.cards[1].text = QStringLiteral("Alpha cause");
    s.cards[2].text = QStringLiteral("Bravo cause");
    s.cards[2].evidence = QStringLiteral("Bravo log line");
    s.cards[3].text = QStringLiteral("Charlie cause");
    s.cards[3].evidence = QStringLiteral("Charlie graph");
    s.cards[3].verified = true;
    s.cards[4].text = QStringLiteral("Delta cause");
    s.cards[4].verified = true;
    return s;
}

QString outlineStep(const ChainOutlineModel &model, const QString &cardId)
{
    const QModelIndexList rows = model.indexesOf(cardId);
    return rows.isEmpty() ? QString() : rows.first().data(ChainOutlineModel::ChainStepRole).toString();
}

} // namespace

class TestChainAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void numbersAgree_data();
    void numbersAgree();
    void verifiedAgrees_data();
    void verifiedAgrees();
    void pdfShowsNumbersAndEvidence();
    void reportsShowAcceptedNoAction();

private:
    QTemporaryDir m_dir;
};

void TestChainAgreement::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestChainAgreement::numbersAgree_data()
{
    QTest::addColumn<QString>("cardId");
    QTest::addColumn<QString>("step");
    QTest::newRow("straight") << "w1" << "Why 1";
    QTest::newRow("built three deep, reached in one") << "w3" << "Why 1 / 3";
    QTest::newRow("built four deep, reached in two") << "w4" << "Why 2 / 4";
}

void TestChainAgreement::numbersAgree()
{
    QFETCH(QString, cardId);
    QFETCH(QString, step);
    SessionDocument document(shortcutSession());
    BoardScene scene(&document);
    QCOMPARE(scene.cardItem(cardId)->depthLabel(), step.toUpper());

    ChainOutlineModel outline(&document);
    QCOMPARE(outlineStep(outline, cardId), step);
    for (const QModelIndex &row : outline.indexesOf(cardId))
        QVERIFY2(row.data().toString().startsWith(step + QLatin1Char(' ')), qPrintable(row.data().toString()));

    const QString text = document.session().card(cardId)->text;
    const QString markdown = MarkdownExporter::markdown(document.session(), {});
    QVERIFY2(markdown.contains(QStringLiteral("**%1:** %2").arg(step, text)), qPrintable(markdown));

    // The Checks panel names the card the same way (every why here lacks an action).
    ChecksModel checks;
    checks.setDocument(&document);
    const QModelIndex finding = checks.indexOf(CheckIds::noAction, cardId);
    QVERIFY(finding.isValid());
    QVERIFY2(finding.data(ChecksModel::ItemLabelRole).toString().startsWith(step + QLatin1Char(':')),
             qPrintable(finding.data(ChecksModel::ItemLabelRole).toString()));
}

void TestChainAgreement::verifiedAgrees_data()
{
    QTest::addColumn<QString>("cardId");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<QString>("unverifiedMessage"); // empty: no "unverified" finding
    QTest::newRow("no evidence") << "w1" << false << "NO EVIDENCE" << "No evidence for this cause yet.";
    QTest::newRow("evidence not checked") << "w2" << false << "EVIDENCE, NOT VERIFIED"
                                          << "The evidence is not verified yet.";
    QTest::newRow("checked") << "w3" << true << QStringLiteral("\u2713 VERIFIED") << "";
    QTest::newRow("marked but nothing to show") << "w4" << false << "NO EVIDENCE" << "No evidence for this cause yet.";
}

void TestChainAgreement::verifiedAgrees()
{
    QFETCH(QString, cardId);
    QFETCH(bool, verified);
    QFETCH(QString, badge);
    QFETCH(QString, unverifiedMessage);
    SessionDocument document(shortcutSession());
    const Card &card = *document.session().card(cardId);
    QCOMPARE(card.isVerified(), verified);

    BoardScene scene(&document);
    QCOMPARE(scene.cardItem(cardId)->evidenceLabel(), badge);

    ChainOutlineModel outline(&document);
    const QModelIndex row = outline.indexesOf(cardId).first();
    QCOMPARE(row.data(ChainOutlineModel::VerifiedRole).toBool(), verified);
    QCOMPARE(row.data().toString().contains(QStringLiteral(" \u2713 · ")), verified);

    QString message;
    for (const CheckFinding &f : ChainChecks::run(document.session())) {
        if (f.checkId == CheckIds::unverified && f.itemId == cardId)
            message = f.message;
    }
    QCOMPARE(message, unverifiedMessage);

    const QString markdown = MarkdownExporter::markdown(document.session(), {});
    const QString line = markdown.section(QStringLiteral("** ") + card.text, 1, 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(line.startsWith(verified ? QStringLiteral(" _(verified") : QStringLiteral(" _(not verified")), qPrintable(line));
}

void TestChainAgreement::pdfShowsNumbersAndEvidence()
{
    const Session session = shortcutSession();
    const QString path = m_dir.filePath(QStringLiteral("agreement.pdf"));
    QCOMPARE(ReportWriter(session, {}).writePdf(path), QString());
    const QString text = Test::pdfBodyText(path, session.title);
    const QString causes = text.mid(text.indexOf(QStringLiteral("Causes and evidence")));
    QVERIFY2(causes.size() > 20, qPrintable(text));
    QVERIFY2(causes.contains(QStringLiteral("Why 1 / 3 Charlie cause Verified Charlie graph")), qPrintable(causes));
    QVERIFY2(causes.contains(QStringLiteral("Why 2 / 4 Delta cause No evidence")), qPrintable(causes));
    QVERIFY2(causes.contains(QStringLiteral("Why 2 Bravo cause Not verified Bravo log line")), qPrintable(causes));
}

void TestChainAgreement::reportsShowAcceptedNoAction()
{
    Session session = shortcutSession();
    session.cards[2].noActionAccepted = true;
    session.cards[2].noActionReason = QStringLiteral("Fixed upstream in 2.4");
    const QString markdown = MarkdownExporter::markdown(session, {});
    QVERIFY2(markdown.contains(QStringLiteral("**Why 2:** Bravo cause _(not verified; evidence: Bravo log line; "
                                              "Accepted, no action: Fixed upstream in 2.4)_")),
             qPrintable(markdown));

    const QString path = m_dir.filePath(QStringLiteral("noaction.pdf"));
    QCOMPARE(ReportWriter(session, {}).writePdf(path), QString());
    const QString text = Test::pdfBodyText(path, session.title);
    QVERIFY2(text.contains(QStringLiteral("Accepted, no action: Fixed upstream in 2.4")), qPrintable(text));
    // The other causes have no action yet, and say so.
    QVERIFY(text.contains(QStringLiteral("No action yet")));
}

QTEST_MAIN(TestChainAgreement)
#include "tst_chainagreement.moc"
