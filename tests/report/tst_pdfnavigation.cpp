// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"

#include "report/pdfnavigation.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <cmath>

using namespace Whyboard;

namespace {

struct Run
{
    int exitCode = -1;
    QString output; // standard output and error together
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput())};
}

// A report-like PDF as QPdfWriter writes it: text on every page, the third page landscape (a
// wide diagram) and, on the first, a web link (QPdfWriter's own URI annotation), which the
// amendment must keep.
QByteArray writtenPdf(int pageCount, QPagedPaintDevice::PdfVersion version = QPagedPaintDevice::PdfVersion_1_6)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("Postmortem: Straße gesperrt"));
        // Parentheses and a backslash: Qt escapes them in a literal string the reader must skip.
        writer.setCreator(QStringLiteral("Whyboard (Ana) \\ (x(y))"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setPdfVersion(version);
        QPainter painter(&writer);
        for (int page = 0; page < pageCount; ++page) {
            writer.setPageOrientation(page == 2 ? QPageLayout::Landscape : QPageLayout::Portrait);
            if (page > 0)
                writer.newPage();
            painter.drawText(QPointF(72, 100), QStringLiteral("Page %1 of the report").arg(page + 1));
            painter.drawText(QPointF(72, 400), QStringLiteral("Why number %1 sits here").arg(page + 1));
            if (page == 0) {
                QTextDocument document;
                document.setHtml(QStringLiteral("<a href=\"https://example.org/runbook\">Runbook</a>"));
                painter.save();
                painter.translate(72, 600);
                document.documentLayout()->draw(&painter, QAbstractTextDocumentLayout::PaintContext());
                painter.restore();
            }
        }
    }
    return buffer.data();
}

QList<PdfOutlineEntry> sampleOutline()
{
    return {
        {QStringLiteral("Summary"), 0, {0, 0}},
        {QStringLiteral("Diagram"), 0, {1, 72}},
        {QStringLiteral("Ölkännchen über Straße"), 1, {1, 380}},
        {QStringLiteral("数据库迁移失败"), 1, {2, 380}},
        {QStringLiteral("إعادة التشغيل"), 1, {2, 500}},
        {QStringLiteral("Read-back 🔥"), 0, {3, 80}},
    };
}

QList<PdfLink> sampleLinks()
{
    return {
        {3, QRectF(72, 90, 200, 14), {1, 380}},
        {3, QRectF(72, 390, 200, 14), {2, 500}},
        {0, QRectF(72, 90, 150, 14), {2, 380}},
    };
}

PdfDocumentInfo sampleInfo()
{
    return {QStringLiteral("Postmortem: Straße gesperrt"), QStringLiteral("Jürgen Groß"),
            QStringLiteral("Blameless 5-Whys postmortem"), QStringLiteral("postmortem, 5 whys, Störung, 障害"),
            QStringLiteral("de")};
}

QString saved(const QTemporaryDir &dir, const QByteArray &pdf, const QString &name = QStringLiteral("out.pdf"))
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return path;
}

QString textOf(const QJsonValue &value)
{
    // qpdf's JSON writes PDF text strings as "u:<text>".
    QString text = value.toString();
    return text.startsWith(QLatin1String("u:")) ? text.mid(2) : text;
}

} // namespace

// What a reader sees of the outline, the links and the properties that QPdfWriter cannot write.
class TestPdfNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesQpdfCheck();
    void outlineReadsBackNestedWithDestinations();
    void linksLeadIntoTheDocument();
    void documentPropertiesShown();
    void textAndPagesSurvive();
    void amendingTwiceStaysValid();
    void mupdfListsTheOutline();
    void everyPdfVersionAmended_data();
    void everyPdfVersionAmended();
    void unusableInputLeftUntouched_data();
    void unusableInputLeftUntouched();
    void impossibleDestinationsRefused_data();
    void impossibleDestinationsRefused();

private:
    QTemporaryDir m_dir;
    QByteArray m_original;
    QByteArray m_amended;
    QString m_path;
    QJsonObject m_json;
};

void TestPdfNavigation::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(),
             "qpdf is missing: run packaging/install-deps.sh");
    QVERIFY(m_dir.isValid());
    m_original = writtenPdf(4);
    m_amended = m_original;
    const QString error = PdfNavigation::amend(m_amended, sampleOutline(), sampleLinks(), sampleInfo());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // An incremental update: QPdfWriter's bytes come first, unchanged.
    QVERIFY(m_amended.size() > m_original.size());
    QVERIFY(m_amended.startsWith(m_original));
    m_path = saved(m_dir, m_amended);
    QVERIFY(!m_path.isEmpty());
    const Run json = run(QStringLiteral("qpdf"), {QStringLiteral("--json"), m_path});
    QCOMPARE(json.exitCode, 0);
    m_json = QJsonDocument::fromJson(json.output.toUtf8()).object();
    QVERIFY(!m_json.isEmpty());
}

void TestPdfNavigation::passesQpdfCheck()
{
    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    QVERIFY2(check.output.contains(QLatin1String("No syntax or stream encoding errors found")), qPrintable(check.output));
    QVERIFY2(!check.output.contains(QLatin1String("WARNING"), Qt::CaseInsensitive), qPrintable(check.output));
}

void TestPdfNavigation::outlineReadsBackNestedWithDestinations()
{
    const QJsonArray top = m_json.value(QLatin1String("outlines")).toArray();
    QCOMPARE(top.size(), 3);
    const QStringList topTitles{textOf(top[0].toObject().value(QLatin1String("title"))),
                                textOf(top[1].toObject().value(QLatin1String("title"))),
                                textOf(top[2].toObject().value(QLatin1String("title")))};
    QCOMPARE(topTitles, (QStringList{QStringLiteral("Summary"), QStringLiteral("Diagram"), QStringLiteral("Read-back 🔥")}));
    QCOMPARE(top[0].toObject().value(QLatin1String("destpageposfrom1")).toInt(), 1);
    QCOMPARE(top[2].toObject().value(QLatin1String("destpageposfrom1")).toInt(), 4);

    // The cards sit under "Diagram", in order, non-ASCII titles intact, each on its page.
    const QJsonObject diagram = top[1].toObject();
    QCOMPARE(diagram.value(QLatin1String("destpageposfrom1")).toInt(), 2);
    QCOMPARE(diagram.value(QLatin1String("open")).toBool(), false);
    const QJsonArray cards = diagram.value(QLatin1String("kids")).toArray();
    QCOMPARE(cards.size(), 3);
    QCOMPARE(textOf(cards[0].toObject().value(QLatin1String("title"))), QStringLiteral("Ölkännchen über Straße"));
    QCOMPARE(textOf(cards[1].toObject().value(QLatin1String("title"))), QStringLiteral("数据库迁移失败"));
    QCOMPARE(textOf(cards[2].toObject().value(QLatin1String("title"))), QStringLiteral("إعادة التشغيل"));
    QCOMPARE(cards[0].toObject().value(QLatin1String("destpageposfrom1")).toInt(), 2);
    QCOMPARE(cards[2].toObject().value(QLatin1String("destpageposfrom1")).toInt(), 3);
    QVERIFY(top[0].toObject().value(QLatin1String("kids")).toArray().isEmpty());

    // The card's destination scrolls to its height: 380 pt below the top of an 842 pt page.
    const QJsonArray dest = cards[0].toObject().value(QLatin1String("dest")).toArray();
    QCOMPARE(dest.size(), 5);
    QCOMPARE(dest[1].toString(), QStringLiteral("/XYZ"));
    QCOMPARE(dest[3].toDouble(), 842.0 - 380.0);
    // On the landscape page the same height counts from its own, lower top edge.
    QCOMPARE(cards[1].toObject().value(QLatin1String("dest")).toArray()[3].toDouble(), 595.0 - 380.0);

    // The reader opens with the outline showing.
    const QString catalog = QString::fromUtf8(QJsonDocument(m_json).toJson(QJsonDocument::Compact));
    QVERIFY(catalog.contains(QLatin1String("\"/PageMode\":\"/UseOutlines\"")));
}

void TestPdfNavigation::linksLeadIntoTheDocument()
{
    // Map each object to its value, the page objects to their page numbers.
    QHash<QString, QJsonObject> objects;
    const QJsonObject store = m_json.value(QLatin1String("qpdf")).toArray().at(1).toObject();
    for (auto it = store.begin(); it != store.end(); ++it)
        objects.insert(it.key().mid(4), it.value().toObject().value(QLatin1String("value")).toObject());
    QHash<QString, int> pageNumbers;
    const QJsonArray pages = m_json.value(QLatin1String("pages")).toArray();
    QCOMPARE(pages.size(), 4);
    for (const QJsonValue &page : pages)
        pageNumbers.insert(page.toObject().value(QLatin1String("object")).toString(),
                           page.toObject().value(QLatin1String("pageposfrom1")).toInt());

    const auto linksOn = [&](int pageIndex) {
        QList<QJsonObject> links;
        const QString pageObject = pages[pageIndex].toObject().value(QLatin1String("object")).toString();
        const QJsonArray annotations = objects.value(pageObject).value(QLatin1String("/Annots")).toArray();
        for (const QJsonValue &annotation : annotations)
            links.append(objects.value(annotation.toString()));
        return links;
    };

    // Page 4: two internal links, to the cards on pages 2 and 3, at the cards' heights.
    const QList<QJsonObject> back = linksOn(3);
    QCOMPARE(back.size(), 2);
    for (const QJsonObject &link : back) {
        QCOMPARE(link.value(QLatin1String("/Subtype")).toString(), QStringLiteral("/Link"));
        QVERIFY(!link.contains(QLatin1String("/A"))); // no URI: it stays in the document
    }
    QCOMPARE(pageNumbers.value(back[0].value(QLatin1String("/Dest")).toArray()[0].toString()), 2);
    QCOMPARE(back[0].value(QLatin1String("/Dest")).toArray()[3].toDouble(), 842.0 - 380.0);
    QCOMPARE(pageNumbers.value(back[1].value(QLatin1String("/Dest")).toArray()[0].toString()), 3);
    QCOMPARE(back[1].value(QLatin1String("/Dest")).toArray()[3].toDouble(), 595.0 - 500.0);
    // The clickable area covers the text drawn at 90..104 pt from the top.
    const QJsonArray rect = back[0].value(QLatin1String("/Rect")).toArray();
    QCOMPARE(rect[1].toDouble(), 842.0 - 104.0);
    QCOMPARE(rect[3].toDouble(), 842.0 - 90.0);

    // Page 1 keeps QPdfWriter's web link next to the new internal one.
    const QList<QJsonObject> first = linksOn(0);
    QCOMPARE(first.size(), 2);
    int web = 0;
    int internal = 0;
    for (const QJsonObject &link : first) {
        if (link.contains(QLatin1String("/A")))
            ++web;
        else if (pageNumbers.value(link.value(QLatin1String("/Dest")).toArray()[0].toString()) == 3)
            ++internal;
    }
    QCOMPARE(web, 1);
    QCOMPARE(internal, 1);
    QVERIFY(linksOn(1).isEmpty());
}

void TestPdfNavigation::documentPropertiesShown()
{
    const QMap<QString, QString> info = Test::pdfInfo(m_path);
    QCOMPARE(info.value(QStringLiteral("Title")), QStringLiteral("Postmortem: Straße gesperrt"));
    QCOMPARE(info.value(QStringLiteral("Author")), QStringLiteral("Jürgen Groß"));
    QCOMPARE(info.value(QStringLiteral("Subject")), QStringLiteral("Blameless 5-Whys postmortem"));
    QCOMPARE(info.value(QStringLiteral("Keywords")), QStringLiteral("postmortem, 5 whys, Störung, 障害"));
    // What QPdfWriter wrote stays.
    QCOMPARE(info.value(QStringLiteral("Creator")), QStringLiteral("Whyboard (Ana) \\ (x(y))"));
    QVERIFY(info.value(QStringLiteral("Producer")).startsWith(QLatin1String("Qt ")));
    QVERIFY(!info.value(QStringLiteral("CreationDate")).isEmpty());
    QCOMPARE(info.value(QStringLiteral("Pages")), QStringLiteral("4"));
    const QString catalog = QString::fromUtf8(QJsonDocument(m_json).toJson(QJsonDocument::Compact));
    QVERIFY(catalog.contains(QLatin1String("\"/Lang\":\"u:de\"")));
}

void TestPdfNavigation::textAndPagesSurvive()
{
    for (int page = 1; page <= 4; ++page) {
        const QString text = Test::pdfText(m_path, page, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of the report").arg(page)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Why number %1 sits here").arg(page)), qPrintable(text));
    }
    // Every page still renders, as a viewer would draw it.
    const Run render = run(QStringLiteral("pdftoppm"),
                           {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), m_path,
                            m_dir.filePath(QStringLiteral("page"))});
    QVERIFY2(render.exitCode == 0 && render.output.trimmed().isEmpty(), qPrintable(render.output));
    const QStringList images = QDir(m_dir.path()).entryList({QStringLiteral("page-*.png")});
    QCOMPARE(images.size(), 4);
    for (const QString &image : images)
        QVERIFY(QFileInfo(m_dir.filePath(image)).size() > 500);
}

void TestPdfNavigation::amendingTwiceStaysValid()
{
    // A second pass replaces the outline rather than breaking the file.
    QByteArray pdf = m_amended;
    const QString error = PdfNavigation::amend(pdf, {{QStringLiteral("Only entry"), 0, {3, 0}}},
                                               {{1, QRectF(0, 0, 50, 50), {0, 0}}}, {});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString path = saved(m_dir, pdf, QStringLiteral("twice.pdf"));
    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    QVERIFY2(check.exitCode == 0 && !check.output.contains(QLatin1String("WARNING")), qPrintable(check.output));
    const QJsonObject json =
        QJsonDocument::fromJson(run(QStringLiteral("qpdf"), {QStringLiteral("--json"), path}).output.toUtf8()).object();
    const QJsonArray outline = json.value(QLatin1String("outlines")).toArray();
    QCOMPARE(outline.size(), 1);
    QCOMPARE(textOf(outline[0].toObject().value(QLatin1String("title"))), QStringLiteral("Only entry"));
    // The first pass's title and subject stay.
    QCOMPARE(Test::pdfInfo(path).value(QStringLiteral("Subject")), QStringLiteral("Blameless 5-Whys postmortem"));
}

void TestPdfNavigation::mupdfListsTheOutline()
{
    if (QStandardPaths::findExecutable(QStringLiteral("mutool")).isEmpty())
        QSKIP("mutool (mupdf-tools) is not installed");
    const Run outline = run(QStringLiteral("mutool"), {QStringLiteral("show"), m_path, QStringLiteral("outline")});
    QVERIFY2(outline.exitCode == 0, qPrintable(outline.output));
    for (const PdfOutlineEntry &entry : sampleOutline())
        QVERIFY2(outline.output.contains(entry.title), qPrintable(outline.output));
    QVERIFY2(!outline.output.contains(QLatin1String("error"), Qt::CaseInsensitive), qPrintable(outline.output));
}

void TestPdfNavigation::everyPdfVersionAmended_data()
{
    QTest::addColumn<QPagedPaintDevice::PdfVersion>("version");
    QTest::newRow("1.4") << QPagedPaintDevice::PdfVersion_1_4;
    QTest::newRow("1.6") << QPagedPaintDevice::PdfVersion_1_6;
    QTest::newRow("PDF/A-1b") << QPagedPaintDevice::PdfVersion_A1b;
}

void TestPdfNavigation::everyPdfVersionAmended()
{
    QFETCH(QPagedPaintDevice::PdfVersion, version);
    QByteArray pdf = writtenPdf(3, version);
    const QByteArray original = pdf;
    const QString error = PdfNavigation::amend(pdf, {{QStringLiteral("Wide diagram"), 0, {2, 0}}},
                                               {{0, QRectF(72, 90, 150, 14), {2, 0}}}, sampleInfo());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString path = saved(m_dir, pdf, QStringLiteral("version.pdf"));
    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    QVERIFY2(check.exitCode == 0 && !check.output.contains(QLatin1String("WARNING")), qPrintable(check.output));
    const QJsonObject json =
        QJsonDocument::fromJson(run(QStringLiteral("qpdf"), {QStringLiteral("--json"), path}).output.toUtf8()).object();
    const QJsonArray outline = json.value(QLatin1String("outlines")).toArray();
    QCOMPARE(outline.size(), 1);
    QCOMPARE(outline[0].toObject().value(QLatin1String("destpageposfrom1")).toInt(), 3);
    QCOMPARE(Test::pdfInfo(path).value(QStringLiteral("Keywords")), sampleInfo().keywords);
    // What the catalog and trailer held stays: PDF/A's metadata, output intent and file id.
    if (version == QPagedPaintDevice::PdfVersion_A1b)
        QVERIFY(original.contains("/Metadata") && original.contains("/OutputIntents") && original.contains("/ID ["));
    const QString objects = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    for (const char *key : {"/Metadata", "/OutputIntents"})
        QCOMPARE(objects.contains(QLatin1String(key)), original.contains(key));
    if (original.contains("/ID ["))
        QVERIFY(pdf.mid(original.size()).contains("/ID ["));
}

void TestPdfNavigation::unusableInputLeftUntouched_data()
{
    QTest::addColumn<QByteArray>("pdf");
    const QByteArray good = writtenPdf(3);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("Why did the deploy fail?\n");
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("noise") << noise;
    QTest::newRow("header only") << QByteArray("%PDF-1.4\n%%EOF\n");
    QTest::newRow("first half") << good.left(good.size() / 2);
    QTest::newRow("last bytes cut") << good.left(good.size() - 12);
    QByteArray wrongOffset = good;
    const qsizetype startxref = wrongOffset.lastIndexOf("startxref");
    wrongOffset.replace(startxref, wrongOffset.size() - startxref, "startxref\n17\n%%EOF\n");
    QTest::newRow("startxref off") << wrongOffset;
    QByteArray shifted = good;
    shifted.insert(shifted.indexOf("1 0 obj"), "% inserted comment shifts every object\n");
    QTest::newRow("offsets stale") << shifted;
    QByteArray looping = good;
    looping.replace("/Type /Pages", "/Type /Gizmo");
    QTest::newRow("page tree unknown") << looping;
    QByteArray stream = good;
    const qsizetype xref = stream.lastIndexOf("\nxref");
    stream.replace(xref + 1, 4, "9 0 obj");
    QTest::newRow("xref stream") << stream;
}

void TestPdfNavigation::unusableInputLeftUntouched()
{
    QFETCH(QByteArray, pdf);
    QByteArray bytes = pdf;
    const QString error = PdfNavigation::amend(bytes, sampleOutline().mid(0, 1), {}, sampleInfo());
    QVERIFY(!error.isEmpty());
    QCOMPARE(bytes, pdf);
}

void TestPdfNavigation::impossibleDestinationsRefused_data()
{
    QTest::addColumn<QList<PdfOutlineEntry>>("outline");
    QTest::addColumn<QList<PdfLink>>("links");
    const PdfOutlineEntry fine{QStringLiteral("Fine"), 0, {0, 10}};
    QTest::newRow("outline past the end") << QList<PdfOutlineEntry>{fine, {QStringLiteral("Gone"), 0, {9, 0}}}
                                          << QList<PdfLink>{};
    QTest::newRow("outline negative page") << QList<PdfOutlineEntry>{{QStringLiteral("Gone"), 0, {-1, 0}}}
                                           << QList<PdfLink>{};
    QTest::newRow("outline NaN") << QList<PdfOutlineEntry>{{QStringLiteral("Gone"), 0, {0, qQNaN()}}}
                                 << QList<PdfLink>{};
    QTest::newRow("link on no page") << QList<PdfOutlineEntry>{fine} << QList<PdfLink>{{5, QRectF(0, 0, 9, 9), {0, 0}}};
    QTest::newRow("link to no page") << QList<PdfOutlineEntry>{fine} << QList<PdfLink>{{0, QRectF(0, 0, 9, 9), {3, 0}}};
    QTest::newRow("link area huge") << QList<PdfOutlineEntry>{fine}
                                    << QList<PdfLink>{{0, QRectF(0, 0, 1e300, 9), {1, 0}}};
}

void TestPdfNavigation::impossibleDestinationsRefused()
{
    QFETCH(QList<PdfOutlineEntry>, outline);
    QFETCH(QList<PdfLink>, links);
    const QByteArray pdf = writtenPdf(3);
    QByteArray bytes = pdf;
    QVERIFY(!PdfNavigation::amend(bytes, outline, links, {}).isEmpty());
    QCOMPARE(bytes, pdf);
}

QTEST_MAIN(TestPdfNavigation)
#include "tst_pdfnavigation.moc"
