// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainchecks.h"
#include "document/commands/addactioncommand.h"
#include "document/commands/addcardcommand.h"
#include "document/commands/addlinkcommand.h"
#include "document/commands/dismissfindingcommand.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/removecardscommand.h"
#include "document/commands/restorefindingcommand.h"
#include "document/sessiondocument.h"
#include "facilitationsessions.h"
#include "itemmodels/checksmodel.h"
#include "samplesessions.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Whyboard;
using namespace Whyboard::FacilitationTest;

namespace {

QString label(const ChecksModel &model, const QString &checkId, const QString &itemId)
{
    return model.indexOf(checkId, itemId).data().toString();
}

// Every row under a heading is a finding of that heading's check, and the rows are the findings
// the checks give for the session now.
QString treeDefect(const ChecksModel &model, const SessionDocument &document)
{
    ChainCheckOptions options;
    options.includeDismissed = model.includesDismissed();
    if (model.findings() != ChainChecks::run(document.session(), options))
        return QStringLiteral("the rows are not the session's findings");
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        const QString checkId = group.data(ChecksModel::CheckIdRole).toString();
        if (model.rowCount(group) == 0 || group.data(ChecksModel::FindingCountRole).toInt() != model.rowCount(group))
            return QStringLiteral("heading %1 has a wrong count").arg(checkId);
        for (int r = 0; r < model.rowCount(group); ++r) {
            if (model.index(r, 0, group).data(ChecksModel::CheckIdRole).toString() != checkId)
                return QStringLiteral("a finding under %1 belongs to another check").arg(checkId);
        }
    }
    return {};
}

} // namespace

class TestChecksModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsFindingsByCheckWithTheirRoles();
    void labelsFollowCardTextEdits();
    void oneRecomputationPerStep();
    void rowsKeepTheirIdentityAcrossChanges();
    void dismissedFindingsShowTheirReason();
    void followsRandomEditsUnderTester_data();
    void followsRandomEditsUnderTester();
    void forgetsADocumentThatGoes();
};

void TestChecksModel::groupsFindingsByCheckWithTheirRoles()
{
    Session s = chain(2);
    s.cards[2].text = QStringLiteral("The certificate expired and nobody was paged");
    TimelineEvent detection;
    detection.id = QStringLiteral("e1");
    detection.kind = EventKind::Detection;
    detection.text = QStringLiteral("Customers report errors");
    detection.cardIds = QStringList{"w1"};
    s.timeline.append(detection);
    SessionDocument document(s);
    ChecksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);

    QCOMPARE(model.findings(), ChainChecks::run(document.session()));
    QCOMPARE(model.openCount(), model.findings().size());
    QStringList headings;
    for (int g = 0; g < model.rowCount(); ++g)
        headings.append(model.index(g, 0).data(ChecksModel::CheckIdRole).toString());
    QCOMPARE(headings, (QStringList{CheckIds::shallow, CheckIds::compound, CheckIds::unverified, CheckIds::noAction}));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Several causes on one card (1)"));
    QVERIFY(model.isGroup(model.index(1, 0)));
    QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsSelectable));

    const QModelIndex compound = model.indexOf(CheckIds::compound, QStringLiteral("w2"));
    QCOMPARE(compound.parent(), model.index(1, 0));
    QCOMPARE(compound.data().toString(), QStringLiteral("Why 2: The certificate expired and nobody was paged"));
    QCOMPARE(compound.data(ChecksModel::ItemIdRole).toString(), QStringLiteral("w2"));
    QCOMPARE(compound.data(ChecksModel::ItemKindRole).toInt(), int(CheckItemKind::Card));
    QCOMPARE(compound.data(ChecksModel::MessageRole).toString(), QStringLiteral("This card states two causes."));
    QVERIFY(compound.data(ChecksModel::SuggestionRole).toString().contains(QStringLiteral("“Nobody was paged”")));
    QCOMPARE(compound.data(ChecksModel::DismissedRole).toBool(), false);
    QCOMPARE(compound.data(ChecksModel::RelatedCardIdsRole).toStringList(), QStringList{"w2"});
    QVERIFY(compound.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("This card states two causes.\n")));

    const QModelIndex event = model.indexOf(CheckIds::noAction, QStringLiteral("e1"));
    QCOMPARE(event.data().toString(), QStringLiteral("Timeline: Customers report errors"));
    QCOMPARE(event.data(ChecksModel::RelatedCardIdsRole).toStringList(), QStringList{"w1"});
    QCOMPARE(model.finding(event)->itemKind, CheckItemKind::Event);
    QVERIFY(!model.finding(model.index(0, 0)));
}

void TestChecksModel::labelsFollowCardTextEdits()
{
    SessionDocument document(chain(0));
    ChecksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    // A new why, as the board adds it: empty at first.
    auto *add = new AddCardCommand(&document, card({}, {}), QStringLiteral("p"));
    QVERIFY(document.push(add));
    const QString id = add->cardId();
    QCOMPARE(label(model, CheckIds::unverified, id), QStringLiteral("Why 1: (empty)"));
    const QPersistentModelIndex row = model.indexOf(CheckIds::unverified, id);

    // Typing the text changes no finding, yet the row reads the new text at once.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy findingsChanged(&model, &ChecksModel::findingsChanged);
    Card typed = *document.session().card(id);
    typed.text = QStringLiteral("The renewal job had no owner");
    QVERIFY(document.push(new EditCardCommand(&document, typed)));
    QCOMPARE(findingsChanged.size(), 0);
    QCOMPARE(row.data().toString(), QStringLiteral("Why 1: The renewal job had no owner"));
    const bool told = std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
        const auto first = args.at(0).value<QModelIndex>();
        const auto last = args.at(1).value<QModelIndex>();
        return first.parent() == row.parent() && first.row() <= row.row() && row.row() <= last.row();
    });
    QVERIFY2(told, "views were not told that the row reads differently");

    document.undoStack()->undo();
    QCOMPARE(row.data().toString(), QStringLiteral("Why 1: (empty)"));
}

void TestChecksModel::oneRecomputationPerStep()
{
    SessionDocument document(chain(3));
    ChecksModel model;
    model.setDocument(&document);
    QSignalSpy findingsChanged(&model, &ChecksModel::findingsChanged);
    {
        SessionDocument::Step step(&document, QStringLiteral("Verify the chain"));
        QVERIFY(step.isOpen());
        for (const char *id : {"w1", "w2", "w3"}) {
            Card c = *document.session().card(QLatin1String(id));
            c.evidence = QStringLiteral("Logs");
            c.verified = true;
            QVERIFY(document.push(new EditCardCommand(&document, c)));
        }
        QCOMPARE(findingsChanged.size(), 0); // nothing recomputed inside the step
    }
    QCOMPARE(findingsChanged.size(), 1);
    QVERIFY(!model.indexOf(CheckIds::unverified, QStringLiteral("w1")).isValid());
    QCOMPARE(document.undoStack()->count(), 1);

    document.undoStack()->undo();
    QCOMPARE(findingsChanged.size(), 2);
    QVERIFY(model.indexOf(CheckIds::unverified, QStringLiteral("w3")).isValid());
}

void TestChecksModel::rowsKeepTheirIdentityAcrossChanges()
{
    SessionDocument document(chain(3));
    ChecksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    const QPersistentModelIndex w3 = model.indexOf(CheckIds::unverified, QStringLiteral("w3"));
    QCOMPARE(w3.row(), 2);

    // A finding that goes before it moves it down; one that goes away moves it back up.
    Card verified = *document.session().card(QStringLiteral("w1"));
    verified.evidence = QStringLiteral("Logs");
    verified.verified = true;
    QVERIFY(document.push(new EditCardCommand(&document, verified)));
    QCOMPARE(w3.row(), 1);
    QCOMPARE(w3.data(ChecksModel::ItemIdRole).toString(), QStringLiteral("w3"));
    document.undoStack()->undo();
    QCOMPARE(w3.row(), 2);
    QCOMPARE(w3.data(ChecksModel::ItemIdRole).toString(), QStringLiteral("w3"));

    // A check that finds something for the first time gets its heading in check order.
    Card compound = *document.session().card(QStringLiteral("w2"));
    compound.text = QStringLiteral("The disk filled up; the alert was muted");
    QVERIFY(document.push(new EditCardCommand(&document, compound)));
    QCOMPARE(model.index(1, 0).data(ChecksModel::CheckIdRole).toString(), CheckIds::compound);
    QCOMPARE(w3.data(ChecksModel::ItemIdRole).toString(), QStringLiteral("w3"));
    QCOMPARE(w3.parent().data(ChecksModel::CheckIdRole).toString(), CheckIds::unverified);
    document.undoStack()->undo();
    QVERIFY(!model.indexOf(CheckIds::compound, QStringLiteral("w2")).isValid());
    QCOMPARE(w3.parent().row(), 1);
}

void TestChecksModel::dismissedFindingsShowTheirReason()
{
    SessionDocument document(chain(1));
    ChecksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    model.setIncludeDismissed(true);
    const QPersistentModelIndex row = model.indexOf(CheckIds::noAction, QStringLiteral("w1"));
    QVERIFY(row.isValid());
    const int open = model.openCount();

    QVERIFY(document.push(new DismissFindingCommand(&document, {CheckIds::noAction, "w1", "Covered by the vendor"})));
    QVERIFY(row.isValid()); // the same row, now set aside
    QCOMPARE(row.data(ChecksModel::DismissedRole).toBool(), true);
    QCOMPARE(row.data(ChecksModel::DismissalReasonRole).toString(), QStringLiteral("Covered by the vendor"));
    QCOMPARE(row.data().toString(), QStringLiteral("Why 1: Cause number 1 (dismissed: Covered by the vendor)"));
    QCOMPARE(row.data(ChecksModel::ItemLabelRole).toString(), QStringLiteral("Why 1: Cause number 1"));
    QCOMPARE(model.openCount(), open - 1);

    model.setIncludeDismissed(false);
    QVERIFY(!row.isValid());
    QVERIFY(document.push(new RestoreFindingCommand(&document, CheckIds::noAction, QStringLiteral("w1"))));
    QVERIFY(model.indexOf(CheckIds::noAction, QStringLiteral("w1")).isValid());
    QCOMPARE(model.openCount(), open);
}

void TestChecksModel::followsRandomEditsUnderTester_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestChecksModel::followsRandomEditsUnderTester()
{
    QFETCH(quint32, seed);
    SessionDocument document(Test::randomSession(seed, 10, 4, 3));
    ChecksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    QRandomGenerator random(seed);
    const QStringList texts{QStringLiteral("The cache expired and the retry storm began"),
                            QStringLiteral("Alice forgot to renew it"),
                            QStringLiteral("It was Bob's fault"),
                            QStringLiteral("The job had no owner"),
                            QString(),
                            QStringLiteral("Der Admin hat es aus Versehen gelöscht")};
    const auto anyCard = [&]() -> const Card & {
        return document.session().cards.at(int(random.bounded(quint32(document.session().cards.size()))));
    };
    for (int i = 0; i < 150; ++i) {
        const Session &s = document.session();
        switch (random.bounded(8)) {
        case 0:
            document.push(new AddCardCommand(&document, card({}, texts.at(int(random.bounded(6)))), anyCard().id));
            break;
        case 1: {
            Card c = anyCard();
            c.text = texts.at(int(random.bounded(6)));
            c.verified = random.bounded(2) == 1;
            c.evidence = c.verified ? QStringLiteral("Logs") : QString();
            document.push(new EditCardCommand(&document, c));
            break;
        }
        case 2:
            if (s.cards.size() > 2)
                document.push(new RemoveCardsCommand(&document, {anyCard().id}));
            break;
        case 3: {
            ActionItem a;
            a.text = QStringLiteral("Add an alert");
            a.cardIds = QStringList{anyCard().id};
            document.push(new AddActionCommand(&document, a));
            break;
        }
        case 4: {
            const QString cause = anyCard().id;
            const QString effect = anyCard().id;
            if (document.linkRefusal(cause, effect).isEmpty())
                document.push(new AddLinkCommand(&document, cause, effect));
            break;
        }
        case 5: {
            const QList<CheckFinding> all = ChainChecks::run(s, {true, {}, 5});
            if (!all.isEmpty()) {
                const CheckFinding &f = all.at(int(random.bounded(quint32(all.size()))));
                if (f.dismissed)
                    document.push(new RestoreFindingCommand(&document, f.checkId, f.itemId));
                else
                    document.push(new DismissFindingCommand(&document, {f.checkId, f.itemId, QStringLiteral("Known")}));
            }
            break;
        }
        case 6:
            if (document.undoStack()->canUndo())
                document.undoStack()->undo();
            break;
        case 7:
            if (random.bounded(3) == 0)
                model.setIncludeDismissed(!model.includesDismissed());
            else if (document.undoStack()->canRedo())
                document.undoStack()->redo();
            break;
        }
        const QString defect = treeDefect(model, document);
        QVERIFY2(defect.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(i).arg(defect)));
    }
}

void TestChecksModel::forgetsADocumentThatGoes()
{
    ChecksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    {
        SessionDocument document(chain(2));
        model.setDocument(&document);
        QVERIFY(model.rowCount() > 0);
    }
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.document());
}

QTEST_MAIN(TestChecksModel)
#include "tst_checksmodel.moc"
