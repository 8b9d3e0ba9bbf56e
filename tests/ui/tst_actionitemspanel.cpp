#include "document/sessiondocument.h"
#include "itemmodels/actionitemsfiltermodel.h"
#include "itemmodels/actionitemsmodel.h"
#include "samplesessions.h"
#include "ui/actionitemspanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

class TestActionItemsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quickAddLinksToSelection_data();
    void quickAddLinksToSelection();
    void editStatusThroughDelegate();
    void clearDueDateThroughDelegate();
    void selectingAnActionReportsItsCards();
};

void TestActionItemsPanel::quickAddLinksToSelection_data()
{
    QTest::addColumn<QStringList>("cards");
    QTest::addColumn<QStringList>("events");
    QTest::newRow("a card") << QStringList{QStringLiteral("c3")} << QStringList{};
    QTest::newRow("an event") << QStringList{} << QStringList{QStringLiteral("e2")};
    QTest::newRow("both") << QStringList{QStringLiteral("c2"), QStringLiteral("c4")} << QStringList{QStringLiteral("e5")};
    QTest::newRow("nothing selected") << QStringList{} << QStringList{};
}

void TestActionItemsPanel::quickAddLinksToSelection()
{
    QFETCH(QStringList, cards);
    QFETCH(QStringList, events);
    SessionDocument document(Test::richSampleSession());
    ActionItemsPanel panel;
    panel.setDocument(&document);
    panel.filterModel()->setOpenOnly(true);
    panel.setSelectedCards(cards);
    panel.setSelectedEvents(events);
    const QString id = panel.quickAdd(QStringLiteral("Alert on empty rota"));
    QVERIFY(!id.isEmpty());
    const ActionItem &added = document.session().actions.last();
    QCOMPARE(added.id, id);
    QCOMPARE(added.cardIds, cards);
    QCOMPARE(added.eventIds, events);
    QCOMPARE(panel.selectedActionIds(), QStringList{id});
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.session().actions.size(), 3);
}

void TestActionItemsPanel::editStatusThroughDelegate()
{
    SessionDocument document(Test::richSampleSession());
    ActionItemsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.selectAction(QStringLiteral("a3"));
    const QModelIndex cell = panel.view()->model()->index(panel.view()->currentIndex().row(), ActionItemsModel::StatusColumn);
    panel.view()->edit(cell);
    auto *combo = panel.view()->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    const int done = combo->findData(int(ActionStatus::Done));
    combo->setCurrentIndex(done);
    Q_EMIT combo->activated(done);
    QCOMPARE(document.session().actions.at(2).status, ActionStatus::Done);
    document.undoStack()->undo();
    QCOMPARE(document.session().actions.at(2).status, ActionStatus::Open);
}

void TestActionItemsPanel::clearDueDateThroughDelegate()
{
    SessionDocument document(Test::richSampleSession());
    ActionItemsPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.selectAction(QStringLiteral("a1"));
    const QModelIndex cell = panel.view()->model()->index(panel.view()->currentIndex().row(), ActionItemsModel::DueColumn);
    panel.view()->edit(cell);
    auto *editor = panel.view()->viewport()->findChild<QDateEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->date(), QDate(2026, 4, 1));
    editor->setDate(editor->minimumDate()); // reads "none"
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!document.session().actions.at(0).due.isValid());
    document.undoStack()->undo();
    QCOMPARE(document.session().actions.at(0).due, QDate(2026, 4, 1));
}

void TestActionItemsPanel::selectingAnActionReportsItsCards()
{
    SessionDocument document(Test::richSampleSession());
    ActionItemsPanel panel;
    panel.setDocument(&document);
    QSignalSpy selected(&panel, &ActionItemsPanel::actionsSelected);
    panel.selectAction(QStringLiteral("a2"));
    QVERIFY(!selected.isEmpty());
    QCOMPARE(selected.last().at(0).toStringList(), QStringList{QStringLiteral("a2")});
    QCOMPARE(selected.last().at(1).toStringList(), QStringList{QStringLiteral("c6")});
}

QTEST_MAIN(TestActionItemsPanel)
#include "tst_actionitemspanel.moc"
