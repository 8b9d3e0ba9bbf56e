// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainchecks.h"
#include "board/boardscene.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"
#include "facilitationsessions.h"
#include "itemmodels/checksmodel.h"
#include "ui/checkspanel.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;

namespace {

std::optional<CheckFinding> findingOf(const ChecksPanel &panel, const QString &checkId, const QString &itemId)
{
    return panel.model()->finding(panel.model()->indexOf(checkId, itemId));
}

QPushButton *button(const ChecksPanel &panel, const char *name)
{
    return panel.findChild<QPushButton *>(QLatin1String(name));
}

// A click on the finding's row, as the user selects it.
bool clickFinding(ChecksPanel &panel, const QString &checkId, const QString &itemId)
{
    const QModelIndex index = panel.model()->indexOf(checkId, itemId);
    if (!index.isValid())
        return false;
    panel.view()->scrollTo(index);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(index).center());
    return panel.currentFinding() && panel.currentFinding()->checkId == checkId
           && panel.currentFinding()->itemId == itemId;
}

bool click(QPushButton *b)
{
    if (!b || !b->isVisible() || !b->isEnabled())
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return true;
}

// The reason dialog that "Dismiss…" opened: types the reason and presses Enter.
bool answerDismissDialog(ChecksPanel &panel, const QString &reason)
{
    for (QInputDialog *dialog : panel.findChildren<QInputDialog *>(QStringLiteral("dismissReasonDialog"))) {
        if (!dialog->isVisible())
            continue;
        auto *edit = dialog->findChild<QLineEdit *>();
        if (!edit)
            return false;
        QTest::keyClicks(edit, reason);
        QTest::keyClick(edit, Qt::Key_Return);
        return !dialog->isVisible();
    }
    return false;
}

struct Shown
{
    explicit Shown(const Session &session)
        : document(session)
        , scene(&document)
    {
        panel.setDocument(&document);
        panel.setBoardScene(&scene);
        panel.resize(420, 640);
        panel.show();
    }

    SessionDocument document;
    BoardScene scene;
    ChecksPanel panel;
};

} // namespace

class TestChecksPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsFindingsGroupedByCheck();
    void splitCardButtonUndoRedo();
    void splitMakesOneSentencePerCause();
    void buttonsFitTheFinding();
    void clickingAndKeysSelectTheFindingsCard();
    void dismissWithAReasonAndRestore();
    void dismissNeedsAReason();
    void acceptedNoActionCoversTheCause();
    void quickAddLinksTheActionToTheCard();
    void addEvidenceAsksForTheCard();
    void readOnlyDocumentDisablesTheButtons();
    void aFixedFindingLeavesTheBoardSelectionAlone();
    void thePanelLeavesBadgesAlone();
};

void TestChecksPanel::showsFindingsGroupedByCheck()
{
    Shown s(compoundSession());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    QCOMPARE(s.panel.model()->findings(), ChainChecks::run(s.document.session()));
    // One heading per check that found something, in the documented order, open.
    const QAbstractItemModel *model = s.panel.view()->model();
    QVERIFY(model->rowCount() >= 3);
    QVERIFY(model->index(0, 0).data().toString().startsWith(ChainChecks::checkTitle(CheckIds::shallow)));
    QVERIFY(model->index(1, 0).data().toString().startsWith(ChainChecks::checkTitle(CheckIds::compound)));
    QVERIFY(s.panel.view()->isExpanded(model->index(1, 0)));
    QVERIFY(model->index(0, 0, model->index(1, 0)).data().toString().contains(QStringLiteral("certificate expired")));
}

void TestChecksPanel::splitCardButtonUndoRedo()
{
    Shown s(compoundSession());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    const Session before = s.document.session();
    QVERIFY(clickFinding(s.panel, CheckIds::compound, "w2"));
    QVERIFY(click(button(s.panel, "splitCard")));

    QCOMPARE(s.document.session().cards.size(), before.cards.size() + 1);
    QCOMPARE(s.document.session().card("w2")->text, QStringLiteral("The certificate expired"));
    const Card &added = s.document.session().cards.last();
    QCOMPARE(added.text, QStringLiteral("Nobody was paged"));
    // Siblings: the new card explains what w2 explains and is explained by what explains w2.
    QCOMPARE(s.document.session().effectsOf(added.id), QStringList{"w1"});
    QCOMPARE(s.document.session().causesOf(added.id), QStringList{"w3"});
    QVERIFY(!findingOf(s.panel, CheckIds::compound, "w2"));
    QVERIFY(!s.panel.currentFinding()); // the fixed finding went, nothing else was picked

    s.document.undoStack()->undo();
    QCOMPARE(s.document.session(), before);
    QVERIFY(findingOf(s.panel, CheckIds::compound, "w2"));
    s.document.undoStack()->redo();
    QCOMPARE(s.document.session().cards.last().text, QStringLiteral("Nobody was paged"));
    QCOMPARE(s.document.undoStack()->count(), 1);
}

// "restarted in years and had grown much larger, and the restart had never been rehearsed" is
// three causes; each new card reads as a sentence, and the whole split is one undo step.
void TestChecksPanel::splitMakesOneSentencePerCause()
{
    Session session = compoundSession();
    session.cards[2].text = QStringLiteral("The index subsystem had not been restarted in years and had grown much "
                                           "larger, and the restart had never been rehearsed");
    Shown s(session);
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    const Session before = s.document.session();
    QVERIFY(clickFinding(s.panel, CheckIds::compound, "w2"));
    QVERIFY(s.panel.currentFinding()->message.contains(QStringLiteral("3 causes")));
    QVERIFY(click(button(s.panel, "splitCard")));

    QStringList texts;
    for (const Card &card : s.document.session().cards) {
        if (card.id == QStringLiteral("w2") || !before.card(card.id))
            texts.append(card.text);
    }
    QCOMPARE(texts, (QStringList{"The index subsystem had not been restarted in years",
                                 "The index subsystem had grown much larger", "The restart had never been rehearsed"}));
    for (const Card &card : s.document.session().cards) {
        if (!before.card(card.id))
            QCOMPARE(s.document.session().effectsOf(card.id), QStringList{"w1"});
    }
    QVERIFY(!findingOf(s.panel, CheckIds::compound, "w2"));
    QCOMPARE(s.document.undoStack()->count(), 1);
    s.document.undoStack()->undo();
    QCOMPARE(s.document.session(), before);
}

// The room decides a cause needs no action: with the reason, the coverage check counts it as
// covered; undo brings the finding back.
void TestChecksPanel::acceptedNoActionCoversTheCause()
{
    Shown s(compoundSession());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    QVERIFY(clickFinding(s.panel, CheckIds::noAction, "w3"));
    QVERIFY(click(button(s.panel, "acceptNoAction")));
    QInputDialog *dialog = s.panel.findChild<QInputDialog *>(QStringLiteral("noActionReasonDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>();
    QTest::keyClicks(edit, QStringLiteral("The vendor retired the feature"));
    QTest::keyClick(edit, Qt::Key_Return);

    const Card &card = *s.document.session().card("w3");
    QVERIFY(card.noActionAccepted);
    QCOMPARE(card.noActionReason, QStringLiteral("The vendor retired the feature"));
    QVERIFY(!findingOf(s.panel, CheckIds::noAction, "w3"));
    QVERIFY(findingOf(s.panel, CheckIds::noAction, "w1")); // the others still ask
    s.document.undoStack()->undo();
    QVERIFY(findingOf(s.panel, CheckIds::noAction, "w3"));
    // Only the no-action finding of a card offers it.
    QVERIFY(clickFinding(s.panel, CheckIds::compound, "w2"));
    QVERIFY(!button(s.panel, "acceptNoAction")->isVisible());
}

void TestChecksPanel::buttonsFitTheFinding()
{
    Shown s(compoundSession());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    QVERIFY(!button(s.panel, "dismiss")->isEnabled()); // nothing selected yet
    QVERIFY(clickFinding(s.panel, CheckIds::compound, "w2"));
    QVERIFY(button(s.panel, "splitCard")->isVisible());
    QVERIFY(!button(s.panel, "addEvidence")->isVisible());
    QVERIFY(button(s.panel, "addProcessAction")->isEnabled());
    QVERIFY(button(s.panel, "dismiss")->isEnabled());
    QVERIFY(!button(s.panel, "restore")->isVisible());

    QVERIFY(clickFinding(s.panel, CheckIds::unverified, "w1"));
    QVERIFY(!button(s.panel, "splitCard")->isVisible());
    QVERIFY(button(s.panel, "addEvidence")->isVisible());
    QVERIFY(button(s.panel, "addEvidence")->isEnabled());

    // A heading is not a finding: nothing acts on it.
    const QModelIndex heading = s.panel.model()->index(0, 0);
    QTest::mouseClick(s.panel.view()->viewport(), Qt::LeftButton, {}, s.panel.view()->visualRect(heading).center());
    QVERIFY(!s.panel.currentFinding());
    QVERIFY(!button(s.panel, "dismiss")->isEnabled());
    QVERIFY(!button(s.panel, "addTrainingAction")->isEnabled());
}

void TestChecksPanel::clickingAndKeysSelectTheFindingsCard()
{
    Shown s(compoundSession());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    QSignalSpy activated(&s.panel, &ChecksPanel::findingActivated);
    QVERIFY(clickFinding(s.panel, CheckIds::compound, "w2"));
    QCOMPARE(s.scene.selectedCardIds(), QStringList{"w2"});
    QCOMPARE(activated.size(), 1);

    // The arrow keys walk the findings; the board follows.
    QTest::keyClick(s.panel.view(), Qt::Key_Down); // the next heading
    QTest::keyClick(s.panel.view(), Qt::Key_Down); // its first finding
    const auto next = s.panel.currentFinding();
    QVERIFY(next);
    QCOMPARE(next->checkId, CheckIds::unverified);
    QCOMPARE(s.scene.selectedCardIds(), QStringList{next->itemId});
    QCOMPARE(activated.size(), 2);
}

void TestChecksPanel::dismissWithAReasonAndRestore()
{
    Shown s(compoundSession());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    QVERIFY(clickFinding(s.panel, CheckIds::compound, "w2"));
    QVERIFY(click(button(s.panel, "dismiss")));
    QVERIFY(answerDismissDialog(s.panel, QStringLiteral("  One event, said twice  ")));
    QCOMPARE(s.document.session().dismissedFindings,
             (QList<DismissedFinding>{{CheckIds::compound, "w2", "One event, said twice"}}));
    QVERIFY(!findingOf(s.panel, CheckIds::compound, "w2"));

    QTest::mouseClick(s.panel.findChild<QCheckBox *>(QStringLiteral("showDismissed")), Qt::LeftButton);
    QVERIFY(s.panel.showsDismissed());
    QVERIFY(clickFinding(s.panel, CheckIds::compound, "w2"));
    QVERIFY(s.panel.currentFinding()->dismissed);
    QCOMPARE(s.panel.currentFinding()->dismissalReason, QStringLiteral("One event, said twice"));
    QVERIFY(s.panel.model()->indexOf(CheckIds::compound, "w2").data().toString().contains(QStringLiteral("dismissed: One event")));
    QVERIFY(!button(s.panel, "dismiss")->isVisible());
    QVERIFY(click(button(s.panel, "restore")));
    QVERIFY(s.document.session().dismissedFindings.isEmpty());
    QVERIFY(!s.panel.currentFinding()->dismissed); // the same row, back in play
    QVERIFY(button(s.panel, "dismiss")->isVisible());

    s.document.undoStack()->undo(); // the restore
    QCOMPARE(s.document.session().dismissedFindings.size(), 1);
    s.document.undoStack()->undo(); // the dismissal
    QVERIFY(s.document.session().dismissedFindings.isEmpty());
}

void TestChecksPanel::dismissNeedsAReason()
{
    Shown s(compoundSession());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    QVERIFY(clickFinding(s.panel, CheckIds::compound, "w2"));
    QVERIFY(click(button(s.panel, "dismiss")));
    QVERIFY(answerDismissDialog(s.panel, QStringLiteral("   ")));
    QVERIFY(s.document.session().dismissedFindings.isEmpty());
    QCOMPARE(s.document.undoStack()->count(), 0);
    QVERIFY(findingOf(s.panel, CheckIds::compound, "w2"));
}

void TestChecksPanel::quickAddLinksTheActionToTheCard()
{
    Session session = compoundSession();
    TimelineEvent detection;
    detection.id = QStringLiteral("e1");
    detection.kind = EventKind::Detection;
    detection.text = QStringLiteral("Customer reports arrive");
    session.timeline.append(detection);
    Shown s(session);
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    QSignalSpy added(&s.panel, &ChecksPanel::actionAdded);

    QVERIFY(clickFinding(s.panel, CheckIds::noAction, "w1"));
    QVERIFY(click(button(s.panel, "addTechnologyAction")));
    QCOMPARE(added.size(), 1);
    const ActionItem &a = s.document.session().actions.at(s.document.session().indexOfAction(added.at(0).at(0).toString()));
    QCOMPARE(a.cardIds, QStringList{"w1"});
    QCOMPARE(a.category, ActionCategory::Technology);
    QVERIFY(ChainChecks::startsWithVerb(a.text));
    QVERIFY(!findingOf(s.panel, CheckIds::noAction, "w1"));

    QVERIFY(clickFinding(s.panel, CheckIds::noAction, "e1"));
    QVERIFY(click(button(s.panel, "addProcessAction")));
    QCOMPARE(added.size(), 2);
    const int row = s.document.session().indexOfAction(added.at(1).at(0).toString());
    QCOMPARE(s.document.session().actions.at(row).eventIds, QStringList{"e1"});
    QCOMPARE(s.document.session().actions.at(row).category, ActionCategory::Process);
    QVERIFY(!findingOf(s.panel, CheckIds::noAction, "e1"));
}

void TestChecksPanel::addEvidenceAsksForTheCard()
{
    Shown s(compoundSession());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    QSignalSpy requested(&s.panel, &ChecksPanel::evidenceRequested);
    QVERIFY(clickFinding(s.panel, CheckIds::unverified, "w3"));
    QVERIFY(click(button(s.panel, "addEvidence")));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("w3"));
    QCOMPARE(s.document.undoStack()->count(), 0); // the editor makes the change, not the panel
}

void TestChecksPanel::readOnlyDocumentDisablesTheButtons()
{
    Shown s(compoundSession());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    QVERIFY(clickFinding(s.panel, CheckIds::compound, "w2"));
    QVERIFY(button(s.panel, "splitCard")->isEnabled());
    s.document.setReadOnly(true);
    for (const char *name : {"splitCard", "addProcessAction", "addTechnologyAction", "addTrainingAction", "dismiss"})
        QVERIFY2(!button(s.panel, name)->isEnabled(), name);
    QTest::mouseClick(button(s.panel, "splitCard"), Qt::LeftButton);
    QCOMPARE(s.document.undoStack()->count(), 0);
    s.document.setReadOnly(false);
    QVERIFY(button(s.panel, "splitCard")->isEnabled());
}

void TestChecksPanel::aFixedFindingLeavesTheBoardSelectionAlone()
{
    Shown s(compoundSession());
    QVERIFY(QTest::qWaitForWindowExposed(&s.panel));
    // The middle one of three "Unverified" findings; then the user selects another card.
    QVERIFY(clickFinding(s.panel, CheckIds::unverified, "w2"));
    s.scene.selectCards({QStringLiteral("w3")});
    QSignalSpy activated(&s.panel, &ChecksPanel::findingActivated);

    // Someone verifies the card: the finding goes, and the panel picks no neighbour in its place.
    Card verified = *s.document.session().card("w2");
    verified.evidence = QStringLiteral("Certificate expiry in the load balancer log");
    verified.verified = true;
    QVERIFY(s.document.push(new EditCardCommand(&s.document, verified)));
    QVERIFY(!findingOf(s.panel, CheckIds::unverified, "w2"));
    QVERIFY(!s.panel.currentFinding());
    QCOMPARE(activated.size(), 0);
    QCOMPARE(s.scene.selectedCardIds(), QStringList{"w3"});
}

void TestChecksPanel::thePanelLeavesBadgesAlone()
{
    // The badges are CheckBadges' job (tst_checkbadges); the panel draws nothing on the board.
    Shown s(compoundSession());
    QVERIFY(!s.panel.model()->findings().isEmpty());
    for (const Card &card : s.document.session().cards)
        QVERIFY2(s.scene.cardBadges(card.id).isEmpty(), qPrintable(card.id));
}

QTEST_MAIN(TestChecksPanel)
#include "tst_checkspanel.moc"
