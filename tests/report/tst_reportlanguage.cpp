// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/localeformat.h"
#include "report/reportlanguage.h"
#include "report/reporttext.h"

#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace Whyboard;

namespace {

QString pageLine()
{
    return QCoreApplication::translate("ReportWriter", "Page %1 of %2");
}

// A window that says its words again when the language changes, as a retranslating one would.
class RetranslatingLabel : public QLabel
{
public:
    RetranslatingLabel() { setText(pageLine()); }
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            ++changes;
            setText(pageLine());
        }
        QLabel::changeEvent(event);
    }
};

} // namespace

// One export speaks the report's language; the window around it keeps its own.
class TestReportLanguage : public QObject
{
    Q_OBJECT

private:
    QTranslator m_interface; // a French interface

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(m_interface.load(QLocale(), QStringLiteral("whyboard"), QStringLiteral("_"), QStringLiteral(":/translations")));
        QVERIFY(QCoreApplication::installTranslator(&m_interface));
        QCOMPARE(pageLine(), QStringLiteral("Page %1 sur %2"));
    }

    void languagesAreTheCompiledTranslations()
    {
        QCOMPARE(ReportLanguage::available(), (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")}));
        QCOMPARE(ReportLanguage::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(ReportLanguage::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(ReportLanguage::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(ReportLanguage::interfaceLanguage(), QStringLiteral("fr"));
        QCOMPARE(ReportLanguage::check(QStringLiteral("de_CH")), QString());
        // In the interface's language (French here), naming the language asked for and the ones there are.
        QCOMPARE(ReportLanguage::check(QStringLiteral("xx")), QStringLiteral("aucune langue de rapport « xx » ; disponibles : de, en, fr"));
        QVERIFY(!ReportLanguage::check(QStringLiteral("it")).isEmpty()); // a real language without a translation
        QVERIFY(!ReportLanguage::check(QStringLiteral("C")).isEmpty());
    }

    void germanReportUnderAFrenchInterface()
    {
        RetranslatingLabel window;
        window.show();
        {
            const ReportLanguage language(QStringLiteral("de"));
            QVERIFY(language.isValid());
            QCOMPARE(pageLine(), QStringLiteral("Seite %1 von %2"));
            QCOMPARE(QLocale().language(), QLocale::German);
            QCOMPARE(LocaleFormat::longDate(QDate(2017, 4, 6)), QStringLiteral("Donnerstag, 6. April 2017"));
            QCOMPARE(ReportText::money(9750.0, QStringLiteral("USD")), QStringLiteral("9.750\u00a0USD"));
            QCOMPARE(ReportText::money(12.5, QStringLiteral("USD")), QStringLiteral("12,50\u00a0USD"));
            QCOMPARE(LocaleFormat::number(1234567), QStringLiteral("1.234.567"));
        }
        QCOMPARE(pageLine(), QStringLiteral("Page %1 sur %2"));
        QCOMPARE(QLocale(), QLocale(QLocale::French, QLocale::France));
        // The window got the language changes after the scope, with its own words back.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(window.changes > 0);
        QCOMPARE(window.text(), QStringLiteral("Page %1 sur %2"));
    }

    void englishReportTakesNoFrenchWord()
    {
        {
            const ReportLanguage language(QStringLiteral("en"));
            QVERIFY(language.isValid());
            QCOMPARE(pageLine(), QStringLiteral("Page %1 of %2"));
            QCOMPARE(QLocale().language(), QLocale::English);
            QCOMPARE(ReportText::money(9750.0, QStringLiteral("USD")), QStringLiteral("USD\u00a09,750"));
        }
        QCOMPARE(pageLine(), QStringLiteral("Page %1 sur %2"));
        QCOMPARE(QLocale(), QLocale(QLocale::French, QLocale::France));
    }

    void interfaceLanguageKeepsItsCountry()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Switzerland));
        {
            const ReportLanguage language(QStringLiteral("fr"));
            QCOMPARE(QLocale(), QLocale(QLocale::French, QLocale::Switzerland));
            QCOMPARE(pageLine(), QStringLiteral("Page %1 sur %2"));
        }
        {
            const ReportLanguage language(QStringLiteral("fr_FR"));
            QCOMPARE(QLocale(), QLocale(QLocale::French, QLocale::France));
        }
        QCOMPARE(QLocale(), QLocale(QLocale::French, QLocale::Switzerland));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    void unknownLanguageChangesNothing()
    {
        {
            const ReportLanguage language(QStringLiteral("xx"));
            QVERIFY(!language.isValid());
            QCOMPARE(language.error(), QStringLiteral("aucune langue de rapport « xx » ; disponibles : de, en, fr"));
            QCOMPARE(pageLine(), QStringLiteral("Page %1 sur %2"));
            QCOMPARE(QLocale(), QLocale(QLocale::French, QLocale::France));
        }
        QCOMPARE(pageLine(), QStringLiteral("Page %1 sur %2"));
    }

    // Figures are one word: no plain space a layout could break them at.
    void figuresHoldTogether()
    {
        {
            const ReportLanguage language(QStringLiteral("de"));
            const QString duration = ReportText::duration(qint64(17 * 3600 + 53 * 60) * 1000);
            QCOMPARE(duration, QStringLiteral("17\u00a0h\u00a053\u00a0min"));
            QVERIFY(!ReportText::money(270.0, QStringLiteral("USD")).contains(QLatin1Char(' ')));
            QVERIFY(ReportText::dateTime(QDateTime(QDate(2017, 4, 6), QTime(18, 30), Qt::OffsetFromUTC, -7 * 3600))
                        .endsWith(QStringLiteral("18:30\u00a0UTC−07:00")));
        }
        const ReportLanguage english(QStringLiteral("en"));
        QVERIFY(!LocaleFormat::time(QTime(18, 42)).contains(QLatin1Char(' ')));
        QVERIFY(!ReportText::money(270.0, QStringLiteral("USD")).contains(QLatin1Char(' ')));
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_interface);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestReportLanguage)
#include "tst_reportlanguage.moc"
