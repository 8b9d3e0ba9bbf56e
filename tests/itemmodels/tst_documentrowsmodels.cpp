// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addactioncommand.h"
#include "document/commands/addeventcommand.h"
#include "document/commands/addparticipantcommand.h"
#include "document/commands/removeactionscommand.h"
#include "document/commands/removeeventscommand.h"
#include "document/commands/removeparticipantcommand.h"
#include "itemmodels/actionitemsfiltermodel.h"
#include "itemmodels/actionitemsmodel.h"
#include "itemmodels/participantsmodel.h"
#include "itemmodels/timelinemodel.h"
#include "watchedmodel.h"

#include <QSortFilterProxyModel>
#include <QTest>

#include <functional>

using namespace Whyboard;

namespace {

// One table over a document's rows, as the timeline, action and participant models all are:
// how to make it (with the proxy its panel puts in front), add a row, remove rows, edit a cell.
struct RowsCase
{
    std::function<DocumentRowsModel *(QObject *owner)> makeModel;
    std::function<QAbstractItemModel *(DocumentRowsModel *source, QObject *owner)> makeProxy;
    std::function<QString(SessionDocument &)> addRow; // pushes one row, returns its id
    QStringList removedIds;
    std::function<void(SessionDocument &, const QStringList &)> removeRows;
    int idRole;
    int textColumn;
    QString addedText;
    QString editedText;
};

QMap<QString, RowsCase> cases()
{
    QMap<QString, RowsCase> all;
    all.insert(QStringLiteral("timeline"),
               {[](QObject *owner) { return new TimelineModel(owner); },
                [](DocumentRowsModel *source, QObject *owner) {
                    auto *sorted = new QSortFilterProxyModel(owner);
                    sorted->setSourceModel(source);
                    sorted->setSortRole(TimelineModel::SortRole);
                    sorted->sort(TimelineModel::TimeColumn);
                    return sorted;
                },
                [](SessionDocument &document) {
                    TimelineEvent event;
                    event.id = document.newEventId();
                    event.at = QDateTime(QDate(2026, 3, 5), QTime(1, 0), Qt::OffsetFromUTC, 0);
                    event.text = QStringLiteral("Paged the on-call");
                    document.push(new AddEventCommand(&document, event));
                    return event.id;
                },
                {QStringLiteral("e1"), QStringLiteral("e3")},
                [](SessionDocument &document, const QStringList &ids) {
                    document.push(new RemoveEventsCommand(&document, ids));
                },
                TimelineModel::IdRole, TimelineModel::TextColumn, QStringLiteral("Paged the on-call"), QStringLiteral("Rolled back")});
    all.insert(QStringLiteral("action items"),
               {[](QObject *owner) { return new ActionItemsModel(owner); },
                [](DocumentRowsModel *source, QObject *owner) {
                    auto *filter = new ActionItemsFilterModel(owner);
                    filter->setSourceModel(source);
                    filter->setOpenOnly(true);
                    return filter;
                },
                [](SessionDocument &document) {
                    ActionItem action;
                    action.id = document.newActionId();
                    action.text = QStringLiteral("Add an alert on 503s");
                    document.push(new AddActionCommand(&document, action));
                    return action.id;
                },
                {QStringLiteral("a1"), QStringLiteral("a2")},
                [](SessionDocument &document, const QStringList &ids) {
                    document.push(new RemoveActionsCommand(&document, ids));
                },
                ActionItemsModel::IdRole, ActionItemsModel::TextColumn, QStringLiteral("Add an alert on 503s"),
                QStringLiteral("Two approvers")});
    all.insert(QStringLiteral("participants"),
               {[](QObject *owner) { return new ParticipantsModel(owner); },
                [](DocumentRowsModel *source, QObject *owner) {
                    auto *sorted = new QSortFilterProxyModel(owner);
                    sorted->setSourceModel(source);
                    sorted->sort(ParticipantsModel::NameColumn);
                    return sorted;
                },
                [](SessionDocument &document) {
                    const QString id = document.newParticipantId();
                    document.push(new AddParticipantCommand(&document, {id, QStringLiteral("Kim"), {}}));
                    return id;
                },
                {QStringLiteral("u2")},
                [](SessionDocument &document, const QStringList &ids) {
                    document.push(new RemoveParticipantCommand(&document, ids.first()));
                },
                ParticipantsModel::IdRole, ParticipantsModel::NameColumn, QStringLiteral("Kim"), QStringLiteral("Ana")});
    return all;
}

} // namespace

// The models over a document's rows share one contract: they follow every command, undo and
// redo row by row, stay clean under QAbstractItemModelTester (themselves and behind the proxy
// their panel uses), and an edit through the model is one undoable step.
class TestDocumentRowsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followCommandsUnderTester_data();
    void followCommandsUnderTester();
    void editThroughModelIsOneStep_data();
    void editThroughModelIsOneStep();
};

void TestDocumentRowsModels::followCommandsUnderTester_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : cases().keys())
        QTest::newRow(qPrintable(name)) << name;
}

void TestDocumentRowsModels::followCommandsUnderTester()
{
    QFETCH(QString, name);
    const RowsCase c = cases().value(name);
    SessionDocument document(Test::richSampleSession());
    QObject owner;
    DocumentRowsModel *model = c.makeModel(&owner);
    model->setDocument(&document);
    QAbstractItemModel *proxy = c.makeProxy(model, &owner);
    const auto tester = Test::watch(model);
    const auto proxyTester = Test::watch(proxy);
    const QStringList before = Test::idsOf(*model, c.idRole);

    const QString added = c.addRow(document);
    QCOMPARE(model->rowCount(), before.size() + 1);
    const int addedRow = int(Test::idsOf(*model, c.idRole).indexOf(added));
    QVERIFY(addedRow >= 0);
    QCOMPARE(model->index(addedRow, c.textColumn).data().toString(), c.addedText);

    c.removeRows(document, c.removedIds);
    QCOMPARE(model->rowCount(), before.size() + 1 - c.removedIds.size());
    for (const QString &id : c.removedIds)
        QVERIFY2(!Test::idsOf(*model, c.idRole).contains(id), qPrintable(id));

    Test::undoAll(document);
    QCOMPARE(Test::idsOf(*model, c.idRole), before);
    QVERIFY(document.session() == Test::richSampleSession());
    Test::redoAll(document);
    QCOMPARE(model->rowCount(), before.size() + 1 - c.removedIds.size());

    model->setDocument(nullptr);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(proxy->rowCount(), 0);
}

void TestDocumentRowsModels::editThroughModelIsOneStep_data()
{
    followCommandsUnderTester_data();
}

void TestDocumentRowsModels::editThroughModelIsOneStep()
{
    QFETCH(QString, name);
    const RowsCase c = cases().value(name);
    SessionDocument document(Test::richSampleSession());
    QObject owner;
    DocumentRowsModel *model = c.makeModel(&owner);
    model->setDocument(&document);
    const auto tester = Test::watch(model);

    QVERIFY(model->setData(model->index(0, c.textColumn), c.editedText));
    QCOMPARE(model->index(0, c.textColumn).data().toString(), c.editedText);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.session() == Test::richSampleSession());
}

QTEST_GUILESS_MAIN(TestDocumentRowsModels)
#include "tst_documentrowsmodels.moc"
