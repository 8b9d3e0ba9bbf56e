// SPDX-License-Identifier: GPL-3.0-or-later
// The times of an import keep their offsets: an instant shown in a zone takes that zone's
// offset on its own day (daylight saving), an offset written in the file stays as written.
#include "timelineimport/importtime.h"

#include <QTest>

using namespace Whyboard;

class TestImportTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instantTakesTheOffsetOfItsOwnDay()
    {
        const QTimeZone berlin("Europe/Berlin");
        // 2017-03-26 01:59 CET is 00:59 UTC; a minute later clocks jump to 03:00 CEST.
        const qint64 beforeChange = QDateTime(QDate(2017, 3, 26), QTime(0, 59), Qt::UTC).toMSecsSinceEpoch();
        const QDateTime before = ImportTime::instantInZone(beforeChange, berlin);
        const QDateTime after = ImportTime::instantInZone(beforeChange + 60 * 1000, berlin);
        QCOMPARE(before.offsetFromUtc(), 3600);
        QCOMPARE(before.time(), QTime(1, 59));
        QCOMPARE(after.offsetFromUtc(), 7200);
        QCOMPARE(after.time(), QTime(3, 0));
        QCOMPARE(after.timeSpec(), Qt::OffsetFromUTC);
        QCOMPARE(before.secsTo(after), 60);
    }

    void wallClockIsReadInTheZoneOfThatDay()
    {
        const QTimeZone newYork("America/New_York");
        const QDateTime winter = ImportTime::wallClockInZone(QDate(2017, 3, 11), QTime(23, 0), newYork);
        const QDateTime summer = ImportTime::wallClockInZone(QDate(2017, 3, 12), QTime(4, 0), newYork);
        QCOMPARE(winter.offsetFromUtc(), -5 * 3600);
        QCOMPARE(summer.offsetFromUtc(), -4 * 3600);
        QCOMPARE(winter.secsTo(summer), 4 * 3600); // five wall-clock hours, four real ones
    }

    void isoKeepsAWrittenOffsetAndShowsUtcInTheZone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<int>("offset");
        const QDateTime instant(QDate(2017, 4, 7), QTime(1, 42, 10), Qt::UTC);
        QTest::newRow("offset kept") << "2017-04-06T18:42:10-07:00" << instant << -7 * 3600;
        QTest::newRow("offset without colon") << "2017-04-06 18:42:10-0700" << instant << -7 * 3600;
        QTest::newRow("Z in the zone") << "2017-04-07T01:42:10Z" << instant << 2 * 3600;
        QTest::newRow("fraction") << "2017-04-07T01:42:10.000Z" << instant << 2 * 3600;
        QTest::newRow("no offset: wall clock") << "2017-04-07 03:42:10" << instant << 2 * 3600;
    }

    void isoKeepsAWrittenOffsetAndShowsUtcInTheZone()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QFETCH(int, offset);
        const QDateTime at = ImportTime::parseIso(text, QTimeZone("Europe/Berlin"));
        QVERIFY2(at.isValid(), qPrintable(text));
        QCOMPARE(at.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(at.offsetFromUtc(), offset);
    }

    void isoRefusesWhatIsNotATime()
    {
        const QTimeZone utc = QTimeZone::utc();
        for (const char *text : {"", "yesterday", "2017-02-30T10:00:00Z", "2017-04-06T25:00", "2017-04-06T10:00+15:00"})
            QVERIFY2(!ImportTime::parseIso(QString::fromLatin1(text), utc).isValid(), text);
    }

    void slackTimestampsKeepMilliseconds()
    {
        QCOMPARE(ImportTime::epochSecondsText(QStringLiteral("1491504120.000200")), Q_INT64_C(1491504120000));
        QCOMPARE(ImportTime::epochSecondsText(QStringLiteral("1491504120.5")), Q_INT64_C(1491504120500));
        QCOMPARE(ImportTime::epochSecondsText(QStringLiteral("1491504120")), Q_INT64_C(1491504120000));
        QCOMPARE(ImportTime::epochSecondsText(QStringLiteral("12ab")), Q_INT64_C(-1));
    }
};

QTEST_GUILESS_MAIN(TestImportTime)
#include "tst_importtime.moc"
