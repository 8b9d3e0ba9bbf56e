// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/incidentmetrics.h"

#include <QTest>

using namespace Whyboard;

namespace {

QDateTime at(int y, int mo, int d, int h, int mi, int offsetHours, int offsetMinutes = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::OffsetFromUTC, offsetHours * 3600 + offsetMinutes * 60);
}

constexpr qint64 unknown = -1;
constexpr qint64 minute = 60 * 1000;

} // namespace

class TestIncidentMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computesFigures_data();
    void computesFigures();
    void formatsDurations_data();
    void formatsDurations();
    void formatsCosts();
};

void TestIncidentMetrics::computesFigures_data()
{
    QTest::addColumn<QDateTime>("started");
    QTest::addColumn<QDateTime>("detected");
    QTest::addColumn<QDateTime>("resolved");
    QTest::addColumn<QVariant>("costPerMinute"); // invalid QVariant: not set
    QTest::addColumn<qint64>("timeToDetect");    // -1: unknown
    QTest::addColumn<qint64>("timeToResolve");
    QTest::addColumn<double>("cost");            // -1: unknown
    QTest::addColumn<QStringList>("problems");   // a fragment of each expected message

    const QDateTime start = at(2017, 4, 6, 18, 30, -7);
    const QDateTime detect = at(2017, 4, 6, 18, 33, -7);
    const QDateTime resolve = at(2017, 4, 6, 19, 9, -7);
    const QDateTime none;

    QTest::newRow("the example") << start << detect << resolve << QVariant(250.0) << 3 * minute << 39 * minute
                                 << 9750.0 << QStringList();
    QTest::newRow("nothing set") << none << none << none << QVariant() << unknown << unknown << -1.0
                                 << QStringList{"start time is not set", "detection time is not set",
                                                "resolution time is not set"};
    QTest::newRow("no start") << none << detect << resolve << QVariant(250.0) << unknown << unknown << -1.0
                              << QStringList{"start time is not set"};
    QTest::newRow("not detected yet") << start << none << resolve << QVariant(10.0) << unknown << 39 * minute
                                      << 390.0 << QStringList{"detection time is not set"};
    QTest::newRow("still ongoing") << start << detect << none << QVariant(10.0) << 3 * minute << unknown << -1.0
                                   << QStringList{"resolution time is not set"};
    QTest::newRow("resolved before started") << start << detect << at(2017, 4, 6, 18, 0, -7) << QVariant(10.0)
                                             << 3 * minute << unknown << -1.0
                                             << QStringList{"resolved before it started", "resolved before it was detected"};
    QTest::newRow("detected before started") << start << at(2017, 4, 6, 18, 0, -7) << resolve << QVariant(10.0)
                                             << unknown << 39 * minute << 390.0
                                             << QStringList{"detected before it started"};
    QTest::newRow("resolved before detected") << start << at(2017, 4, 6, 19, 30, -7) << resolve << QVariant(10.0)
                                              << 60 * minute << unknown << -1.0
                                              << QStringList{"resolved before it was detected"};
    QTest::newRow("all at once") << start << start << start << QVariant(10.0) << qint64(0) << qint64(0) << 0.0
                                 << QStringList();
    QTest::newRow("zero cost") << start << detect << resolve << QVariant(0.0) << 3 * minute << 39 * minute << 0.0
                               << QStringList();
    QTest::newRow("no cost per minute") << start << detect << resolve << QVariant() << 3 * minute << 39 * minute
                                        << -1.0 << QStringList();
    QTest::newRow("negative cost") << start << detect << resolve << QVariant(-5.0) << 3 * minute << 39 * minute
                                   << -1.0 << QStringList{"cost per minute is negative"};
    QTest::newRow("fractional minutes") << start << start << start.addSecs(90) << QVariant(100.0) << qint64(0)
                                        << qint64(90000) << 150.0 << QStringList();
    // 23:50 +05:45 is 18:05 UTC; 10:20 -08:00 is 18:20 UTC on the 31st; 04:05 +08:00 on the
    // 1st is 20:05 UTC on the 31st.
    QTest::newRow("offsets across days") << at(2023, 12, 31, 23, 50, 5, 45) << at(2023, 12, 31, 10, 20, -8)
                                         << at(2024, 1, 1, 4, 5, 8) << QVariant(1.5) << 15 * minute
                                         << 120 * minute << 180.0 << QStringList();
    QTest::newRow("several days") << at(2024, 2, 28, 22, 0, 0) << at(2024, 2, 29, 1, 0, 0)
                                  << at(2024, 3, 2, 2, 0, 1) << QVariant(2.0) << 180 * minute
                                  << (2 * 24 * 60 + 3 * 60) * minute << 2.0 * (2 * 24 * 60 + 3 * 60)
                                  << QStringList();
}

void TestIncidentMetrics::computesFigures()
{
    QFETCH(QDateTime, started);
    QFETCH(QDateTime, detected);
    QFETCH(QDateTime, resolved);
    QFETCH(QVariant, costPerMinute);
    QFETCH(qint64, timeToDetect);
    QFETCH(qint64, timeToResolve);
    QFETCH(double, cost);
    QFETCH(QStringList, problems);

    Session session;
    session.startedAt = started;
    session.detectedAt = detected;
    session.resolvedAt = resolved;
    if (costPerMinute.isValid())
        session.impact.costPerMinute = costPerMinute.toDouble();
    session.impact.currency = QStringLiteral("USD");

    const IncidentMetrics metrics = IncidentMetrics::compute(session);
    QCOMPARE(metrics.timeToDetect.value_or(unknown), timeToDetect);
    QCOMPARE(metrics.timeToResolve.value_or(unknown), timeToResolve);
    QCOMPARE(metrics.duration, metrics.timeToResolve);
    QCOMPARE(metrics.estimatedCost.value_or(-1.0), cost);
    QCOMPARE(metrics.currency, QStringLiteral("USD"));
    QCOMPARE(metrics.problems.size(), problems.size());
    for (const QString &fragment : problems) {
        QVERIFY2(std::any_of(metrics.problems.begin(), metrics.problems.end(),
                             [&](const QString &p) { return p.contains(fragment); }),
                 qPrintable(fragment + QStringLiteral(" not in: ") + metrics.problems.join(QLatin1Char('|'))));
    }
    // Missing times are not contradictions: only the others are.
    for (const QString &problem : metrics.problems)
        QCOMPARE(metrics.inconsistencies.contains(problem), !problem.contains(QStringLiteral("is not set")));
}

void TestIncidentMetrics::formatsDurations_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QString::fromUtf8("0\u00a0s");
    QTest::newRow("seconds") << qint64(59999) << QString::fromUtf8("59\u00a0s");
    QTest::newRow("one minute") << minute << QString::fromUtf8("1\u00a0min");
    QTest::newRow("three minutes") << 3 * minute << QString::fromUtf8("3\u00a0min");
    QTest::newRow("almost three") << 3 * minute - 1 << QString::fromUtf8("2\u00a0min");
    QTest::newRow("59 minutes") << 59 * minute << QString::fromUtf8("59\u00a0min");
    QTest::newRow("one hour") << 60 * minute << QString::fromUtf8("1\u00a0h\u00a000\u00a0min");
    QTest::newRow("hour and five") << 65 * minute << QString::fromUtf8("1\u00a0h\u00a005\u00a0min");
    QTest::newRow("almost a day") << 24 * 60 * minute - 1 << QString::fromUtf8("23\u00a0h\u00a059\u00a0min");
    QTest::newRow("one day") << 24 * 60 * minute << QString::fromUtf8("1\u00a0d\u00a00\u00a0h");
    QTest::newRow("two days four hours") << (52 * 60 + 30) * minute << QString::fromUtf8("2\u00a0d\u00a04\u00a0h");
    QTest::newRow("negative") << -3 * minute << QString::fromUtf8("−3\u00a0min");
}

// One figure each: no-break spaces, so no table cell or line splits "1 h 05 min".
void TestIncidentMetrics::formatsDurations()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(IncidentMetrics::formatDuration(ms), text);
}

void TestIncidentMetrics::formatsCosts()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString large = IncidentMetrics::formatCost(9750, QStringLiteral("USD"), english);
    QVERIFY2(large.contains(QStringLiteral("9,750")) && large.contains(QStringLiteral("USD")), qPrintable(large));
    QVERIFY2(!large.contains(QLatin1Char('.')), qPrintable(large));
    const QString small = IncidentMetrics::formatCost(12.5, QStringLiteral("USD"), english);
    QVERIFY2(small.contains(QStringLiteral("12.50")), qPrintable(small));
    QCOMPARE(IncidentMetrics::formatCost(9750, QString(), english), QStringLiteral("9,750"));
    const QString german = IncidentMetrics::formatCost(9750, QStringLiteral("EUR"), QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(german.contains(QStringLiteral("9.750")) && german.contains(QStringLiteral("EUR")), qPrintable(german));
}

QTEST_GUILESS_MAIN(TestIncidentMetrics)
#include "tst_incidentmetrics.moc"
