// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/timeinput.h"

#include <QTest>

using namespace Whyboard;

namespace {
const int pacific = -7 * 3600;

TimeInput::Context context(const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates))
{
    TimeInput::Context c;
    c.locale = locale;
    c.date = QDate(2017, 4, 6);
    c.relativeTo = QDateTime(QDate(2017, 4, 6), QTime(18, 30), Qt::OffsetFromUTC, pacific);
    c.utcOffsetSeconds = pacific;
    c.now = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::OffsetFromUTC, pacific);
    return c;
}

QDateTime at(int y, int mo, int d, int h, int mi, int offset = pacific, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, offset);
}
} // namespace

class TestTimeInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatPeopleType_data();
    void readsWhatPeopleType();
    void bareTimePastMidnightMovesToTheNextDay();
    void unreadableTextSaysWhy();
    void emptyMeansUnknown();
    void readsDates_data();
    void readsDates();
    void editFormatFollowsTheLocale_data();
    void editFormatFollowsTheLocale();
};

void TestTimeInput::readsWhatPeopleType_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("offsetGiven");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale french(QLocale::French, QLocale::France);
    QTest::newRow("bare time: the day in context") << us << "14:05" << at(2017, 4, 6, 14, 5) << false;
    QTest::newRow("bare time with seconds") << us << "14:05:09" << at(2017, 4, 6, 14, 5, pacific, 9) << false;
    QTest::newRow("12-hour clock") << us << "6:42 pm" << at(2017, 4, 6, 18, 42) << false;
    QTest::newRow("step in minutes") << us << "+20m" << at(2017, 4, 6, 18, 50) << false;
    QTest::newRow("step in hours and minutes") << us << "+1h 30min" << at(2017, 4, 6, 20, 0) << false;
    QTest::newRow("step back") << us << "-5m" << at(2017, 4, 6, 18, 25) << false;
    QTest::newRow("ISO") << us << "2017-04-07 09:15" << at(2017, 4, 7, 9, 15) << false;
    QTest::newRow("ISO with T and offset") << us << "2017-04-06T18:42:10-07:00" << at(2017, 4, 6, 18, 42, pacific, 10) << true;
    QTest::newRow("ISO in UTC") << us << "2017-04-07T01:42Z" << at(2017, 4, 7, 1, 42, 0) << true;
    QTest::newRow("offset after the time") << us << "18:42 UTC+2" << at(2017, 4, 6, 18, 42, 7200) << true;
    QTest::newRow("American short") << us << "4/6/17 6:42 PM" << at(2017, 4, 6, 18, 42) << false;
    QTest::newRow("American long") << us << "Thursday, April 6, 2017 6:42 PM" << at(2017, 4, 6, 18, 42) << false;
    QTest::newRow("German short") << german << "06.04.17 18:42" << at(2017, 4, 6, 18, 42) << false;
    QTest::newRow("German edit form") << german << "07.04.2017 09:05" << at(2017, 4, 7, 9, 5) << false;
    QTest::newRow("German long") << german << "Donnerstag, 6. April 2017 18:42" << at(2017, 4, 6, 18, 42) << false;
    QTest::newRow("German with Uhr") << german << "6.4. 18:42 Uhr" << at(2017, 4, 6, 18, 42) << false;
    QTest::newRow("French short") << french << "07/04/2017 18:42" << at(2017, 4, 7, 18, 42) << false;
    QTest::newRow("French long") << french << "vendredi 7 avril 2017 18h42" << at(2017, 4, 7, 18, 42) << false;
    QTest::newRow("now") << us << "now" << at(2026, 12, 1, 10, 0) << false;
}

void TestTimeInput::readsWhatPeopleType()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QFETCH(bool, offsetGiven);
    const TimeInput::Result result = TimeInput::parseDateTime(text, context(locale));
    QVERIFY2(result.at.isValid(), qPrintable(result.error));
    QVERIFY2(result.at == expected && result.at.offsetFromUtc() == expected.offsetFromUtc(),
             qPrintable(result.at.toString(Qt::ISODate) + " != " + expected.toString(Qt::ISODate)));
    QCOMPARE(result.offsetGiven, offsetGiven);
}

void TestTimeInput::bareTimePastMidnightMovesToTheNextDay()
{
    TimeInput::Context c = context();
    c.notBefore = at(2017, 4, 6, 23, 40);
    QCOMPARE(TimeInput::parseDateTime("00:20", c).at, at(2017, 4, 7, 0, 20));
    QCOMPARE(TimeInput::parseDateTime("23:50", c).at, at(2017, 4, 6, 23, 50));
}

void TestTimeInput::unreadableTextSaysWhy()
{
    for (const char *text : {"soon", "25:99", "2017-13-45 10:00", "31.02. 10:00"}) {
        const TimeInput::Result result = TimeInput::parseDateTime(QString::fromUtf8(text), context());
        QVERIFY2(!result.isValid(), text);
        QVERIFY2(!result.error.isEmpty(), text);
    }
    TimeInput::Context noBase = context();
    noBase.relativeTo = QDateTime();
    const TimeInput::Result step = TimeInput::parseDateTime("+20m", noBase);
    QVERIFY(!step.isValid());
    QVERIFY(step.error.contains("+20m"));
}

void TestTimeInput::emptyMeansUnknown()
{
    const TimeInput::Result result = TimeInput::parseDateTime("   ", context());
    QVERIFY(result.empty);
    QVERIFY(result.isValid());
    QVERIFY(!result.at.isValid());
}

void TestTimeInput::readsDates_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("ISO") << us << "2017-05-01" << QDate(2017, 5, 1);
    QTest::newRow("tomorrow") << us << "tomorrow" << QDate(2017, 4, 7);
    QTest::newRow("in two weeks") << us << "+2w" << QDate(2017, 4, 20);
    QTest::newRow("American numbers") << us << "5/1/2017" << QDate(2017, 5, 1);
    QTest::newRow("German without year") << german << "1.5." << QDate(2017, 5, 1);
    QTest::newRow("German long") << german << "Montag, 1. Mai 2017" << QDate(2017, 5, 1);
    QTest::newRow("English long, any locale") << german << "May 1, 2017" << QDate(2017, 5, 1);
}

void TestTimeInput::readsDates()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QString error;
    QCOMPARE(TimeInput::parseDate(text, QDate(2017, 4, 6), locale, &error).value_or(QDate()), expected);
}

void TestTimeInput::editFormatFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("format");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << "dd.MM.yyyy HH:mm";
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << "dd/MM/yyyy HH:mm";
    QTest::newRow("American") << QLocale(QLocale::English, QLocale::UnitedStates) << "MM/dd/yyyy HH:mm";
}

void TestTimeInput::editFormatFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, format);
    QCOMPARE(TimeInput::editFormat(locale, true), format);
    // What the editor shows reads back as the same time.
    const QDateTime shown = at(2017, 4, 6, 18, 42);
    TimeInput::Context c = context(locale);
    QCOMPARE(TimeInput::parseDateTime(locale.toString(shown, format), c).at, shown);
}

QTEST_GUILESS_MAIN(TestTimeInput)
#include "tst_timeinput.moc"
