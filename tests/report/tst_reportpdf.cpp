// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"
#include "samplesessions.h"

#include "analysis/readbackplan.h"
#include "report/reportwriter.h"

#include <QFile>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// The PDF report, read back with poppler's pdftotext and pdfinfo as a reader's viewer would.
class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exampleHasEveryFact();
    void readBackIsInChainOrder();
    void diagramIsVectorText();
    void metadataTitleIsSet();
    void pageSizeFollowsOption_data();
    void pageSizeFollowsOption();
    void trackerLinkIsLive();
    void hugeCardTextIsBoundedAndSaysSo();
    void longTimelineContinuesWithHeaders();
    void printerGetsTheSamePages();
    void previewShowsEveryPage();
    void unwritablePathLeavesNothing();

private:
    QString writeReport(const Session &session, const QString &name, ReportOptions options = {});

    QTemporaryDir m_dir;
    Session m_example;
};

void TestReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_example = Test::exampleSession();
    QVERIFY2(!m_example.cards.isEmpty(), "the example session did not load");
}

QString TestReportPdf::writeReport(const Session &session, const QString &name, ReportOptions options)
{
    const QString path = m_dir.filePath(name);
    const QString error = ReportWriter(session, options).writePdf(path);
    if (!error.isEmpty())
        qWarning() << error;
    return error.isEmpty() ? path : QString();
}

void TestReportPdf::exampleHasEveryFact()
{
    const QString path = writeReport(m_example, QStringLiteral("example.pdf"));
    QVERIFY(!path.isEmpty());
    const int pages = Test::pdfPageCount(path);
    QVERIFY2(pages >= 3 && pages <= 8, qPrintable(QString::number(pages)));

    const QString text = Test::pdfText(path);
    QVERIFY(text.contains(m_example.title));
    QVERIFY(text.contains(Test::foldedWhitespace(m_example.summary)));
    for (const Card &card : std::as_const(m_example.cards))
        QVERIFY2(text.contains(Test::foldedWhitespace(card.text)), qPrintable(card.text));
    for (const ActionItem &action : std::as_const(m_example.actions)) {
        QVERIFY2(text.contains(Test::foldedWhitespace(action.text)), qPrintable(action.text));
        if (!action.owner.isEmpty())
            QVERIFY(text.contains(action.owner));
    }
    for (const TimelineEvent &event : std::as_const(m_example.timeline))
        QVERIFY2(text.contains(Test::foldedWhitespace(event.text)), qPrintable(event.text));
    for (const Participant &participant : std::as_const(m_example.participants))
        QVERIFY(text.contains(participant.name));
    // The figures row: start and resolution times, time to resolve, the estimated cost.
    QVERIFY(text.contains(QStringLiteral("18:30")));
    QVERIFY(text.contains(QStringLiteral("19:09")));
    QVERIFY(text.contains(QStringLiteral("39 min")));
    QVERIFY(text.contains(QStringLiteral("9,750")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

void TestReportPdf::readBackIsInChainOrder()
{
    const QString path = writeReport(m_example, QStringLiteral("readback.pdf"));
    const QString text = Test::pdfText(path);
    qsizetype position = text.indexOf(QStringLiteral("Read-back"));
    QVERIFY(position >= 0);
    // Each chain from its root cause up, "therefore" before every step; a chain that joins
    // one already read says where to read on instead of repeating it.
    const ReadBackPlan plan = ReadBackPlan::build(m_example);
    QCOMPARE(plan.chains.size(), 3);
    for (const ReadBackChain &chain : plan.chains) {
        for (int i = 0; i < chain.steps.size(); ++i) {
            const QString card = Test::foldedWhitespace(m_example.card(chain.steps.at(i).cardId)->text);
            const QString expected = i == 0 ? card : QStringLiteral("therefore ") + card;
            const qsizetype next = text.indexOf(expected, position);
            QVERIFY2(next > position, qPrintable(expected));
            position = next + expected.size();
        }
        if (chain.joins.isValid()) {
            const QString reference = QStringLiteral("read on at chain %1, step %2").arg(chain.joins.chain + 1).arg(chain.joins.step + 1);
            const qsizetype next = text.indexOf(reference, position);
            QVERIFY2(next >= position, qPrintable(reference));
            position = next + reference.size();
        }
    }
    // Every card is read once: one "therefore" per step after a root cause and per join.
    int therefores = 0;
    for (const ReadBackChain &chain : plan.chains)
        therefores += int(chain.steps.size()) - 1 + (chain.joins.isValid() ? 1 : 0);
    const qsizetype start = text.indexOf(QStringLiteral("Read-back"));
    const qsizetype end = text.indexOf(QStringLiteral("Chain checks"), start);
    // (The introduction's "…, therefore …" is not a step.)
    QCOMPARE(int(text.mid(start, end - start).count(QRegularExpression(QStringLiteral("therefore (?!\\.\\.\\.|…)")))), therefores);
}

void TestReportPdf::diagramIsVectorText()
{
    const QString path = writeReport(m_example, QStringLiteral("diagram.pdf"));
    int diagramPage = 0;
    for (int page = 1; page <= Test::pdfPageCount(path); ++page) {
        if (Test::pdfText(path, page, page).contains(QStringLiteral("Why chain"))) {
            diagramPage = page;
            break;
        }
    }
    QVERIFY(diagramPage > 0);
    // A bitmap would give no text; the board is drawn as vector text, card by card.
    QString text = Test::pdfText(path, diagramPage, diagramPage);
    if (diagramPage < Test::pdfPageCount(path))
        text += QLatin1Char(' ') + Test::pdfText(path, diagramPage + 1, diagramPage + 1);
    const QString readBack = QStringLiteral("Read-back");
    const QString diagram = text.left(text.contains(readBack) ? text.indexOf(readBack) : text.size());
    for (const Card &card : std::as_const(m_example.cards))
        QVERIFY2(diagram.contains(Test::foldedWhitespace(card.text)), qPrintable(card.text));
}

void TestReportPdf::metadataTitleIsSet()
{
    const QString path = writeReport(m_example, QStringLiteral("metadata.pdf"));
    const QMap<QString, QString> info = Test::pdfInfo(path);
    QCOMPARE(info.value(QStringLiteral("Title")), m_example.title);
    QCOMPARE(info.value(QStringLiteral("Author")), m_example.facilitator);
    QCOMPARE(info.value(QStringLiteral("Creator")), QStringLiteral("Whyboard"));
    QVERIFY(info.value(QStringLiteral("Subject")).contains(m_example.title));
    QVERIFY(info.value(QStringLiteral("Keywords")).contains(QStringLiteral("postmortem")));
}

void TestReportPdf::pageSizeFollowsOption_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("expected");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842");
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792");
}

void TestReportPdf::pageSizeFollowsOption()
{
    QFETCH(int, pageSize);
    QFETCH(QString, expected);
    ReportOptions options;
    options.pageSize = QPageSize(QPageSize::PageSizeId(pageSize));
    const QString path = writeReport(m_example, QStringLiteral("size.pdf"), options);
    QVERIFY(Test::pdfInfo(path).value(QStringLiteral("Page size")).startsWith(expected));
}

void TestReportPdf::trackerLinkIsLive()
{
    Session session = m_example;
    session.actions[0].link = QStringLiteral("https://tracker.example.com/OPS-1234");
    const QString path = writeReport(session, QStringLiteral("link.pdf"));
    // The address may wrap at a slash; it is all there.
    QVERIFY(Test::pdfText(path).remove(QLatin1Char(' ')).contains(session.actions[0].link));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // A link annotation, not just blue text: viewers open it on a click.
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.contains("/URI"));
    QVERIFY(pdf.contains("tracker.example.com/OPS-1234"));
}

void TestReportPdf::hugeCardTextIsBoundedAndSaysSo()
{
    Session session = Test::chainSession(2);
    QString huge;
    for (int i = 0; huge.size() < 5 * 1024 * 1024; ++i)
        huge += QStringLiteral("word%1 ").arg(i);
    huge = huge.trimmed();
    session.cards[1].text = huge;
    const QString path = writeReport(session, QStringLiteral("huge.pdf"));
    QVERIFY(!path.isEmpty());
    // The read-back prints the card's beginning, every word in order, then says how much of it
    // only the library holds; the report stays a report, not a 2,000-page log.
    const QString text = Test::pdfBodyText(path, session.title);
    qsizetype position = text.indexOf(QStringLiteral("Read-back"));
    QVERIFY(position > 0);
    const QStringList words = huge.split(QLatin1Char(' '));
    for (int i = 0; i < 1000; ++i) {
        const qsizetype next = text.indexOf(words.at(i) + QLatin1Char(' '), position);
        QVERIFY2(next > position, qPrintable(words.at(i)));
        position = next;
    }
    QVERIFY(text.contains(QStringLiteral("more characters are in the library")));
    QVERIFY(!text.contains(words.last()));
    QVERIFY(Test::pdfPageCount(path) < 60);
}

void TestReportPdf::longTimelineContinuesWithHeaders()
{
    Session session = Test::chainSession(3);
    const QDateTime start(QDate(2024, 3, 1), QTime(8, 0), Qt::OffsetFromUTC, 3600);
    for (int i = 0; i < 3000; ++i) {
        TimelineEvent event;
        event.id = QStringLiteral("e%1").arg(i);
        event.at = start.addSecs(i * 20);
        event.kind = EventKind::Note;
        event.text = QStringLiteral("Step %1 of the long night: the operator checked replica %2.").arg(i).arg(i % 7);
        session.timeline.append(event);
    }
    const QString path = writeReport(session, QStringLiteral("timeline.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = Test::pdfBodyText(path, session.title);
    qsizetype position = text.indexOf(QStringLiteral("Timeline"));
    for (const TimelineEvent &event : std::as_const(session.timeline)) {
        const qsizetype next = text.indexOf(event.text, position);
        QVERIFY2(next > position, qPrintable(event.text));
        position = next;
    }
    // The table's header row is repeated on every page it continues on.
    const int pages = Test::pdfPageCount(path);
    QVERIFY(pages > 20);
    QVERIFY(text.count(QStringLiteral("WHAT HAPPENED")) >= pages - 3);
}

void TestReportPdf::printerGetsTheSamePages()
{
    const QString pdf = writeReport(m_example, QStringLiteral("direct.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 12),
                                      QPageLayout::Millimeter));
    ReportWriter(m_example).print(&printer);
    const QString printed = printer.outputFileName();
    QCOMPARE(Test::pdfPageCount(printed), Test::pdfPageCount(pdf));
    for (const Card &card : std::as_const(m_example.cards))
        QVERIFY(Test::pdfText(printed).contains(Test::foldedWhitespace(card.text)));
}

void TestReportPdf::previewShowsEveryPage()
{
    const int pages = Test::pdfPageCount(writeReport(m_example, QStringLiteral("preview.pdf")));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 12),
                                      QPageLayout::Millimeter));
    // What Print Preview shows: the widget asks for the pages through paintRequested.
    QPrintPreviewWidget preview(&printer);
    const ReportWriter writer(m_example);
    connect(&preview, &QPrintPreviewWidget::paintRequested, this, [&](QPrinter *target) { writer.print(target); });
    preview.updatePreview();
    QCOMPARE(preview.pageCount(), pages);
}

void TestReportPdf::unwritablePathLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/report.pdf"));
    const QString error = ReportWriter(m_example).writePdf(path);
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QStringLiteral("report.pdf")));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
