// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editactioncommand.h"
#include "document/commands/removeactionscommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/actionitemsfiltermodel.h"
#include "itemmodels/actionitemsmodel.h"
#include "watchedmodel.h"

#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

namespace {
QStringList visibleIds(const QAbstractItemModel &model)
{
    return Test::idsOf(model, ActionItemsModel::IdRole, true);
}
} // namespace

class TestActionItemsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openOnlyFilterFollowsUndo();
    void filters_data();
    void filters();
    void overdueIsMarked_data();
    void overdueIsMarked();
    void editsAreUndoable_data();
    void editsAreUndoable();
    void refusesNonsense_data();
    void refusesNonsense();
    void markingDoneHidesUnderOpenOnly();
};

void TestActionItemsModel::openOnlyFilterFollowsUndo()
{
    Test::WatchedDocumentModel<ActionItemsModel> watched;
    SessionDocument &document = watched.document;
    ActionItemsFilterModel filter;
    filter.setSourceModel(&watched.model);
    filter.setOpenOnly(true);
    const auto filterTester = Test::watch(&filter);

    document.push(new RemoveActionsCommand(&document, {QStringLiteral("a1"), QStringLiteral("a2")}));
    ActionItem done = document.session().actions.at(0);
    done.status = ActionStatus::Done;
    document.push(new EditActionCommand(&document, done));
    QCOMPARE(visibleIds(filter), QStringList());
    Test::undoAll(document);
    QCOMPARE(watched.model.rowCount(), 3);
    QCOMPARE(visibleIds(filter), (QStringList{QStringLiteral("a1"), QStringLiteral("a3")}));
}

void TestActionItemsModel::filters_data()
{
    QTest::addColumn<bool>("openOnly");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("overdueOnly");
    QTest::addColumn<QStringList>("expected");
    const QString a1 = QStringLiteral("a1"), a2 = QStringLiteral("a2"), a3 = QStringLiteral("a3");
    QTest::newRow("everything") << false << QString() << false << QStringList{a1, a2, a3};
    QTest::newRow("open only") << true << QString() << false << QStringList{a1, a3};
    QTest::newRow("owner") << false << QStringLiteral("דנה כהן") << false << QStringList{a2};
    QTest::newRow("owner, open only") << true << QStringLiteral("דנה כהן") << false << QStringList{};
    // Today is 2026-06-01: a1 (due 2026-04-01, in progress) is late; a2 is done.
    QTest::newRow("overdue") << false << QString() << true << QStringList{a1};
}

void TestActionItemsModel::filters()
{
    QFETCH(bool, openOnly);
    QFETCH(QString, owner);
    QFETCH(bool, overdueOnly);
    QFETCH(QStringList, expected);
    Test::WatchedDocumentModel<ActionItemsModel> watched;
    watched.model.setToday(QDate(2026, 6, 1));
    ActionItemsFilterModel filter;
    filter.setSourceModel(&watched.model);
    const auto filterTester = Test::watch(&filter);
    filter.setOpenOnly(openOnly);
    filter.setOwner(owner);
    filter.setOverdueOnly(overdueOnly);
    QCOMPARE(visibleIds(filter), expected);
}

void TestActionItemsModel::overdueIsMarked_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("overdue");
    const QDate today(2026, 6, 1);
    QTest::newRow("yesterday, open") << today.addDays(-1) << int(ActionStatus::Open) << true;
    QTest::newRow("yesterday, in progress") << today.addDays(-1) << int(ActionStatus::InProgress) << true;
    QTest::newRow("yesterday, done") << today.addDays(-1) << int(ActionStatus::Done) << false;
    QTest::newRow("today") << today << int(ActionStatus::Open) << false;
    QTest::newRow("no due date") << QDate() << int(ActionStatus::Open) << false;
}

void TestActionItemsModel::overdueIsMarked()
{
    QFETCH(QDate, due);
    QFETCH(int, status);
    QFETCH(bool, overdue);
    Session session;
    ActionItem action;
    action.id = QStringLiteral("a1");
    action.text = QStringLiteral("Write the runbook");
    action.due = due;
    action.status = ActionStatus(status);
    session.actions << action;
    Test::WatchedDocumentModel<ActionItemsModel> watched(session);
    ActionItemsModel &model = watched.model;
    model.setToday(QDate(2026, 6, 1));
    QCOMPARE(model.index(0, 0).data(ActionItemsModel::OverdueRole).toBool(), overdue);
    QCOMPARE(model.index(0, 0).data(Qt::BackgroundRole).isValid(), overdue);
}

void TestActionItemsModel::editsAreUndoable_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("display");
    QTest::newRow("text") << int(ActionItemsModel::TextColumn) << QVariant(QStringLiteral("Two approvers")) << "Two approvers";
    QTest::newRow("owner trimmed") << int(ActionItemsModel::OwnerColumn) << QVariant(QStringLiteral("  Ana ")) << "Ana";
    QTest::newRow("due") << int(ActionItemsModel::DueColumn) << QVariant(QDate(2026, 5, 2)) << "2026-05-02";
    QTest::newRow("due cleared") << int(ActionItemsModel::DueColumn) << QVariant() << "";
    QTest::newRow("category") << int(ActionItemsModel::CategoryColumn) << QVariant(int(ActionCategory::Training)) << "Training";
    QTest::newRow("horizon") << int(ActionItemsModel::HorizonColumn) << QVariant(int(ActionHorizon::Long)) << "Long term";
    QTest::newRow("status") << int(ActionItemsModel::StatusColumn) << QVariant(int(ActionStatus::Done)) << "Done";
    QTest::newRow("link") << int(ActionItemsModel::LinkColumn) << QVariant(QStringLiteral("https://t.example/X-1")) << "https://t.example/X-1";
}

void TestActionItemsModel::editsAreUndoable()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, display);
    Test::WatchedDocumentModel<ActionItemsModel> watched;
    SessionDocument &document = watched.document;
    ActionItemsModel &model = watched.model;
    const Session original = document.session();
    QVERIFY(model.setData(model.index(0, column), value));
    QCOMPARE(model.index(0, column).data().toString(), display);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.session() == original);
}

void TestActionItemsModel::refusesNonsense_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("unknown status") << int(ActionItemsModel::StatusColumn) << QVariant(7);
    QTest::newRow("negative category") << int(ActionItemsModel::CategoryColumn) << QVariant(-1);
    QTest::newRow("not a date") << int(ActionItemsModel::DueColumn) << QVariant(QStringLiteral("soon"));
    QTest::newRow("not a link") << int(ActionItemsModel::LinkColumn) << QVariant(QStringLiteral("http://exa mple/%zz"));
    QTest::newRow("related column") << int(ActionItemsModel::RelatedColumn) << QVariant(QStringLiteral("c1"));
}

void TestActionItemsModel::refusesNonsense()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    Test::WatchedDocumentModel<ActionItemsModel> watched;
    SessionDocument &document = watched.document;
    ActionItemsModel &model = watched.model;
    const Session original = document.session();
    QVERIFY(!model.setData(model.index(0, column), value));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(document.session() == original);
}

void TestActionItemsModel::markingDoneHidesUnderOpenOnly()
{
    Test::WatchedDocumentModel<ActionItemsModel> watched;
    SessionDocument &document = watched.document;
    ActionItemsModel &model = watched.model;
    ActionItemsFilterModel filter;
    filter.setSourceModel(&model);
    filter.setOpenOnly(true);
    const auto filterTester = Test::watch(&filter);
    QCOMPARE(filter.rowCount(), 2);
    QVERIFY(model.setData(model.index(0, ActionItemsModel::StatusColumn), int(ActionStatus::Done)));
    QCOMPARE(visibleIds(filter), QStringList{QStringLiteral("a3")});
    document.undoStack()->undo();
    QCOMPARE(filter.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestActionItemsModel)
#include "tst_actionitemsmodel.moc"
