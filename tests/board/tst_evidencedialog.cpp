// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence ("how do you know?"): one editor, opened from the card, saved as one undo step; a
// cause is verified only with evidence the room checked.
#include "board/boardactions.h"
#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/evidencedialog.h"
#include "boardtesthelpers.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"
#include "samplesessions.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

class TestEvidenceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrlEOnACardEntersEvidenceAsOneStep();
    void verifiedWithoutEvidenceIsImpossible();
    void clearingTheEvidenceUnverifies();
    void theProblemHasNoEvidenceDialog();
};

namespace {

const QString c2 = QStringLiteral("c2");

EvidenceDialog *openWithKeyboard(Test::BoardHarness &board, const QString &cardId)
{
    board.scene()->selectCards({cardId});
    QTest::keyClick(board.view(), Qt::Key_E, Qt::ControlModifier);
    return board.view()->findChild<EvidenceDialog *>();
}

void clickOk(EvidenceDialog *dialog)
{
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

void TestEvidenceDialog::ctrlEOnACardEntersEvidenceAsOneStep()
{
    Test::BoardHarness board(Test::chainSession(1));
    QCOMPARE(board.actions()->editEvidence()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(board.scene()->cardItem(c2)->evidenceLabel(), QStringLiteral("NO EVIDENCE"));
    EvidenceDialog *dialog = openWithKeyboard(board, c2);
    QVERIFY(dialog);
    QCOMPARE(dialog->cardId(), c2);
    QVERIFY(!dialog->verifiedBox()->isEnabled()); // nothing to have checked yet
    QTest::keyClicks(dialog->evidenceEdit(), QStringLiteral("Pool metrics at 14:02"));
    QVERIFY(dialog->verifiedBox()->isEnabled());
    QTest::mouseClick(dialog->verifiedBox(), Qt::LeftButton, {}, QPoint(4, dialog->verifiedBox()->height() / 2));
    QVERIFY(dialog->verifiedBox()->isChecked());
    clickOk(dialog);

    const Card *card = board.document()->session().card(c2);
    QCOMPARE(card->evidence, QStringLiteral("Pool metrics at 14:02"));
    QVERIFY(card->verified);
    QCOMPARE(board.document()->undoStack()->count(), 1);
    QCOMPARE(board.scene()->cardItem(c2)->evidenceLabel(), QStringLiteral("\u2713 VERIFIED"));
    QCOMPARE(board.scene()->cardItem(c2)->toolTip(), QStringLiteral("Evidence: Pool metrics at 14:02"));

    board.document()->undoStack()->undo(); // one undo takes back evidence and verified
    card = board.document()->session().card(c2);
    QVERIFY(card->evidence.isEmpty());
    QVERIFY(!card->verified);
    QCOMPARE(board.scene()->cardItem(c2)->evidenceLabel(), QStringLiteral("NO EVIDENCE"));
}

void TestEvidenceDialog::verifiedWithoutEvidenceIsImpossible()
{
    Test::BoardHarness board(Test::chainSession(1));
    QSignalSpy refused(board.scene(), &BoardScene::gestureRefused);
    board.scene()->editor()->setVerified(c2, true);
    QCOMPARE(refused.count(), 1);
    QVERIFY(!board.document()->session().card(c2)->verified);

    // A card stored as verified without evidence does not show as verified.
    Card stale = *board.document()->session().card(c2);
    stale.verified = true;
    QVERIFY(!stale.isVerified());
    board.document()->push(new EditCardCommand(board.document(), stale));
    QVERIFY(!board.document()->session().card(c2)->verified);
    QCOMPARE(board.document()->undoStack()->count(), 0);

    EvidenceDialog *dialog = openWithKeyboard(board, c2);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->verifiedBox(), Qt::LeftButton, {}, QPoint(4, dialog->verifiedBox()->height() / 2));
    QVERIFY(!dialog->verifiedBox()->isChecked());
    clickOk(dialog);
    QVERIFY(!board.document()->session().card(c2)->verified);
}

void TestEvidenceDialog::clearingTheEvidenceUnverifies()
{
    Session session = Test::chainSession(1);
    session.cards[session.indexOfCard(c2)].evidence = QStringLiteral("Graph");
    session.cards[session.indexOfCard(c2)].verified = true;
    Test::BoardHarness board(session);
    EvidenceDialog *dialog = openWithKeyboard(board, c2);
    QVERIFY(dialog);
    QVERIFY(dialog->verifiedBox()->isChecked());
    dialog->evidenceEdit()->selectAll();
    QTest::keyClick(dialog->evidenceEdit(), Qt::Key_Backspace);
    QVERIFY(!dialog->verifiedBox()->isChecked());
    clickOk(dialog);
    QVERIFY(board.document()->session().card(c2)->evidence.isEmpty());
    QVERIFY(!board.document()->session().card(c2)->verified);
    QCOMPARE(board.scene()->cardItem(c2)->evidenceLabel(), QStringLiteral("NO EVIDENCE"));
}

void TestEvidenceDialog::theProblemHasNoEvidenceDialog()
{
    Test::BoardHarness board(Test::chainSession(1));
    board.scene()->selectCards({QStringLiteral("c1")});
    QVERIFY(!board.actions()->editEvidence()->isEnabled());
    QVERIFY(!EvidenceDialog::editEvidence(board.document(), QStringLiteral("c1"), board.view()));
    board.document()->setReadOnly(true);
    QVERIFY(!EvidenceDialog::editEvidence(board.document(), c2, board.view()));
}

QTEST_MAIN(TestEvidenceDialog)
#include "tst_evidencedialog.moc"
