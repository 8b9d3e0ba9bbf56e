// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"
#include "samplesessions.h"

#include "report/reportwriter.h"
#include "report/sessionexports.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// How long a report gets: the one-page summary for the team channel, and a large session
// (400 cards, 3,000 events, 600 actions) that must stay a report a person reads, with the
// timeline and the action items as appendices that can be left out.
class TestReportSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryIsOnePage_data();
    void summaryIsOnePage();
    void largeSessionStaysReadable();

private:
    QString write(const Session &session, const QString &name, ReportOptions options);

    QTemporaryDir m_dir;
};

void TestReportSize::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestReportSize::write(const Session &session, const QString &name, ReportOptions options)
{
    const QString path = m_dir.filePath(name);
    options.pageSize = QPageSize(QPageSize::A4);
    const QString error = ReportWriter(session, options).writePdf(path);
    return error.isEmpty() ? path : QString();
}

void TestReportSize::summaryIsOnePage_data()
{
    QTest::addColumn<Session>("session");
    QTest::newRow("example") << Test::exampleSession();
    Session large = Test::randomSession(7, 400, 3000, 600);
    large.title = QStringLiteral("Four hundred causes deep");
    // Words poppler reads back the same in any order (the generated ones mix scripts).
    for (int i = 0; i < large.actions.size(); ++i) {
        large.actions[i].text = QStringLiteral("Action number %1").arg(i + 1);
        large.actions[i].owner = QStringLiteral("Owner%1").arg(i + 1);
    }
    QTest::newRow("large") << large;
}

void TestReportSize::summaryIsOnePage()
{
    QFETCH(Session, session);
    ReportOptions options;
    options.summaryOnly = true;
    const QString path = write(session, QStringLiteral("summary.pdf"), options);
    QVERIFY(!path.isEmpty());
    QCOMPARE(Test::pdfPageCount(path), 1);
    const QString text = Test::pdfText(path);
    QVERIFY(text.contains(Test::foldedWhitespace(session.title)));
    QVERIFY(text.contains(QStringLiteral("Why chain")));
    // The open action items come first, the nearest horizon first, each with its owner.
    QList<ActionItem> open;
    for (const ActionItem &action : std::as_const(session.actions)) {
        if (action.status != ActionStatus::Done && action.horizon == ActionHorizon::Short && !action.owner.isEmpty())
            open.append(action);
    }
    QVERIFY(!open.isEmpty());
    QVERIFY2(text.contains(open.first().text + QLatin1Char(' ') + open.first().owner), qPrintable(open.first().text));
    if (session.actions.size() > 8)
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Top \\d of %1 action items").arg(session.actions.size()))));
}

void TestReportSize::largeSessionStaysReadable()
{
    const Session session = Test::randomSession(7, 400, 3000, 600);
    ReportOptions options;
    options.findings = SessionExports::findings(session);
    const QString full = write(session, QStringLiteral("full.pdf"), options);
    QVERIFY(!full.isEmpty());
    const int fullPages = Test::pdfPageCount(full);
    options.sections = ReportOptions::allSections
                       & ~ReportSections(ReportSection::Causes | ReportSection::Actions | ReportSection::Timeline);
    const QString body = write(session, QStringLiteral("body.pdf"), options);
    QVERIFY(!body.isEmpty());
    const int bodyPages = Test::pdfPageCount(body);
    qInfo("large session: %d pages, %d without the appendices", fullPages, bodyPages);
    QVERIFY2(fullPages <= 150, qPrintable(QString::number(fullPages)));
    QVERIFY2(bodyPages <= 40, qPrintable(QString::number(bodyPages)));
    const QString text = Test::pdfText(body);
    QVERIFY(!text.contains(QStringLiteral("What happened"), Qt::CaseInsensitive));
    QVERIFY(text.contains(QStringLiteral("Read-back")));
}

QTEST_MAIN(TestReportSize)
#include "tst_reportsize.moc"
