// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/incidentmetrics.h"
#include "data/localeformat.h"

#include <QTest>

using namespace Whyboard;

// Dates, times, money and numbers read the way the user's language writes them.
class TestLocaleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void followsTheLocale_data();
    void followsTheLocale();
    void theDefaultLocaleIsUsed();
    void plainLocaleIsIso();
};

void TestLocaleFormat::followsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("longDate");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("money");
    QTest::addColumn<QString>("smallMoney");
    QTest::addColumn<QString>("number");
    const QString nbsp(QChar::Nbsp);
    const QString narrow(QChar(0x202F));
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << "Donnerstag, 6. April 2017" << "06.04.17 18:42"
                            << "9.750" + nbsp + "USD" << "12,50" + nbsp + "EUR" << "12.345";
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << "jeudi 6 avril 2017" << "06/04/2017 18:42"
                            << "9" + narrow + "750" + nbsp + "USD" << "12,50" + nbsp + "EUR" << "12" + narrow + "345";
    QTest::newRow("American") << QLocale(QLocale::English, QLocale::UnitedStates) << "Thursday, April 6, 2017"
                              << "4/6/17 6:42" + QString(QChar(0x202F)) + "PM" << "USD" + nbsp + "9,750" << "EUR" + nbsp + "12.50"
                              << "12,345";
}

void TestLocaleFormat::followsTheLocale()
{
    QFETCH(QLocale, locale);
    const QDateTime at(QDate(2017, 4, 6), QTime(18, 42), Qt::OffsetFromUTC, -7 * 3600);
    QTEST(LocaleFormat::longDate(at.date(), locale), "longDate");
    // Some locales join the time and "PM" with a narrow no-break space: compare spaces as spaces.
    const auto spaced = [](QString text) { return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar::Nbsp, QLatin1Char(' ')); };
    QFETCH(QString, dateTime);
    QCOMPARE(spaced(LocaleFormat::dateTime(at, locale)), spaced(dateTime));
    QTEST(LocaleFormat::money(9750, QStringLiteral("USD"), locale), "money");
    QTEST(LocaleFormat::money(12.5, QStringLiteral("EUR"), locale), "smallMoney");
    QTEST(LocaleFormat::number(12345, locale), "number");
    QTEST(IncidentMetrics::formatCost(9750, QStringLiteral("USD"), locale), "money");
}

void TestLocaleFormat::theDefaultLocaleIsUsed()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(LocaleFormat::longDate(QDate(2017, 4, 6)), QStringLiteral("Donnerstag, 6. April 2017"));
    QCOMPARE(LocaleFormat::money(9750, QStringLiteral("USD")), QStringLiteral("9.750") + QChar::Nbsp + QStringLiteral("USD"));
}

void TestLocaleFormat::plainLocaleIsIso()
{
    const QDateTime at(QDate(2017, 4, 6), QTime(18, 42), Qt::OffsetFromUTC, -7 * 3600);
    QCOMPARE(LocaleFormat::dateTime(at, QLocale::c()), QStringLiteral("2017-04-06 18:42"));
    QCOMPARE(LocaleFormat::money(9750, QStringLiteral("USD"), QLocale::c()), QStringLiteral("USD") + QChar::Nbsp + QLocale::c().toString(9750.0, 'f', 0));
}

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
