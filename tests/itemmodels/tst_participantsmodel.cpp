// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/sessiondocument.h"
#include "itemmodels/participantsmodel.h"
#include "watchedmodel.h"

#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

class TestParticipantsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneColumnPerRole();
    void roleCheckBoxes_data();
    void roleCheckBoxes();
    void emptyNameIsRefused();
};

void TestParticipantsModel::oneColumnPerRole()
{
    Test::WatchedDocumentModel<ParticipantsModel> watched;
    QCOMPARE(watched.model.columnCount(), 1 + int(allParticipantRoles().size()));
    for (ParticipantRole role : allParticipantRoles()) {
        const int column = ParticipantsModel::FirstRoleColumn + int(allParticipantRoles().indexOf(role));
        QCOMPARE(ParticipantsModel::roleOfColumn(column), role);
    }
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
    Test::WatchedDocumentModel<ParticipantsModel> watched;
    SessionDocument &document = watched.document;
    ParticipantsModel &model = watched.model;
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
    Test::WatchedDocumentModel<ParticipantsModel> watched;
    SessionDocument &document = watched.document;
    ParticipantsModel &model = watched.model;
    QVERIFY(!model.setData(model.index(0, ParticipantsModel::NameColumn), QStringLiteral("   ")));
    QCOMPARE(document.session().participants.at(0).name, QStringLiteral("Ana María"));
    QCOMPARE(document.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestParticipantsModel)
#include "tst_participantsmodel.moc"
