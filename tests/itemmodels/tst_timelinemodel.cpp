// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editeventcommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/timelinemodel.h"
#include "watchedmodel.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUndoStack>

using namespace Whyboard;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsPushOneUndoableCommand_data();
    void editsPushOneUndoableCommand();
    void refusesNonsense_data();
    void refusesNonsense();
    void proxySortsByTime();
    void highlightsEventsOfSelectedCards();
    void readOnlyDocumentIsNotEditable();
};

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
    Test::WatchedDocumentModel<TimelineModel> watched;
    SessionDocument &document = watched.document;
    TimelineModel &model = watched.model;
    const Session original = document.session();
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
    Test::WatchedDocumentModel<TimelineModel> watched;
    SessionDocument &document = watched.document;
    TimelineModel &model = watched.model;
    QVERIFY(!model.setData(model.index(model.rowOfEvent(QStringLiteral("e1")), column), value));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestTimelineModel::proxySortsByTime()
{
    Test::WatchedDocumentModel<TimelineModel> watched;
    SessionDocument &document = watched.document;
    TimelineModel &model = watched.model;
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
    Test::WatchedDocumentModel<TimelineModel> watched;
    TimelineModel &model = watched.model;
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
    Test::WatchedDocumentModel<TimelineModel> watched;
    SessionDocument &document = watched.document;
    TimelineModel &model = watched.model;
    document.setReadOnly(true);
    QVERIFY(!(model.flags(model.index(0, TimelineModel::TextColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, TimelineModel::TextColumn), QStringLiteral("x")));
    QCOMPARE(document.session().timeline.at(0).text, QStringLiteral("Config push #4411"));
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
