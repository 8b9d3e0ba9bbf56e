// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"

#include "report/markdownexporter.h"
#include "report/reportwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// The PDF and the Markdown write dates, times, money and numbers the way the language does.
class TestReportLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void markdownFollowsTheLocale_data();
    void markdownFollowsTheLocale();
    void pdfFollowsTheLocale_data();
    void pdfFollowsTheLocale();
};

namespace {
void addLocales()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("cost");
    QTest::addColumn<QString>("dueDate");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << "Donnerstag, 6. April 2017" << "9.750 USD" << "06.04.17";
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << "jeudi 6 avril 2017" << "9 750 USD" << "06/04/2017";
}

// Any kind of space reads as a plain space: no-break spaces hold figures together.
QString spaced(QString text)
{
    return text.replace(QChar::Nbsp, QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

Session sessionWithDueDate()
{
    Session session = Test::exampleSession();
    if (!session.actions.isEmpty())
        session.actions.first().due = QDate(2017, 4, 6);
    return session;
}
} // namespace

void TestReportLocale::markdownFollowsTheLocale_data()
{
    addLocales();
}

void TestReportLocale::markdownFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, date);
    QFETCH(QString, cost);
    QFETCH(QString, dueDate);
    QLocale::setDefault(locale);
    const QString markdown = spaced(MarkdownExporter::markdown(sessionWithDueDate())).remove(QLatin1Char(0x5c)); // escapes gone
    QVERIFY2(markdown.contains(date), qPrintable(markdown.left(400)));
    QVERIFY2(markdown.contains(cost), qPrintable(markdown.left(1200)));
    QVERIFY(markdown.contains(QStringLiteral("18:30")));
    QVERIFY(markdown.contains(dueDate));
    QVERIFY(!markdown.contains(QStringLiteral("USD 9,750")));
}

void TestReportLocale::pdfFollowsTheLocale_data()
{
    addLocales();
}

void TestReportLocale::pdfFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, date);
    QFETCH(QString, cost);
    QLocale::setDefault(locale);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const QString error = ReportWriter(sessionWithDueDate()).writePdf(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString text = spaced(Test::pdfText(path));
    QVERIFY2(text.contains(date), qPrintable(text.left(600)));
    QVERIFY2(text.contains(cost), qPrintable(text.left(1500)));
}

QTEST_MAIN(TestReportLocale)
#include "tst_reportlocale.moc"
