// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/csvtimeparser.h"

#include <QTest>

using namespace Whyboard;

namespace {

const QTimeZone berlin("Europe/Berlin");
const QTimeZone newYork("America/New_York");

QDateTime fixed(int y, int mo, int d, int h, int mi, int s, int offsetHours)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, offsetHours * 3600);
}

// Same instant and same offset: what the timeline shows.
bool same(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() && b.isValid() && a == b && a.offsetFromUtc() == b.offsetFromUtc();
}

} // namespace

// CsvTimeParser: a column's times in whatever way the exporting tool wrote them.
class TestCsvTimeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEachCommonFormat_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("format");
        QTest::addColumn<QDateTime>("expected");
        using F = CsvTimeParser::Format;
        // Berlin is at +02:00 on 6 April 2017.
        QTest::newRow("ISO with offset") << "2017-04-06T18:42:10-07:00" << int(F::Iso) << fixed(2017, 4, 6, 18, 42, 10, -7);
        QTest::newRow("ISO Z, shown in the zone") << "2017-04-06T16:42:10Z" << int(F::Iso) << fixed(2017, 4, 6, 18, 42, 10, 2);
        QTest::newRow("ISO fraction, no offset")
            << "2017-04-06T18:42:10.250" << int(F::Iso)
            << QDateTime(QDate(2017, 4, 6), QTime(18, 42, 10, 250), Qt::OffsetFromUTC, 7200);
        QTest::newRow("space, minutes") << "2017-04-06 18:42" << int(F::Iso) << fixed(2017, 4, 6, 18, 42, 0, 2);
        QTest::newRow("space, seconds") << "2017-04-06 18:42:10" << int(F::Iso) << fixed(2017, 4, 6, 18, 42, 10, 2);
        QTest::newRow("day first") << "16/04/2017 18:42" << int(F::SlashDayFirst) << fixed(2017, 4, 16, 18, 42, 0, 2);
        QTest::newRow("month first, PM") << "04/16/2017 6:42 PM" << int(F::SlashMonthFirst) << fixed(2017, 4, 16, 18, 42, 0, 2);
        QTest::newRow("German") << "06.04.2017 18:42" << int(F::Dotted) << fixed(2017, 4, 6, 18, 42, 0, 2);
        QTest::newRow("German with seconds") << "6.4.2017 18:42:10" << int(F::Dotted) << fixed(2017, 4, 6, 18, 42, 10, 2);
        QTest::newRow("day month name") << "6 Apr 2017 18:42" << int(F::DayMonthName) << fixed(2017, 4, 6, 18, 42, 0, 2);
        QTest::newRow("German month name") << "6. April 2017 18:42" << int(F::DayMonthName) << fixed(2017, 4, 6, 18, 42, 0, 2);
        QTest::newRow("French month name") << "6 avr. 2017 18:42" << int(F::DayMonthName) << fixed(2017, 4, 6, 18, 42, 0, 2);
        QTest::newRow("month name day, PM")
            << "Apr 6, 2017 6:42:10 PM" << int(F::MonthNameDay) << fixed(2017, 4, 6, 18, 42, 10, 2);
        QTest::newRow("12 AM is midnight") << "Apr 6, 2017 12:05 AM" << int(F::MonthNameDay) << fixed(2017, 4, 6, 0, 5, 0, 2);
        QTest::newRow("RFC 2822") << "Thu, 06 Apr 2017 18:42:10 -0700" << int(F::DayMonthName)
                                  << fixed(2017, 4, 6, 18, 42, 10, -7);
        QTest::newRow("RFC 2822 GMT") << "Thu, 06 Apr 2017 16:42:10 GMT" << int(F::DayMonthName)
                                      << fixed(2017, 4, 6, 18, 42, 10, 2);
        QTest::newRow("epoch seconds") << "1491496930" << int(F::EpochSeconds) << fixed(2017, 4, 6, 18, 42, 10, 2);
        QTest::newRow("epoch milliseconds") << "1491496930000" << int(F::EpochMilliseconds)
                                            << fixed(2017, 4, 6, 18, 42, 10, 2);
    }

    void readsEachCommonFormat()
    {
        QFETCH(QString, value);
        QFETCH(int, format);
        QFETCH(QDateTime, expected);
        const CsvTimeParser parser = CsvTimeParser::recognise({value}, QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(int(parser.format()), format);
        const QDateTime at = parser.parse(value, berlin);
        QVERIFY2(same(at, expected), qPrintable(at.toString(Qt::ISODateWithMs) + " != " + expected.toString(Qt::ISODateWithMs)));
    }

    void aFirstPartAbove12DecidesTheWholeColumn()
    {
        // 05/04 alone could be either; 13/04 further down says day first.
        const CsvTimeParser parser = CsvTimeParser::recognise({"05/04/2017 18:42", "13/04/2017 09:00"},
                                                              QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(parser.format(), CsvTimeParser::Format::SlashDayFirst);
        QVERIFY(!parser.ambiguous());
        QVERIFY(parser.note().isEmpty());
        QCOMPARE(parser.parse("05/04/2017 18:42", berlin).date(), QDate(2017, 4, 5));

        const CsvTimeParser american = CsvTimeParser::recognise({"04/05/2017 6:42 PM", "04/13/2017 9:00 AM"},
                                                                QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(american.format(), CsvTimeParser::Format::SlashMonthFirst);
        QCOMPARE(american.parse("04/05/2017 6:42 PM", newYork).date(), QDate(2017, 4, 5));
    }

    void anAmbiguousColumnFollowsTheLocaleAndSaysSo()
    {
        const QStringList values{"05/04/2017 18:42", "06/04/2017 09:00"};
        const CsvTimeParser british = CsvTimeParser::recognise(values, QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(british.format(), CsvTimeParser::Format::SlashDayFirst);
        QVERIFY(british.ambiguous());
        QVERIFY2(british.note().contains("05/04/2017 18:42") && british.note().contains("day first"),
                 qPrintable(british.note()));
        QCOMPARE(british.parse(values.first(), berlin).date(), QDate(2017, 4, 5));

        CsvTimeParser american = CsvTimeParser::recognise(values, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(american.format(), CsvTimeParser::Format::SlashMonthFirst);
        QVERIFY(american.note().contains("month first"));
        QCOMPARE(american.parse(values.first(), berlin).date(), QDate(2017, 5, 4));

        // A value later in the file settles it.
        american.setDayFirst(true);
        QVERIFY(!american.ambiguous());
        QVERIFY(american.note().isEmpty());
        QCOMPARE(american.parse(values.first(), berlin).date(), QDate(2017, 4, 5));
        QCOMPARE(CsvTimeParser::slashDayFirst("13/04/2017 09:00"), std::optional<bool>(true));
        QCOMPARE(CsvTimeParser::slashDayFirst("04/13/2017 09:00"), std::optional<bool>(false));
        QCOMPARE(CsvTimeParser::slashDayFirst("04/05/2017 09:00"), std::nullopt);
    }

    void theFormatOfMostValuesWins()
    {
        const CsvTimeParser parser =
            CsvTimeParser::recognise({"2017-04-06 18:42", "", "soon", "2017-04-06 18:50", "06.04.2017 19:00"});
        QCOMPARE(parser.format(), CsvTimeParser::Format::Iso);
        // An unmistakable value in another format is still read; a word is not.
        QCOMPARE(parser.parse("06.04.2017 19:00", berlin), fixed(2017, 4, 6, 19, 0, 0, 2));
        QVERIFY(!parser.parse("soon", berlin).isValid());
        QVERIFY(!parser.parse("", berlin).isValid());
        QVERIFY(!CsvTimeParser::recognise({"alpha", "beta"}).isValid());
    }

    void impossibleValuesAreNotTimes()
    {
        const CsvTimeParser slashed(CsvTimeParser::Format::SlashDayFirst);
        QVERIFY(!slashed.parse("31/02/2017 18:42", berlin).isValid());
        QVERIFY(!slashed.parse("06/04/2017 25:42", berlin).isValid());
        QVERIFY(!CsvTimeParser(CsvTimeParser::Format::MonthNameDay).parse("Apr 6, 2017 13:42 PM", berlin).isValid());
        QVERIFY(!CsvTimeParser(CsvTimeParser::Format::DayMonthName).parse("6 Foo 2017 18:42", berlin).isValid());
        QVERIFY(!CsvTimeParser::looksLikeTime("1,5"));
        QVERIFY(!CsvTimeParser::looksLikeTime("12345"));
        QVERIFY(CsvTimeParser::looksLikeTime(" 2017-04-06 18:42 "));
    }

    void wallClockTimesTakeTheZonesOffsetOnTheirDay()
    {
        // Europe/Berlin moved from +01:00 to +02:00 at 02:00 on 26 March 2017.
        const CsvTimeParser german(CsvTimeParser::Format::Dotted);
        QCOMPARE(german.parse("26.03.2017 01:59", berlin).offsetFromUtc(), 3600);
        QCOMPARE(german.parse("26.03.2017 03:00", berlin).offsetFromUtc(), 7200);
        QCOMPARE(german.parse("26.03.2017 01:59", berlin).secsTo(german.parse("26.03.2017 03:00", berlin)), 60);
        // America/New_York moved from -05:00 to -04:00 at 02:00 on 12 March 2017.
        const CsvTimeParser american(CsvTimeParser::Format::SlashMonthFirst);
        QCOMPARE(american.parse("03/12/2017 1:59 AM", newYork).offsetFromUtc(), -5 * 3600);
        QCOMPARE(american.parse("03/12/2017 3:00 AM", newYork).offsetFromUtc(), -4 * 3600);
        // Epoch times: the zone's offset at that instant.
        const CsvTimeParser epoch(CsvTimeParser::Format::EpochSeconds);
        QCOMPARE(epoch.parse("1490489940", berlin), fixed(2017, 3, 26, 1, 59, 0, 1));
        QCOMPARE(epoch.parse("1490490000", berlin), fixed(2017, 3, 26, 3, 0, 0, 2));
    }

    void writtenOffsetsAreKept()
    {
        const CsvTimeParser parser(CsvTimeParser::Format::SlashDayFirst);
        QCOMPARE(parser.parse("06/04/2017 18:42 +0530", berlin).offsetFromUtc(), 5 * 3600 + 1800);
        QCOMPARE(parser.parse("06/04/2017 18:42 UTC-03:00", berlin).offsetFromUtc(), -3 * 3600);
        QCOMPARE(CsvTimeParser(CsvTimeParser::Format::Iso).parse("2017-04-06T18:42:10+09:00", newYork).offsetFromUtc(),
                 9 * 3600);
    }
};

QTEST_GUILESS_MAIN(TestCsvTimeParser)
#include "tst_csvtimeparser.moc"
