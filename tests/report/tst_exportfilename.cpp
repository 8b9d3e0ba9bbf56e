// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesessions.h"

#include "report/exportfilename.h"

#include <QTest>

using namespace Whyboard;

// The names offered for exports: the incident's date and title, safe on every file system.
class TestExportFileName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slug_data();
    void slug();
    void fileName_data();
    void fileName();
};

void TestExportFileName::slug_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << QStringLiteral("That time the LinkedIn app was deleted")
                           << QStringLiteral("that-time-the-linkedin-app-was-deleted");
    QTest::newRow("punctuation") << QStringLiteral("DNS: down (again)!") << QStringLiteral("dns-down-again");
    QTest::newRow("accents") << QStringLiteral("Déploiement raté à Zürich") << QStringLiteral("deploiement-rate-a-zurich");
    QTest::newRow("slashes") << QStringLiteral("a/b\\c:d") << QStringLiteral("a-b-c-d");
    QTest::newRow("cjk kept") << QStringLiteral("数据库 down") << QStringLiteral("数据库-down");
    QTest::newRow("only symbols") << QStringLiteral("!!! ???") << QString();
    QTest::newRow("long") << QString(200, QLatin1Char('x')) << QString(80, QLatin1Char('x'));
}

void TestExportFileName::slug()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    QCOMPARE(ExportFileName::slug(title), expected);
}

void TestExportFileName::fileName_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDateTime>("startedAt");
    QTest::addColumn<QString>("expected");
    const QDateTime evening(QDate(2017, 4, 6), QTime(18, 30), Qt::OffsetFromUTC, -7 * 3600);
    QTest::newRow("example") << QStringLiteral("That time the LinkedIn app was deleted") << evening
                             << QStringLiteral("2017-04-06-that-time-the-linkedin-app-was-deleted.pdf");
    // The incident's own date, not the UTC one (01:30 UTC on the 7th).
    QTest::newRow("local date") << QStringLiteral("Late") << evening.addSecs(3600 * 5)
                                << QStringLiteral("2017-04-06-late.pdf");
    QTest::newRow("no title") << QString() << evening << QStringLiteral("2017-04-06-postmortem.pdf");
}

void TestExportFileName::fileName()
{
    QFETCH(QString, title);
    QFETCH(QDateTime, startedAt);
    QFETCH(QString, expected);
    Session session;
    session.title = title;
    session.startedAt = startedAt;
    QCOMPARE(ExportFileName::fileName(session, QStringLiteral("pdf")), expected);
}

QTEST_MAIN(TestExportFileName)
#include "tst_exportfilename.moc"
