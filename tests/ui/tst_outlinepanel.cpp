// SPDX-License-Identifier: GPL-3.0-or-later
// The outline: a tree model over the chain, an editable and accessible panel synced with the board.
#include "board/boardactions.h"
#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/cardclipboard.h"
#include "board/evidencedialog.h"
#include "board/layoutanimator.h"
#include "document/commands/addcardcommand.h"
#include "document/commands/addlinkcommand.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/movecardscommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/chainoutlinemodel.h"
#include "samplesessions.h"
#include "ui/outlinepanel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Whyboard;

class TestChainOutlineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeFollowsTheChain();
    void sharedCauseAppearsUnderEachEffect();
    void modelStaysConsistentWhileCommandsRun();
    void editingTextPushesOneUndoableCommand();
    void readOnlyDocumentIsNotEditable();
    void selectionIsSyncedBothWays();
    void foldedCardsStayFoldedAfterStructuralEdits();
    void rowsHaveAccessibleNames();
    void siblingsFollowCardMoves();
    void pastingFiftyCardsRecomputesOnce();
    void evidenceOpensFromTheOutline();
};

void TestChainOutlineModel::siblingsFollowCardMoves()
{
    Session session = Test::chainSession(1);
    Card other;
    other.id = QStringLiteral("c9");
    other.text = QStringLiteral("Other cause");
    other.position = session.card(QStringLiteral("c2"))->position + QPointF(400, 0);
    session.cards.append(other);
    session.links.append({QStringLiteral("c9"), QStringLiteral("c1"), ReadBackVerdict::NotChecked});
    SessionDocument document(session);
    ChainOutlineModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex problem = model.index(0, 0);
    QCOMPARE(model.cardId(model.index(0, 0, problem)), QStringLiteral("c2"));
    // Moved to the left of c2, c9 reads first in the outline too.
    document.push(new MoveCardsCommand(&document, {{QStringLiteral("c9"), QPointF(-2000, 0)}}));
    QCOMPARE(model.cardId(model.index(0, 0, model.index(0, 0))), QStringLiteral("c9"));
    document.undoStack()->undo();
    QCOMPARE(model.cardId(model.index(0, 0, model.index(0, 0))), QStringLiteral("c2"));
}

void TestChainOutlineModel::pastingFiftyCardsRecomputesOnce()
{
    Session source = Test::chainSession(50);
    QStringList whys;
    for (const Card &card : source.cards) {
        if (card.kind == CardKind::Why)
            whys.append(card.id);
    }
    QCOMPARE(whys.size(), 50);
    QApplication::clipboard()->setMimeData(CardClipboard::toMimeData(CardClipboard::contentsOf(source, whys)));

    SessionDocument document(Test::chainSession(1));
    BoardScene scene(&document);
    scene.layoutAnimator()->setAnimationsEnabled(false);
    BoardView view;
    view.setBoardScene(&scene);
    BoardActions actions(&view);
    OutlinePanel panel;
    panel.setBoardScene(&scene);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    view.setFocus();
    scene.selectCards({QStringLiteral("c2")});

    QSignalSpy outlineResets(panel.model(), &QAbstractItemModel::modelReset);
    QSignalSpy depths(&scene, &BoardScene::depthsRecomputed);
    QSignalSpy steps(&document, &SessionDocument::stepFinished);
    QTest::keyClick(&view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(document.session().cards.size(), 52);
    QCOMPARE(steps.count(), 1);
    QCOMPARE(outlineResets.count(), 1);
    QCOMPARE(depths.count(), 1);
    // ...and the pasted chain hangs under c2 in the outline.
    QCOMPARE(panel.model()->indexesOf(whys.last()).size(), 1);
}

void TestChainOutlineModel::evidenceOpensFromTheOutline()
{
    SessionDocument document(Test::chainSession(1));
    BoardScene scene(&document);
    OutlinePanel panel;
    panel.setBoardScene(&scene);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QModelIndex why = panel.model()->indexesOf(QStringLiteral("c2")).first();
    panel.treeView()->setCurrentIndex(why);
    panel.treeView()->setFocus();
    QTest::keyClick(panel.treeView(), Qt::Key_E, Qt::ControlModifier);
    auto *dialog = panel.findChild<EvidenceDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->cardId(), QStringLiteral("c2"));
    QTest::keyClicks(dialog->evidenceEdit(), QStringLiteral("Deploy log 14:02"));
    dialog->accept();
    QCOMPARE(document.session().card(QStringLiteral("c2"))->evidence, QStringLiteral("Deploy log 14:02"));
    QCOMPARE(why.data(ChainOutlineModel::EvidenceRole).toString(), QStringLiteral("Deploy log 14:02"));
}

void TestChainOutlineModel::treeFollowsTheChain()
{
    SessionDocument document(Test::chainSession(3));
    ChainOutlineModel model(&document);
    QCOMPARE(model.rowCount(), 1);
    QModelIndex index = model.index(0, 0);
    QStringList ids;
    while (index.isValid()) {
        ids.append(model.cardId(index));
        QCOMPARE(model.rowCount(index), ids.size() < 4 ? 1 : 0);
        index = model.index(0, 0, index);
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"), QStringLiteral("c4")}));
    QCOMPARE(model.index(0, 0).data(ChainOutlineModel::DepthRole).toInt(), 0);
    QCOMPARE(model.data(model.index(0, 0, model.index(0, 0)), Qt::DisplayRole).toString(), QStringLiteral("Why 1 · Why 1"));
}

void TestChainOutlineModel::sharedCauseAppearsUnderEachEffect()
{
    Session session = Test::chainSession(2);
    Card other;
    other.id = QStringLiteral("c9");
    other.text = QStringLiteral("Other cause");
    session.cards.append(other);
    session.links.append({QStringLiteral("c9"), QStringLiteral("c1"), ReadBackVerdict::NotChecked});
    session.links.append({QStringLiteral("c3"), QStringLiteral("c9"), ReadBackVerdict::NotChecked});
    SessionDocument document(session);
    ChainOutlineModel model(&document);
    QCOMPARE(model.indexesOf(QStringLiteral("c3")).size(), 2);
    QCOMPARE(model.indexesOf(QStringLiteral("c1")).size(), 1);
}

void TestChainOutlineModel::modelStaysConsistentWhileCommandsRun()
{
    SessionDocument document(Test::richSampleSession());
    ChainOutlineModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BoardScene scene(&document);
    scene.layoutAnimator()->setAnimationsEnabled(false);
    QRandomGenerator random(42);
    for (int step = 0; step < 120; ++step) {
        const auto &cards = document.session().cards;
        const QString card = cards.at(random.bounded(int(cards.size()))).id;
        switch (random.bounded(5)) {
        case 0: scene.editor()->addWhy(card, false); break;
        case 1: scene.editor()->removeCards({card}); break;
        case 2: {
            Card edited = *document.session().card(card);
            edited.text += QStringLiteral(" +");
            document.push(new EditCardCommand(&document, edited));
            break;
        }
        case 3: scene.editor()->linkCards(card, cards.at(random.bounded(int(cards.size()))).id); break;
        default:
            if (document.undoStack()->canUndo())
                document.undoStack()->undo();
        }
    }
    QVERIFY(model.rowCount() >= 1);
}

void TestChainOutlineModel::editingTextPushesOneUndoableCommand()
{
    SessionDocument document(Test::chainSession(1));
    ChainOutlineModel model(&document);
    const QModelIndex why = model.index(0, 0, model.index(0, 0));
    QVERIFY(model.flags(why) & Qt::ItemIsEditable);
    QVERIFY(model.setData(why, QStringLiteral("Renamed")));
    QCOMPARE(document.session().card(QStringLiteral("c2"))->text, QStringLiteral("Renamed"));
    QCOMPARE(why.data().toString(), QStringLiteral("Why 1 · Renamed"));
    QCOMPARE(why.data(Qt::EditRole).toString(), QStringLiteral("Renamed"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(why.data().toString(), QStringLiteral("Why 1 · Why 1"));
}

void TestChainOutlineModel::readOnlyDocumentIsNotEditable()
{
    SessionDocument document(Test::chainSession(1));
    document.setReadOnly(true);
    ChainOutlineModel model(&document);
    const QModelIndex why = model.index(0, 0, model.index(0, 0));
    QVERIFY(!(model.flags(why) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(why, QStringLiteral("Renamed")));
    QCOMPARE(document.session().card(QStringLiteral("c2"))->text, QStringLiteral("Why 1"));
}

void TestChainOutlineModel::selectionIsSyncedBothWays()
{
    SessionDocument document(Test::chainSession(3));
    BoardScene scene(&document);
    OutlinePanel panel;
    panel.setBoardScene(&scene);
    panel.show();

    scene.selectCards({QStringLiteral("c3")});
    const QModelIndexList selected = panel.treeView()->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(panel.model()->cardId(selected.first()), QStringLiteral("c3"));

    const QModelIndex c2 = panel.model()->indexesOf(QStringLiteral("c2")).first();
    panel.treeView()->selectionModel()->select(c2, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(scene.selectedCardIds(), QStringList{QStringLiteral("c2")});

    // A structural change rebuilds the tree and keeps the board's selection.
    document.push(new AddLinkCommand(&document, QStringLiteral("c4"), QStringLiteral("c2")));
    QCOMPARE(panel.model()->cardId(panel.treeView()->selectionModel()->selectedIndexes().value(0)),
             QStringLiteral("c2"));
}

void TestChainOutlineModel::foldedCardsStayFoldedAfterStructuralEdits()
{
    SessionDocument document(Test::chainSession(4));
    BoardScene scene(&document);
    OutlinePanel panel;
    panel.setBoardScene(&scene);
    panel.show();
    const auto expanded = [&](const char *cardId) {
        return panel.treeView()->isExpanded(panel.model()->indexesOf(QString::fromLatin1(cardId)).first());
    };
    QVERIFY(expanded("c2"));
    panel.treeView()->collapse(panel.model()->indexesOf(QStringLiteral("c2")).first());

    // Adding a why rebuilds the tree: the folded card stays folded, the others open.
    Card why;
    why.text = QStringLiteral("A new cause");
    document.push(new AddCardCommand(&document, why, QStringLiteral("c4")));
    QVERIFY(!expanded("c2"));
    QVERIFY(expanded("c3"));

    panel.treeView()->expand(panel.model()->indexesOf(QStringLiteral("c2")).first());
    document.undoStack()->undo();
    QVERIFY(expanded("c2"));
}

void TestChainOutlineModel::rowsHaveAccessibleNames()
{
    Session session = Test::chainSession(2);
    session.cards[1].verified = true;
    session.cards[1].evidence = QStringLiteral("Dashboard graph");
    SessionDocument document(session);
    BoardScene scene(&document);
    OutlinePanel panel;
    panel.setBoardScene(&scene);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(panel.treeView());
    QVERIFY(tree);
    QCOMPARE(tree->text(QAccessible::Name), QStringLiteral("Why-chain outline"));
    QVERIFY(!tree->text(QAccessible::Description).isEmpty());

    QStringList names;
    QStringList descriptions;
    for (int i = 0; i < tree->childCount(); ++i) {
        QAccessibleInterface *cell = tree->child(i);
        if (cell && cell->role() == QAccessible::TreeItem) {
            names.append(cell->text(QAccessible::Name));
            descriptions.append(cell->text(QAccessible::Description));
        }
    }
    QVERIFY2(names.contains(QStringLiteral("Problem: The problem")), qPrintable(names.join(QLatin1Char('|'))));
    QVERIFY(names.contains(QStringLiteral("Why 1: Why 1")));
    QVERIFY(names.contains(QStringLiteral("Why 2: Why 2")));
    QVERIFY2(descriptions.contains(QStringLiteral("Verified. Evidence: Dashboard graph")),
             qPrintable(descriptions.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestChainOutlineModel)
#include "tst_outlinepanel.moc"
