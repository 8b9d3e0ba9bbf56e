#include "analysis/chainchecks.h"
#include "analysis/contrast.h"
#include "board/boardscene.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"
#include "facilitationsessions.h"
#include "ui/checkspanel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;

namespace {

// p <- w1 <- w2 (compound) <- w3: the compound card has an effect and a cause.
Session compoundSession()
{
    Session s = chain(3);
    s.cards[2].text = QStringLiteral("The certificate expired and nobody was paged");
    return s;
}

std::optional<CheckFinding> findingOf(const ChecksPanel &panel, const QString &checkId, const QString &itemId)
{
    for (const CheckFinding &f : panel.findings()) {
        if (f.checkId == checkId && f.itemId == itemId)
            return f;
    }
    return std::nullopt;
}

} // namespace

class TestChecksPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsFindingsGroupedByCheck();
    void splitCardThroughTheSuggestionUndoRedo();
    void badgesFollowTheFindings();
    void badgeTextIsReadableOnAProjector();
    void selectingAFindingSelectsItsCard();
    void dismissWithAReasonAndRestore();
    void dismissNeedsAReason();
    void quickAddLinksTheActionToTheCard();
    void documentChangesAreCoalesced();
};

void TestChecksPanel::showsFindingsGroupedByCheck()
{
    SessionDocument doc(compoundSession());
    ChecksPanel panel;
    panel.setDocument(&doc);
    QCOMPARE(panel.findings(), ChainChecks::run(doc.session()));
    // One heading per check that found something, in the documented order.
    QStringList headings;
    for (int i = 0; i < panel.tree()->topLevelItemCount(); ++i)
        headings.append(panel.tree()->topLevelItem(i)->text(0));
    QVERIFY(headings.size() >= 3);
    QVERIFY2(headings.first().startsWith(ChainChecks::checkTitle(CheckIds::shallow)), qPrintable(headings.first()));
    QVERIFY(headings.at(1).startsWith(ChainChecks::checkTitle(CheckIds::compound)));
    QVERIFY(panel.tree()->topLevelItem(1)->child(0)->text(0).contains(QStringLiteral("certificate expired")));
}

void TestChecksPanel::splitCardThroughTheSuggestionUndoRedo()
{
    SessionDocument doc(compoundSession());
    ChecksPanel panel;
    panel.setDocument(&doc);
    QVERIFY(findingOf(panel, CheckIds::compound, "w2"));
    const Session before = doc.session();

    QVERIFY(panel.splitCard(QStringLiteral("w2")));
    QCOMPARE(doc.session().cards.size(), before.cards.size() + 1);
    QCOMPARE(doc.session().card("w2")->text, QStringLiteral("The certificate expired"));
    const Card &added = doc.session().cards.last();
    QCOMPARE(added.text, QStringLiteral("Nobody was paged"));
    // Siblings: the new card explains what w2 explains and is explained by what explains w2.
    QCOMPARE(doc.session().effectsOf(added.id), QStringList{"w1"});
    QCOMPARE(doc.session().causesOf(added.id), QStringList{"w3"});
    QTRY_VERIFY(!findingOf(panel, CheckIds::compound, "w2"));

    doc.undoStack()->undo();
    QCOMPARE(doc.session(), before);
    QTRY_VERIFY(findingOf(panel, CheckIds::compound, "w2"));
    doc.undoStack()->redo();
    QCOMPARE(doc.session().cards.size(), before.cards.size() + 1);
    QCOMPARE(doc.session().cards.last().text, QStringLiteral("Nobody was paged"));

    QVERIFY(!panel.splitCard(QStringLiteral("w1"))); // states one cause: nothing to split
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestChecksPanel::badgesFollowTheFindings()
{
    SessionDocument doc(compoundSession());
    BoardScene scene(&doc);
    ChecksPanel panel;
    panel.setDocument(&doc);
    panel.setBoardScene(&scene);
    const auto keysOf = [&](const QString &cardId) {
        QStringList keys;
        for (const CardBadge &b : scene.cardBadges(cardId))
            keys.append(b.key);
        return keys;
    };
    QVERIFY(keysOf("w2").contains(CheckIds::compound));
    QVERIFY(keysOf("w3").contains(CheckIds::shallow));
    QVERIFY(keysOf("w1").contains(CheckIds::noAction));
    QVERIFY(!keysOf("w1").contains(CheckIds::unverified)); // the card's header shows that already

    // Fixing the card takes its badge away.
    Card fixed = *doc.session().card("w2");
    fixed.text = QStringLiteral("The certificate expired");
    doc.push(new EditCardCommand(&doc, fixed));
    QTRY_VERIFY(!keysOf("w2").contains(CheckIds::compound));
}

void TestChecksPanel::badgeTextIsReadableOnAProjector()
{
    for (const QString &checkId : CheckIds::all()) {
        if (ChecksPanel::badgeText(checkId).isEmpty())
            continue;
        // The card draws badge text in white on a dark badge.
        const double ratio = Contrast::ratio(Qt::white, ChecksPanel::badgeColor(checkId));
        QVERIFY2(ratio >= Contrast::enhanced, qPrintable(checkId + QStringLiteral(": %1").arg(ratio)));
    }
}

void TestChecksPanel::selectingAFindingSelectsItsCard()
{
    SessionDocument doc(compoundSession());
    BoardScene scene(&doc);
    ChecksPanel panel;
    panel.setDocument(&doc);
    panel.setBoardScene(&scene);
    QSignalSpy activated(&panel, &ChecksPanel::findingActivated);
    QVERIFY(panel.selectFinding(CheckIds::compound, "w2"));
    QCOMPARE(scene.selectedCardIds(), QStringList{"w2"});
    QCOMPARE(activated.size(), 1);
    QCOMPARE(panel.currentFinding()->itemId, QStringLiteral("w2"));
}

void TestChecksPanel::dismissWithAReasonAndRestore()
{
    SessionDocument doc(compoundSession());
    ChecksPanel panel;
    panel.setDocument(&doc);
    const CheckFinding finding = *findingOf(panel, CheckIds::compound, "w2");

    QVERIFY(panel.dismiss(finding, QStringLiteral("  One event, said twice  ")));
    QCOMPARE(doc.session().dismissedFindings,
             (QList<DismissedFinding>{{CheckIds::compound, "w2", "One event, said twice"}}));
    QTRY_VERIFY(!findingOf(panel, CheckIds::compound, "w2"));

    panel.setShowDismissed(true);
    const auto shown = findingOf(panel, CheckIds::compound, "w2");
    QVERIFY(shown && shown->dismissed);
    QCOMPARE(shown->dismissalReason, QStringLiteral("One event, said twice"));

    QVERIFY(panel.restore(*shown));
    QVERIFY(doc.session().dismissedFindings.isEmpty());
    QTRY_VERIFY(findingOf(panel, CheckIds::compound, "w2") && !findingOf(panel, CheckIds::compound, "w2")->dismissed);

    doc.undoStack()->undo(); // the restore
    QCOMPARE(doc.session().dismissedFindings.size(), 1);
    doc.undoStack()->undo(); // the dismissal
    QVERIFY(doc.session().dismissedFindings.isEmpty());
}

void TestChecksPanel::dismissNeedsAReason()
{
    SessionDocument doc(compoundSession());
    ChecksPanel panel;
    panel.setDocument(&doc);
    const CheckFinding finding = *findingOf(panel, CheckIds::compound, "w2");
    QVERIFY(!panel.dismiss(finding, QStringLiteral("   ")));
    QVERIFY(doc.session().dismissedFindings.isEmpty());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestChecksPanel::quickAddLinksTheActionToTheCard()
{
    Session s = compoundSession();
    TimelineEvent detection;
    detection.id = QStringLiteral("e1");
    detection.kind = EventKind::Detection;
    detection.text = QStringLiteral("Customer reports arrive");
    s.timeline.append(detection);
    SessionDocument doc(s);
    ChecksPanel panel;
    panel.setDocument(&doc);
    QSignalSpy added(&panel, &ChecksPanel::actionAdded);

    const QString cardAction = panel.quickAddAction(*findingOf(panel, CheckIds::noAction, "w1"), ActionCategory::Technology);
    QVERIFY(!cardAction.isEmpty());
    const ActionItem &a = doc.session().actions.at(doc.session().indexOfAction(cardAction));
    QCOMPARE(a.cardIds, QStringList{"w1"});
    QCOMPARE(a.category, ActionCategory::Technology);
    QVERIFY(ChainChecks::startsWithVerb(a.text));

    const QString eventAction = panel.quickAddAction(*findingOf(panel, CheckIds::noAction, "e1"), ActionCategory::Process);
    QCOMPARE(doc.session().actions.at(doc.session().indexOfAction(eventAction)).eventIds, QStringList{"e1"});
    QCOMPARE(added.size(), 2);
    QTRY_VERIFY(!findingOf(panel, CheckIds::noAction, "w1") && !findingOf(panel, CheckIds::noAction, "e1"));
}

void TestChecksPanel::documentChangesAreCoalesced()
{
    SessionDocument doc(compoundSession());
    ChecksPanel panel;
    panel.setDocument(&doc);
    QSignalSpy changed(&panel, &ChecksPanel::findingCountChanged);
    for (const char *id : {"w1", "w2", "w3"}) {
        Card c = *doc.session().card(id);
        c.evidence = QStringLiteral("Logs");
        c.verified = true;
        doc.push(new EditCardCommand(&doc, c));
    }
    QCOMPARE(changed.size(), 0); // nothing recomputed inside the burst
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(!findingOf(panel, CheckIds::unverified, "w1"));
}

QTEST_MAIN(TestChecksPanel)
#include "tst_checkspanel.moc"
