#include "document/commands/addeventcommand.h"
#include "document/commands/editeventcommand.h"
#include "document/commands/removeeventscommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/timelinemodel.h"
#include "samplesessions.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsCommandsUnderTester();
    void editsPushOneUndoableCommand_data();
    void editsPushOneUndoableCommand();
    void refusesNonsense_data();
    void refusesNonsense();
    void proxySortsByTime();
    void highlightsEventsOfSelectedCards();
    void readOnlyDocumentIsNotEditable();
};

void TestTimelineModel::followsCommandsUnderTester()
{
    SessionDocument document(Test::richSampleSession());
    TimelineModel model;
    model.setDocument(&document);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(TimelineModel::SortRole);
    sorted.sort(TimelineModel::TimeColumn);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const int before = model.rowCount();
    TimelineEvent event;
    event.id = document.newEventId();
    event.at = QDateTime(QDate(2026, 3, 5), QTime(1, 0), Qt::OffsetFromUTC, 0);
    event.text = QStringLiteral("Paged the on-call");
    document.push(new AddEventCommand(&document, event));
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(model.rowOfEvent(event.id), TimelineModel::TextColumn).data().toString(), event.text);

    document.push(new RemoveEventsCommand(&document, {QStringLiteral("e1"), QStringLiteral("e3")}));
    QCOMPARE(model.rowCount(), before - 1);
    QCOMPARE(model.rowOfEvent(QStringLiteral("e1")), -1);

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(model.rowCount(), before);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QCOMPARE(model.rowCount(), before - 1);
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestTimelineModel::editsPushOneUndoableCommand_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expectedDisplay");
    QTest::newRow("text") << int(TimelineModel::TextColumn) << QVariant(QStringLiteral("Rolled back")) << "Rolled back";
    QTest::newRow("kind") << int(TimelineModel::KindColumn) << QVariant(int(EventKind::Mitigation)) << "Mitigation";
    // A wall-clock time keeps the event's own offset (-07:00 for e1).
    QTest::newRow("wall-clock time") << int(TimelineModel::TimeColumn)
                                     << QVariant(QDateTime(QDate(2026, 3, 4), QTime(19, 5), Qt::LocalTime))
                                     << "2026-03-04 19:05";
}

void TestTimelineModel::editsPushOneUndoableCommand()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, expectedDisplay);
    SessionDocument document(Test::richSampleSession());
    const Session original = document.session();
    TimelineModel model;
    model.setDocument(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOfEvent(QStringLiteral("e1"));

    QVERIFY(model.setData(model.index(row, column), value));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(model.index(row, column).data().toString(), expectedDisplay);
    if (column == TimelineModel::TimeColumn)
        QCOMPARE(document.session().timeline.at(row).at.offsetFromUtc(), -7 * 3600);
    document.undoStack()->undo();
    QVERIFY(document.session() == original);
}

void TestTimelineModel::refusesNonsense_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("invalid time") << int(TimelineModel::TimeColumn) << QVariant(QDateTime());
    QTest::newRow("unknown kind") << int(TimelineModel::KindColumn) << QVariant(42);
    QTest::newRow("cards column") << int(TimelineModel::CardsColumn) << QVariant(QStringLiteral("c1"));
    QTest::newRow("same text") << int(TimelineModel::TextColumn) << QVariant(QStringLiteral("Config push #4411"));
}

void TestTimelineModel::refusesNonsense()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    SessionDocument document(Test::richSampleSession());
    TimelineModel model;
    model.setDocument(&document);
    QVERIFY(!model.setData(model.index(model.rowOfEvent(QStringLiteral("e1")), column), value));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestTimelineModel::proxySortsByTime()
{
    SessionDocument document(Test::richSampleSession());
    TimelineModel model;
    model.setDocument(&document);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(TimelineModel::SortRole);
    sorted.setDynamicSortFilter(true);
    sorted.sort(TimelineModel::TimeColumn);
    // The event without a time sorts first; then by instant, whatever the offsets.
    QCOMPARE(sorted.index(0, 0).data(TimelineModel::IdRole).toString(), QStringLiteral("e6"));
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 1; row < sorted.rowCount(); ++row) {
        const qint64 at = sorted.index(row, 0).data(TimelineModel::SortRole).toLongLong();
        QVERIFY2(at >= previous, qPrintable(QStringLiteral("row %1 out of order").arg(row)));
        previous = at;
    }
    // Moving e1 past everything through an edit re-sorts it to the end.
    TimelineEvent late = document.session().timeline.at(0);
    late.at = late.at.addDays(10);
    document.push(new EditEventCommand(&document, late));
    QCOMPARE(sorted.index(sorted.rowCount() - 1, 0).data(TimelineModel::IdRole).toString(), QStringLiteral("e1"));
}

void TestTimelineModel::highlightsEventsOfSelectedCards()
{
    SessionDocument document(Test::richSampleSession());
    TimelineModel model;
    model.setDocument(&document);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHighlightedCards({QStringLiteral("c2")});
    QCOMPARE(changed.count(), 1);
    QStringList highlighted;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(TimelineModel::HighlightedRole).toBool()) {
            highlighted << model.eventId(row);
            QVERIFY(model.index(row, 0).data(Qt::BackgroundRole).isValid());
        }
    }
    QCOMPARE(highlighted, (QStringList{QStringLiteral("e4"), QStringLiteral("e5")}));
    model.setHighlightedCards({});
    QVERIFY(!model.index(model.rowOfEvent(QStringLiteral("e4")), 0).data(Qt::BackgroundRole).isValid());
}

void TestTimelineModel::readOnlyDocumentIsNotEditable()
{
    SessionDocument document(Test::richSampleSession());
    document.setReadOnly(true);
    TimelineModel model;
    model.setDocument(&document);
    QVERIFY(!(model.flags(model.index(0, TimelineModel::TextColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, TimelineModel::TextColumn), QStringLiteral("x")));
    QCOMPARE(document.session().timeline.at(0).text, QStringLiteral("Config push #4411"));
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
