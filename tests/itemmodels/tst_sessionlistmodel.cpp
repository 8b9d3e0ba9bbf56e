// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/labels.h"
#include "itemmodels/sessionfiltermodel.h"
#include "itemmodels/sessionlistmodel.h"
#include "samplesessions.h"
#include "storage/library.h"
#include "watchedmodel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {
Session incident(const QString &title, int severity, SessionStatus status, const QDateTime &started,
                 const QString &cardText = {})
{
    Session session;
    session.title = title;
    session.severity = severity;
    session.status = status;
    session.startedAt = started;
    if (started.isValid()) {
        session.detectedAt = started.addSecs(12 * 60);
        session.resolvedAt = started.addSecs(65 * 60);
    }
    Card problem;
    problem.id = QStringLiteral("c1");
    problem.kind = CardKind::Problem;
    problem.text = cardText.isEmpty() ? title : cardText;
    session.cards << problem;
    return session;
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, SessionListModel::TitleColumn).data().toString();
    return result;
}
} // namespace

class TestSessionListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsAndFollowsLibrary();
    void staysCleanUnderTester();
    void statusColumnShowsLabels();
    void filters_data();
    void filters();
    void sortsBySeverity();
    void figuresOnEdgeCases_data();
    void figuresOnEdgeCases();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestSessionListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = Library::open(m_dir->filePath(QStringLiteral("list.whyboard")), Library::OpenMode::CreateIfMissing);
    QVERIFY(m_library);
    const QDateTime april(QDate(2026, 4, 6), QTime(18, 42), Qt::OffsetFromUTC, -7 * 3600);
    QVERIFY(m_library->insertSession(incident(QStringLiteral("Checkout down"), 1, SessionStatus::Published, april)));
    QVERIFY(m_library->insertSession(incident(QStringLiteral("Slow search"), 3, SessionStatus::Draft, april.addMonths(1),
                                              QStringLiteral("The index rebuild starved the database"))));
    QVERIFY(m_library->insertSession(incident(QStringLiteral("Hello FName e-mail"), 3, SessionStatus::Reviewed, april.addMonths(2))));
    QVERIFY(m_library->insertSession(incident(QStringLiteral("Undated"), 0, SessionStatus::Draft, QDateTime())));
}

void TestSessionListModel::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestSessionListModel::listsAndFollowsLibrary()
{
    SessionListModel model;
    const auto tester = Test::watch(&model);
    model.setLibrary(m_library.get());
    QCOMPARE(model.rowCount(), 4);
    const SessionId added = m_library->insertSession(incident(QStringLiteral("DNS"), 2, SessionStatus::Draft, QDateTime()));
    QVERIFY(added);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.rowOfSession(added) >= 0);
    // An edit of an open session shows at once, without a reload.
    Session renamed = *m_library->loadSession(added);
    renamed.title = QStringLiteral("DNS resolver outage");
    renamed.severity = 1;
    model.updateSession(renamed);
    QCOMPARE(model.index(model.rowOfSession(added), SessionListModel::TitleColumn).data().toString(), renamed.title);
    QCOMPARE(model.index(model.rowOfSession(added), SessionListModel::SeverityColumn).data().toString(), QStringLiteral("1"));
    QVERIFY(m_library->trashSession(added));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfSession(added), -1);
}

// Every way the list changes (another library, none, a reload, an edit, a deletion) keeps the
// model and the sorted, filtered proxy of the sessions panel clean under the model tester.
void TestSessionListModel::staysCleanUnderTester()
{
    SessionListModel model;
    SessionFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(SessionListModel::DateColumn);
    const auto tester = Test::watch(&model);
    const auto filterTester = Test::watch(&filter);
    model.setLibrary(m_library.get());
    filter.setStatus(SessionStatus::Draft);
    QCOMPARE(filter.rowCount(), 2);

    QTemporaryDir otherDir;
    auto other = Library::open(otherDir.filePath(QStringLiteral("other.whyboard")), Library::OpenMode::CreateIfMissing);
    QVERIFY(other);
    model.setLibrary(other.get());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(other->insertSession(incident(QStringLiteral("Queue stuck"), 2, SessionStatus::Draft, QDateTime())));
    QCOMPARE(filter.rowCount(), 1);
    model.setLibrary(nullptr);
    QCOMPARE(model.rowCount(), 0);

    model.setLibrary(m_library.get());
    model.reload();
    QCOMPARE(model.rowCount(), 4);
    const SessionId first = model.sessionId(0);
    Session edited = *m_library->loadSession(first);
    edited.status = SessionStatus::Published;
    model.updateSession(edited);
    QCOMPARE(model.index(model.rowOfSession(first), SessionListModel::StatusColumn).data().toString(),
             Labels::sessionStatus(SessionStatus::Published));
    QVERIFY(m_library->trashSession(first));
    QCOMPARE(model.rowCount(), 3);
    filter.setStatus(std::nullopt);
    QCOMPARE(filter.rowCount(), 3);
}

void TestSessionListModel::statusColumnShowsLabels()
{
    SessionListModel model;
    model.setLibrary(m_library.get());
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto status = SessionStatus(model.index(row, 0).data(SessionListModel::StatusRole).toInt());
        QCOMPARE(model.index(row, SessionListModel::StatusColumn).data().toString(), Labels::sessionStatus(status));
    }
}

void TestSessionListModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("status");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything") << QString() << 0 << -1 << QDate() << QDate()
                                << QStringList{"Checkout down", "Hello FName e-mail", "Slow search", "Undated"};
    QTest::newRow("search title") << "checkout" << 0 << -1 << QDate() << QDate() << QStringList{"Checkout down"};
    QTest::newRow("search card text") << "starved" << 0 << -1 << QDate() << QDate() << QStringList{"Slow search"};
    QTest::newRow("search nothing") << "kubernetes" << 0 << -1 << QDate() << QDate() << QStringList{};
    QTest::newRow("severity 3") << QString() << 3 << -1 << QDate() << QDate() << QStringList{"Hello FName e-mail", "Slow search"};
    QTest::newRow("reviewed") << QString() << 0 << int(SessionStatus::Reviewed) << QDate() << QDate()
                              << QStringList{"Hello FName e-mail"};
    QTest::newRow("from May") << QString() << 0 << -1 << QDate(2026, 5, 1) << QDate()
                              << QStringList{"Hello FName e-mail", "Slow search"};
    QTest::newRow("May only") << QString() << 0 << -1 << QDate(2026, 5, 1) << QDate(2026, 5, 31) << QStringList{"Slow search"};
    QTest::newRow("severity and search") << "search" << 1 << -1 << QDate() << QDate() << QStringList{};
}

void TestSessionListModel::filters()
{
    QFETCH(QString, search);
    QFETCH(int, severity);
    QFETCH(int, status);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);
    SessionListModel model;
    model.setLibrary(m_library.get());
    SessionFilterModel filter;
    filter.setSourceModel(&model);
    const auto tester = Test::watch(&model);
    const auto filterTester = Test::watch(&filter);
    filter.setSearchText(search);
    filter.setSeverity(severity);
    filter.setStatus(status < 0 ? std::nullopt : std::optional<SessionStatus>(SessionStatus(status)));
    filter.setDateRange(from, to);
    filter.sort(SessionListModel::TitleColumn);
    QCOMPARE(titles(filter), expected);
}

void TestSessionListModel::sortsBySeverity()
{
    SessionListModel model;
    const auto tester = Test::watch(&model);
    model.setLibrary(m_library.get());
    SessionFilterModel filter;
    filter.setSourceModel(&model);
    const auto filterTester = Test::watch(&filter);
    filter.sort(SessionListModel::SeverityColumn);
    // Worst first; an unrated session sorts last rather than before severity 1.
    QCOMPARE(titles(filter).first(), QStringLiteral("Checkout down"));
    QCOMPARE(titles(filter).last(), QStringLiteral("Undated"));
}

void TestSessionListModel::figuresOnEdgeCases_data()
{
    QTest::addColumn<QDateTime>("started");
    QTest::addColumn<QDateTime>("detected");
    QTest::addColumn<QDateTime>("resolved");
    QTest::addColumn<bool>("detectKnown");
    QTest::addColumn<bool>("resolveKnown");
    const QDateTime start(QDate(2026, 4, 6), QTime(18, 0), Qt::OffsetFromUTC, 3600);
    QTest::newRow("all known") << start << start.addSecs(600) << start.addSecs(3600) << true << true;
    QTest::newRow("no start") << QDateTime() << start << start << false << false;
    QTest::newRow("resolved before started") << start << start.addSecs(60) << start.addSecs(-60) << true << false;
    QTest::newRow("detected before started") << start << start.addSecs(-60) << start.addSecs(60) << false << true;
    // The same instant written in another offset is still zero minutes later.
    QTest::newRow("other offset") << start << start.toOffsetFromUtc(-7 * 3600) << QDateTime() << true << false;
}

void TestSessionListModel::figuresOnEdgeCases()
{
    QFETCH(QDateTime, started);
    QFETCH(QDateTime, detected);
    QFETCH(QDateTime, resolved);
    QFETCH(bool, detectKnown);
    QFETCH(bool, resolveKnown);
    SessionSummary summary;
    summary.startedAt = started;
    summary.detectedAt = detected;
    summary.resolvedAt = resolved;
    QCOMPARE(SessionListModel::timeToDetect(summary).has_value(), detectKnown);
    QCOMPARE(SessionListModel::timeToResolve(summary).has_value(), resolveKnown);
    if (detectKnown)
        QVERIFY(*SessionListModel::timeToDetect(summary) >= 0);
    QCOMPARE(SessionListModel::formatDuration(SessionListModel::timeToResolve(summary)) == QStringLiteral("unknown"),
             !resolveKnown);
}

QTEST_GUILESS_MAIN(TestSessionListModel)
#include "tst_sessionlistmodel.moc"
