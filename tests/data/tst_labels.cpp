// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/labels.h"
#include "itemmodels/actionitemsmodel.h"
#include "itemmodels/participantsmodel.h"
#include "itemmodels/timelinemodel.h"
#include "watchedmodel.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace Whyboard;

namespace {
// Every enum shown to the user, as (key, display name) pairs, for the data-driven checks.
using Names = QList<QPair<QString, QString>>;

template<typename Enum>
Names namesOf(const QList<Enum> &values, QString (*name)(Enum))
{
    Names names;
    for (Enum value : values)
        names.append({keyOf(value), name(value)});
    return names;
}

Names severityNames(QString (*name)(int))
{
    Names names;
    for (int level = 0; level <= Labels::mildestSeverity; ++level)
        names.append({QString::number(level), name(level)});
    return names;
}
} // namespace

Q_DECLARE_METATYPE(Names)

class TestLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyValueHasItsOwnName_data();
    void everyValueHasItsOwnName();
    void listsHoldEveryValue();
    void severityWordingsShareTheName();
    void rolesReadAsOnePhrase();
    void timelineKindColumnShowsLabels();
    void actionColumnsShowLabels();
    void participantHeadersShowLabels();
};

void TestLabels::everyValueHasItsOwnName_data()
{
    QTest::addColumn<Names>("names");
    QTest::newRow("severity") << severityNames(&Labels::severity);
    QTest::newRow("severity ladder") << severityNames(&Labels::severityLevel);
    QTest::newRow("severity tag") << severityNames(&Labels::severityTag);
    QTest::newRow("severity description") << severityNames(&Labels::severityDescription);
    QTest::newRow("session status") << namesOf(Labels::sessionStatuses(), &Labels::sessionStatus);
    QTest::newRow("card kind") << namesOf(Labels::cardKinds(), &Labels::cardKind);
    QTest::newRow("event kind") << namesOf(Labels::eventKinds(), &Labels::eventKind);
    QTest::newRow("action category") << namesOf(Labels::actionCategories(), &Labels::actionCategory);
    QTest::newRow("action horizon") << namesOf(Labels::actionHorizons(), &Labels::actionHorizon);
    QTest::newRow("action status") << namesOf(Labels::actionStatuses(), &Labels::actionStatus);
    QTest::newRow("participant role") << namesOf(allParticipantRoles(), &Labels::participantRole);
    QTest::newRow("read-back verdict") << namesOf(Labels::readBackVerdicts(), &Labels::readBackVerdict);
}

void TestLabels::everyValueHasItsOwnName()
{
    QFETCH(Names, names);
    QSet<QString> seen;
    for (const auto &[key, name] : names) {
        QVERIFY2(!name.trimmed().isEmpty(), qPrintable(QStringLiteral("no name for \"%1\"").arg(key)));
        QVERIFY2(!seen.contains(name), qPrintable(QStringLiteral("\"%1\" names two values").arg(name)));
        seen.insert(name);
    }
}

// The value lists are what choices and tests iterate: each must hold every value once. The
// stable keys are the enums' complete inventory (a value without a key could not be saved).
void TestLabels::listsHoldEveryValue()
{
    QCOMPARE(Labels::sessionStatuses().size(), 3);
    QCOMPARE(Labels::cardKinds().size(), 2);
    QCOMPARE(Labels::eventKinds().size(), 6);
    QCOMPARE(Labels::actionCategories().size(), 4);
    QCOMPARE(Labels::actionHorizons().size(), 4);
    QCOMPARE(Labels::actionStatuses().size(), 3);
    QCOMPARE(Labels::readBackVerdicts().size(), 3);
    for (EventKind kind : Labels::eventKinds())
        QCOMPARE(eventKindFromKey(keyOf(kind)), kind);
    QVERIFY(!eventKindFromKey(QStringLiteral("outage")));
    QCOMPARE(Labels::actionCategories().first(), ActionCategory::None);
    QCOMPARE(Labels::actionHorizons().first(), ActionHorizon::None);
}

// The ladder's choice, a report's heading and the plain name all spell the level the same way.
void TestLabels::severityWordingsShareTheName()
{
    for (int level = Labels::worstSeverity; level <= Labels::mildestSeverity; ++level) {
        QVERIFY(Labels::severityLevel(level).contains(Labels::severity(level)));
        QVERIFY(Labels::severityTag(level).contains(Labels::severity(level)));
        QVERIFY(Labels::severityLevel(level).startsWith(QString::number(level)));
    }
    QCOMPARE(Labels::severityLevel(2), QStringLiteral("2 — Major"));
    QCOMPARE(Labels::severityTag(2), QStringLiteral("SEV 2 · Major"));
    QCOMPARE(Labels::severityLevel(0), QStringLiteral("Not rated"));
    QCOMPARE(Labels::severityTag(0), QStringLiteral("Severity not rated"));
    QCOMPARE(Labels::chainStep(CardKind::Problem, 0), Labels::cardKind(CardKind::Problem));
    QCOMPARE(Labels::chainStep(CardKind::Why, 2), QStringLiteral("Why 2"));
    QCOMPARE(Labels::chainStep(CardKind::Why, 0), QStringLiteral("Not linked"));
}

void TestLabels::rolesReadAsOnePhrase()
{
    QCOMPARE(Labels::participantRoles({}), QString());
    QCOMPARE(Labels::participantRoles(ParticipantRole::Debugged), QStringLiteral("Debugged"));
    QCOMPARE(Labels::participantRoles(ParticipantRole::Introduced | ParticipantRole::Identified),
             QStringLiteral("Introduced, identified"));
}

void TestLabels::timelineKindColumnShowsLabels()
{
    Test::WatchedDocumentModel<TimelineModel> watched;
    const Session &session = watched.document.session();
    QVERIFY(!session.timeline.isEmpty());
    for (int row = 0; row < session.timeline.size(); ++row) {
        QCOMPARE(watched.model.index(row, TimelineModel::KindColumn).data().toString(),
                 Labels::eventKind(session.timeline.at(row).kind));
    }
}

void TestLabels::actionColumnsShowLabels()
{
    Test::WatchedDocumentModel<ActionItemsModel> watched;
    const Session &session = watched.document.session();
    QVERIFY(!session.actions.isEmpty());
    for (int row = 0; row < session.actions.size(); ++row) {
        const ActionItem &action = session.actions.at(row);
        const auto cell = [&](int column) { return watched.model.index(row, column).data().toString(); };
        QCOMPARE(cell(ActionItemsModel::StatusColumn), Labels::actionStatus(action.status));
        // A category or horizon not chosen yet shows the dash every table uses.
        QCOMPARE(cell(ActionItemsModel::CategoryColumn), action.category == ActionCategory::None
                                                             ? Labels::notSet()
                                                             : Labels::actionCategory(action.category));
        QCOMPARE(cell(ActionItemsModel::HorizonColumn), action.horizon == ActionHorizon::None
                                                            ? Labels::notSet()
                                                            : Labels::actionHorizon(action.horizon));
    }
}

void TestLabels::participantHeadersShowLabels()
{
    Test::WatchedDocumentModel<ParticipantsModel> watched;
    for (int column = ParticipantsModel::FirstRoleColumn; column < watched.model.columnCount(); ++column) {
        QCOMPARE(watched.model.headerData(column, Qt::Horizontal).toString(),
                 Labels::participantRole(ParticipantsModel::roleOfColumn(column)));
    }
}

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
