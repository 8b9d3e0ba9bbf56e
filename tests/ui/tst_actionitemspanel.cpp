// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/labels.h"
#include "document/sessiondocument.h"
#include "itemmodels/actionitemsfiltermodel.h"
#include "itemmodels/actionitemsmodel.h"
#include "samplesessions.h"
#include "ui/actionitemspanel.h"
#include "ui/datetimelineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QHeaderView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Whyboard;

namespace {
// The view's index of an action's cell (the view shows the filtered, sorted proxy).
QModelIndex cellOf(ActionItemsPanel &panel, const QString &actionId, int column)
{
    return panel.filterModel()->mapFromSource(panel.model()->index(panel.model()->rowOfAction(actionId), column));
}

void clickCell(ActionItemsPanel &panel, const QModelIndex &index)
{
    QVERIFY(index.isValid());
    panel.view()->scrollTo(index);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(index).center());
}

template<typename Widget>
Widget *childWithText(QWidget &parent, const QString &text)
{
    for (Widget *widget : parent.findChildren<Widget *>()) {
        if (widget->text() == text)
            return widget;
    }
    return nullptr;
}

void showPanel(ActionItemsPanel &panel)
{
    panel.resize(1000, 400);
    panel.show();
    // Active, so that clicks give focus and the panel's shortcuts apply.
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
}
} // namespace

class TestActionItemsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quickAddLinksToSelection_data();
    void quickAddLinksToSelection();
    void editStatusThroughDelegate();
    void categoryChoicesShowLabels();
    void clearDueDateThroughDelegate();
    void selectingAnActionReportsItsCards();
    void deleteKeyRemovesSelectedActions();
    void actionTextStaysReadableInTheSideBar();
};

// Eight columns do not fit a 700-pixel side bar: the action's words keep thirty characters
// or so, and the other columns scroll instead of squeezing them to "Put the Link…".
void TestActionItemsPanel::actionTextStaysReadableInTheSideBar()
{
    SessionDocument document(Test::richSampleSession());
    ActionItemsPanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    panel.resize(700, 400);
    QTRY_COMPARE(panel.width(), 700);
    const int width = panel.view()->horizontalHeader()->sectionSize(ActionItemsModel::TextColumn);
    QVERIFY2(width >= panel.fontMetrics().horizontalAdvance(QStringLiteral("Require review for LB config")),
             qPrintable(QString::number(width)));
    QVERIFY(width < 700);
}

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
    showPanel(panel);
    auto *openOnly = childWithText<QCheckBox>(panel, QStringLiteral("Open only"));
    QVERIFY(openOnly);
    QTest::mouseClick(openOnly, Qt::LeftButton);
    QVERIFY(panel.filterModel()->openOnly());
    panel.setSelectedCards(cards);
    panel.setSelectedEvents(events);

    auto *add = childWithText<QToolButton>(panel, QStringLiteral("Add Action Item"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(document.session().actions.size(), 4);
    const ActionItem &added = document.session().actions.last();
    const QString id = added.id;
    QCOMPARE(added.cardIds, cards);
    QCOMPARE(added.eventIds, events);
    QCOMPARE(panel.selectedActionIds(), QStringList{id});
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!openOnly->isChecked()); // the filters show the new item

    // The new item's text is open for typing right away.
    auto *editor = panel.view()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Alert on empty rota"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(document.session().actions.last().text, QStringLiteral("Alert on empty rota"));
    QCOMPARE(document.session().actions.last().id, id);
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.session().actions.size(), 3);
}

void TestActionItemsPanel::editStatusThroughDelegate()
{
    SessionDocument document(Test::richSampleSession());
    ActionItemsPanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    clickCell(panel, cellOf(panel, QStringLiteral("a3"), ActionItemsModel::StatusColumn));
    QTest::keyClick(panel.view(), Qt::Key_F2);
    auto *combo = panel.view()->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toInt(), int(ActionStatus::Open));
    QCOMPARE(combo->itemText(combo->findData(int(ActionStatus::Done))), Labels::actionStatus(ActionStatus::Done));
    QTest::keyClick(combo, Qt::Key_End); // "Done", the last choice
    QCOMPARE(document.session().actions.at(2).status, ActionStatus::Done);
    QCOMPARE(cellOf(panel, QStringLiteral("a3"), ActionItemsModel::StatusColumn).data().toString(),
             Labels::actionStatus(ActionStatus::Done));
    document.undoStack()->undo();
    QCOMPARE(document.session().actions.at(2).status, ActionStatus::Open);
}

void TestActionItemsPanel::categoryChoicesShowLabels()
{
    SessionDocument document(Test::richSampleSession());
    ActionItemsPanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    clickCell(panel, cellOf(panel, QStringLiteral("a3"), ActionItemsModel::CategoryColumn));
    QTest::keyClick(panel.view(), Qt::Key_F2);
    auto *combo = panel.view()->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), int(Labels::actionCategories().size()));
    QCOMPARE(combo->itemText(0), Labels::notSet());
    for (int i = 1; i < combo->count(); ++i)
        QCOMPARE(combo->itemText(i), Labels::actionCategory(ActionCategory(combo->itemData(i).toInt())));
    QTest::keyClick(combo, Qt::Key_Escape);
}

void TestActionItemsPanel::clearDueDateThroughDelegate()
{
    SessionDocument document(Test::richSampleSession());
    ActionItemsPanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    clickCell(panel, cellOf(panel, QStringLiteral("a1"), ActionItemsModel::DueColumn));
    QTest::keyClick(panel.view(), Qt::Key_F2);
    auto *editor = panel.view()->viewport()->findChild<DateTimeLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->date(), QDate(2026, 4, 1));
    // The date opens selected: Backspace empties it, Enter confirms "no due date".
    QTest::keyClick(editor, Qt::Key_Backspace);
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
    showPanel(panel);
    QSignalSpy selected(&panel, &ActionItemsPanel::actionsSelected);
    clickCell(panel, cellOf(panel, QStringLiteral("a2"), ActionItemsModel::TextColumn));
    QVERIFY(!selected.isEmpty());
    QCOMPARE(selected.last().at(0).toStringList(), QStringList{QStringLiteral("a2")});
    QCOMPARE(selected.last().at(1).toStringList(), QStringList{QStringLiteral("c6")});
}

void TestActionItemsPanel::deleteKeyRemovesSelectedActions()
{
    SessionDocument document(Test::richSampleSession());
    ActionItemsPanel panel;
    panel.setDocument(&document);
    showPanel(panel);
    clickCell(panel, cellOf(panel, QStringLiteral("a2"), ActionItemsModel::TextColumn));
    QTest::keyClick(panel.view(), Qt::Key_Delete);
    QCOMPARE(document.session().indexOfAction(QStringLiteral("a2")), -1);
    document.undoStack()->undo();
    QVERIFY(document.session().indexOfAction(QStringLiteral("a2")) >= 0);
}

QTEST_MAIN(TestActionItemsPanel)
#include "tst_actionitemspanel.moc"
