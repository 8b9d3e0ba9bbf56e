#include "document/commands/addparticipantcommand.h"
#include "document/commands/removeparticipantcommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/participantsmodel.h"
#include "samplesessions.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

class TestParticipantsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsCommandsUnderTester();
    void roleCheckBoxes_data();
    void roleCheckBoxes();
    void emptyNameIsRefused();
};

void TestParticipantsModel::followsCommandsUnderTester()
{
    SessionDocument document(Test::richSampleSession());
    ParticipantsModel model;
    model.setDocument(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 1 + int(allParticipantRoles().size()));
    document.push(new AddParticipantCommand(&document, {document.newParticipantId(), QStringLiteral("Kim"), {}}));
    QCOMPARE(model.rowCount(), 5);
    document.push(new RemoveParticipantCommand(&document, QStringLiteral("u2")));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.setData(model.index(0, ParticipantsModel::NameColumn), QStringLiteral("Ana")));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Ana"));
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QVERIFY(document.session() == Test::richSampleSession());
}

void TestParticipantsModel::roleCheckBoxes_data()
{
    QTest::addColumn<int>("role");
    for (ParticipantRole role : allParticipantRoles())
        QTest::newRow(qPrintable(keyOf(role))) << int(role);
}

void TestParticipantsModel::roleCheckBoxes()
{
    QFETCH(int, role);
    SessionDocument document(Test::richSampleSession());
    ParticipantsModel model;
    model.setDocument(&document);
    const int column = ParticipantsModel::FirstRoleColumn + int(allParticipantRoles().indexOf(ParticipantRole(role)));
    const int row = 3; // "Sam", no roles yet
    QCOMPARE(model.index(row, column).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.flags(model.index(row, column)) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(model.index(row, column), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(document.session().participants.at(row).roles.testFlag(ParticipantRole(role)));
    QCOMPARE(model.index(row, column).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    document.undoStack()->undo();
    QCOMPARE(document.session().participants.at(row).roles, ParticipantRoles());
}

void TestParticipantsModel::emptyNameIsRefused()
{
    SessionDocument document(Test::richSampleSession());
    ParticipantsModel model;
    model.setDocument(&document);
    QVERIFY(!model.setData(model.index(0, ParticipantsModel::NameColumn), QStringLiteral("   ")));
    QCOMPARE(document.session().participants.at(0).name, QStringLiteral("Ana María"));
    QCOMPARE(document.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestParticipantsModel)
#include "tst_participantsmodel.moc"
