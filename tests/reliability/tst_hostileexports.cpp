// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"
#include "samplesessions.h"

#include "data/safetext.h"
#include "report/boardimageexporter.h"
#include "report/markdownexporter.h"
#include "report/sessionexports.h"
#include "report/xmlsafedevice.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <limits>

using namespace Whyboard;

namespace {

// Text a hostile session file can hold (a JSON file can carry any of it).
QString hostile(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString nul()
{
    return QString(QChar(u'\0'));
}

// The first lines a report shows of a session whose every text is the given one.
Session sessionWithText(const QString &text)
{
    Session session = Test::chainSession(2);
    session.title = text;
    session.facilitator = text;
    session.summary = text;
    for (Card &card : session.cards) {
        card.text = QStringLiteral("Card ") + card.id + QLatin1Char(' ') + text;
        card.evidence = text;
    }
    TimelineEvent event;
    event.id = QStringLiteral("e1");
    event.text = text;
    event.at = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    session.timeline.append(event);
    ActionItem action;
    action.id = QStringLiteral("a1");
    action.text = text;
    action.owner = text;
    action.link = text;
    session.actions.append(action);
    ParkedIdea idea;
    idea.id = QStringLiteral("i1");
    idea.text = text;
    session.parkingLot.append(idea);
    return session;
}

// What every line of an export must satisfy: each directional control it opens is closed on
// the same line, and nothing closes what the line did not open. A line that leaves an
// override open reorders whatever a reader sees after the user's text.
QString unbalancedBidiLine(const QString &document)
{
    const QStringList lines = document.split(QRegularExpression(QStringLiteral("[\\n\\r\\x{2028}\\x{2029}]")));
    for (const QString &line : lines) {
        QString open;
        for (const QChar c : line) {
            const char16_t u = c.unicode();
            if ((u >= 0x202a && u <= 0x202e && u != 0x202c) || (u >= 0x2066 && u <= 0x2068)) {
                open += c;
            } else if (u == 0x202c) {
                if (open.isEmpty() || open.back().unicode() >= 0x2066)
                    return line;
                open.chop(1);
            } else if (u == 0x2069) {
                while (!open.isEmpty() && open.back().unicode() < 0x2066)
                    open.chop(1);
                if (open.isEmpty())
                    return line;
                open.chop(1);
            }
        }
        if (!open.isEmpty())
            return line;
    }
    return {};
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

} // namespace

// Every export of a session a stranger sent: valid files whatever the text holds, links only
// where a link is safe, and no text that reorders the text around it.
class TestHostileExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void svgIsValidXml_data();
    void svgIsValidXml();
    void svgTitleIsTextNotMarkup();
    void markdownLinksOnlyWebAndMail_data();
    void markdownLinksOnlyWebAndMail();
    void markdownEntitiesStayLiteral();
    void markdownTextCannotForgeStructure();
    void bidiControlsStayInsideTheirText_data();
    void bidiControlsStayInsideTheirText();
    void pdfReadsInOrderAroundAnOverride();
    void exportsStayBoundedWhateverTheSessionHolds_data();
    void exportsStayBoundedWhateverTheSessionHolds();
    void safeTextIsolatesAndBalances_data();
    void safeTextIsolatesAndBalances();
    void xmlSafeDeviceKeepsCharactersSplitBetweenWrites();

private:
    QString markdownHtml(const QString &markdown);

    QTemporaryDir m_dir;
};

void TestHostileExports::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHostileExports::svgIsValidXml_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("script element") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("CDATA end") << QStringLiteral("a ]]> b <![CDATA[ c");
    QTest::newRow("NUL") << QString(QStringLiteral("before") + nul() + QStringLiteral("after"));
    QTest::newRow("U+0001 and escape") << hostile(u"\u0001 \u001b[31mred\u001b[0m \u0008");
    QTest::newRow("entities") << QStringLiteral("&amp; &#x41; &lt; & &bogus; &#0;");
    QTest::newRow("quotes") << QStringLiteral("\"double\" 'single' \" onload=\"alert(1)");
    QTest::newRow("non-characters") << hostile(u"\uFFFE \uFFFF");
    QTest::newRow("lone surrogates") << (QString(QChar(0xd800)) + QStringLiteral(" x ") + QString(QChar(0xdc00)));
    QTest::newRow("override") << hostile(u"\u202Eevil");
}

void TestHostileExports::svgIsValidXml()
{
    QFETCH(QString, text);
    const QString path = m_dir.filePath(QStringLiteral("board.svg"));
    QCOMPARE(SessionExports::writeSvg(sessionWithText(text), path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();

    // A strict parse: not well-formed or an element a browser would run fails here.
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            QVERIFY2(reader.name() != QLatin1String("script"), "a script element in the SVG");
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString() + QStringLiteral(" at line ")
                                            + QString::number(reader.lineNumber())));
    const QString xmllint = tool(QStringLiteral("xmllint"));
    if (xmllint.isEmpty()) {
        qInfo("xmllint is not installed: the SVG was checked by QXmlStreamReader alone");
        return;
    }
    QProcess lint;
    lint.start(xmllint, {QStringLiteral("--noout"), path});
    QVERIFY(lint.waitForFinished(60000));
    QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
}

void TestHostileExports::svgTitleIsTextNotMarkup()
{
    const QString title = QStringLiteral("Outage <script>alert(1)</script> & ]]> \"quoted\"");
    QByteArray svg;
    QCOMPARE(BoardImageExporter::svg(sessionWithText(title), &svg), QString());
    QXmlStreamReader reader(svg);
    QString shownTitle;
    QString description;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("title"))
            shownTitle = reader.readElementText();
        else if (reader.isStartElement() && reader.name() == QLatin1String("desc"))
            description = reader.readElementText();
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(shownTitle, title);
    QVERIFY2(description.contains(title), qPrintable(description));
}

void TestHostileExports::markdownLinksOnlyWebAndMail_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("autolink"); // empty: shown as text, never as a link
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(5)") << QString();
    QTest::newRow("javascript, capitals") << QStringLiteral("JaVaScRiPt:alert(5)") << QString();
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << QString();
    QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)") << QString();
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QString();
    QTest::newRow("no scheme") << QStringLiteral("tracker/ABC-1") << QString();
    QTest::newRow("markup in a web address") << QStringLiteral("https://x.example/<img src=x onerror=alert(1)>") << QString();
    QTest::newRow("https") << QStringLiteral("https://tracker.example/ABC-1") << QStringLiteral("<https://tracker.example/ABC-1>");
    QTest::newRow("http") << QStringLiteral("http://tracker.example/browse?id=1&x=2") << QStringLiteral("<http://tracker.example/browse?id=1&x=2>");
    QTest::newRow("mailto") << QStringLiteral("mailto:ops@example.com") << QStringLiteral("<mailto:ops@example.com>");
    QTest::newRow("space in a web address") << QStringLiteral("https://x.example/a b") << QString();
    QTest::newRow("pipe in a web address") << QStringLiteral("https://x.example/a|b") << QString();
    QTest::newRow("override in a web address") << QString::fromUtf16(u"https://x.example/\u202Egpj.exe") << QString();
    QTest::newRow("encoded web address") << QStringLiteral("https://x.example/a%20b?q=%7C") << QStringLiteral("<https://x.example/a%20b?q=%7C>");
}

void TestHostileExports::markdownLinksOnlyWebAndMail()
{
    QFETCH(QString, link);
    QFETCH(QString, autolink);
    Session session = Test::chainSession(1);
    ActionItem action;
    action.id = QStringLiteral("a1");
    action.text = QStringLiteral("Fix it");
    action.link = link;
    session.actions.append(action);
    const QString markdown = MarkdownExporter::markdown(session);
    const QString actionRow = markdown.split(QLatin1Char('\n')).filter(QStringLiteral("| Fix it |")).value(0);
    QVERIFY2(!actionRow.isEmpty(), qPrintable(markdown));
    if (!autolink.isEmpty()) {
        QVERIFY2(actionRow.contains(autolink), qPrintable(actionRow));
    } else {
        QVERIFY2(!actionRow.contains(QLatin1Char('<')), qPrintable(actionRow));
        QVERIFY2(!actionRow.contains(QStringLiteral("](")), qPrintable(actionRow));
    }
    const QString html = markdownHtml(markdown);
    if (html.isEmpty())
        return;
    const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto match = href.globalMatch(html); match.hasNext();) {
        const QString target = match.next().captured(1).toLower();
        QVERIFY2(target.startsWith(QLatin1String("http:")) || target.startsWith(QLatin1String("https:"))
                     || target.startsWith(QLatin1String("mailto:")),
                 qPrintable(target));
    }
    QVERIFY2(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(html));
}

void TestHostileExports::markdownEntitiesStayLiteral()
{
    const QString text = QStringLiteral("&amp; &#x41; &#65; &copy; & alone, AT&T");
    const QString markdown = MarkdownExporter::markdown(sessionWithText(text));
    QVERIFY2(!markdown.contains(QStringLiteral(" &#x41;")), qPrintable(markdown));
    QVERIFY2(!markdown.contains(QStringLiteral(" &copy;")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("&amp;amp; &amp;#x41; &amp;#65; &amp;copy; & alone, AT&T")), qPrintable(markdown));
    const QString html = markdownHtml(markdown);
    if (html.isEmpty())
        return;
    // What a reader sees is what was typed: the rendered HTML escapes every "&" it shows.
    QVERIFY2(html.contains(QStringLiteral("&amp;amp; &amp;#x41; &amp;#65; &amp;copy; &amp; alone, AT&amp;T")), qPrintable(html));
}

void TestHostileExports::markdownTextCannotForgeStructure()
{
    const QString text = QStringLiteral("first line\n# Forged heading\n| a | b |\n|---|---|\n[click](javascript:alert(1)) "
                                        "<img src=x onerror=alert(1)> <b>bold</b> <!-- c --> ![i](https://e.example/i.png)\n"
                                        "```\ncode\n```\n---\n1. one\n> quote");
    const QString markdown = MarkdownExporter::markdown(sessionWithText(text));
    QVERIFY2(!markdown.contains(QStringLiteral("<img")), qPrintable(markdown));
    QVERIFY2(!markdown.contains(QStringLiteral("<b>")), qPrintable(markdown));
    QVERIFY2(!markdown.contains(QStringLiteral("<!--")), qPrintable(markdown));
    QVERIFY2(!markdown.contains(QStringLiteral("\n# Forged")), qPrintable(markdown));
    QVERIFY2(!markdown.contains(QRegularExpression(QStringLiteral("[^\\\\]\\]\\(javascript"))), qPrintable(markdown));
    const QString html = markdownHtml(markdown);
    if (html.isEmpty())
        return;
    QCOMPARE(html.count(QStringLiteral("<h1")), 1); // the title's
    QVERIFY2(!html.contains(QStringLiteral("Forged heading</h")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<b>")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<blockquote")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<pre")) || html.count(QStringLiteral("<pre")) == html.count(QStringLiteral("language-mermaid")),
             qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive) || !html.contains(QStringLiteral("href=\"javascript")),
             qPrintable(html));
}

void TestHostileExports::bidiControlsStayInsideTheirText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("RLO") << hostile(u"\u202Eevil");
    QTest::newRow("RLO, LRE, RLE") << hostile(u"a\u202Eb\u202Ac\u202Bd");
    QTest::newRow("unmatched PDF and PDI") << hostile(u"x\u202C\u2069\u2069y\u202E");
    QTest::newRow("isolates left open") << hostile(u"\u2066\u2067\u2068z");
    QTest::newRow("marks") << hostile(u"\u200E\u200F\u061C m");
    QTest::newRow("over lines") << hostile(u"one\u202E\ntwo\u2067\r\nthree\u2029four\u202D");
}

void TestHostileExports::bidiControlsStayInsideTheirText()
{
    QFETCH(QString, text);
    const Session session = sessionWithText(text);

    const QString markdown = MarkdownExporter::markdown(session);
    QCOMPARE(unbalancedBidiLine(markdown), QString());

    // The board puts each run in display order before the SVG gets it: a control left in a
    // <text> would have a viewer reorder it a second time.
    QByteArray svg;
    QCOMPARE(BoardImageExporter::svg(session, &svg), QString());
    QVERIFY(!SafeText::containsBidiControl(QString::fromUtf8(svg)));
    for (const Card &card : session.cards)
        QCOMPARE(unbalancedBidiLine(SafeText::isolated(card.text)), QString());
}

// An override at the end of one card's text must not turn the next card's words around where
// the report puts them on one line (the chain checks list "Why 1 “…” · Why 2 “…”").
void TestHostileExports::pdfReadsInOrderAroundAnOverride()
{
    const QString pdftotext = tool(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Session session = Test::chainSession(2);
    session.title = QStringLiteral("Bidi report");
    session.cards[1].text = hostile(u"Disk full \u202Eevil");
    session.cards[2].text = QStringLiteral("Log rotation stopped");
    const QString path = m_dir.filePath(QStringLiteral("bidi.pdf"));
    QCOMPARE(SessionExports::writePdf(session, path), QString());
    const QString text = Test::pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("· Why 2 “Log rotation stopped”")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("deppots noitator")), qPrintable(text));
}

// A session in memory is not trusted to have passed an import's limits: coordinates that are
// not numbers or absurdly far, and a text of a megabyte, still give exports of a board's size.
void TestHostileExports::exportsStayBoundedWhateverTheSessionHolds_data()
{
    QTest::addColumn<QPointF>("far");
    const qreal nan = std::numeric_limits<qreal>::quiet_NaN();
    const qreal infinity = std::numeric_limits<qreal>::infinity();
    QTest::newRow("1e300") << QPointF(1e300, -1e300);
    QTest::newRow("infinite") << QPointF(infinity, -infinity);
    QTest::newRow("not a number") << QPointF(nan, nan);
    QTest::newRow("at the limit") << QPointF(1e6, -1e6);
}

void TestHostileExports::exportsStayBoundedWhateverTheSessionHolds()
{
    QFETCH(QPointF, far);
    Session session = Test::chainSession(3);
    session.cards[0].position = QPointF(0, 0);
    session.cards[1].position = far;
    session.cards[2].position = -far;
    session.cards[3].text = QString(1000000, QLatin1Char('x'));
    const QString base = m_dir.filePath(QStringLiteral("bounded"));
    QCOMPARE(SessionExports::writeSvg(session, base + QStringLiteral(".svg")), QString());
    QVERIFY(QFileInfo(base + QStringLiteral(".svg")).size() < 2 * 1024 * 1024);
    QCOMPARE(SessionExports::writePng(session, base + QStringLiteral(".png")), QString());
    const QImage png(base + QStringLiteral(".png"));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() <= BoardImageExporter::maximumSide && png.height() <= BoardImageExporter::maximumSide);
    QCOMPARE(SessionExports::writeMarkdown(session, base + QStringLiteral(".md")), QString());
    QVERIFY(QFileInfo(base + QStringLiteral(".md")).size() < 200 * 1024);
    QCOMPARE(SessionExports::writePdf(session, base + QStringLiteral(".pdf")), QString());
    QVERIFY(QFileInfo(base + QStringLiteral(".pdf")).size() < 4 * 1024 * 1024);
}

void TestHostileExports::safeTextIsolatesAndBalances_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain stays plain") << QStringLiteral("plain text") << QStringLiteral("plain text");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("override closed") << hostile(u"\u202Eevil") << hostile(u"\u2068\u202Eevil\u202C\u2069");
    QTest::newRow("stray closers dropped") << hostile(u"a\u202C\u2069b\u200F") << hostile(u"\u2068ab\u200F\u2069");
    QTest::newRow("closed per line") << hostile(u"\u2067x\ny") << hostile(u"\u2068\u2067x\u2069\u2069\n\u2068y\u2069");
    QTest::newRow("PDI closes the embeddings inside") << hostile(u"\u2066\u202Ba\u2069b")
                                                      << hostile(u"\u2068\u2066\u202Ba\u202C\u2069b\u2069");
    QTest::newRow("Hebrew kept, isolated") << hostile(u"\u05E9\u05DC\u05D5\u05DD 12") << hostile(u"\u2068\u05E9\u05DC\u05D5\u05DD 12\u2069");
}

void TestHostileExports::safeTextIsolatesAndBalances()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SafeText::isolated(text), expected);
}

// QSvgGenerator writes in pieces that may cut a character in two: each character still comes
// through whole, and only the forbidden ones are replaced.
void TestHostileExports::xmlSafeDeviceKeepsCharactersSplitBetweenWrites()
{
    const QString text = QString::fromUtf16(u"<t>\u00FC\u20AC\U0001F600\u202E") + nul() + QStringLiteral("\x01 ok</t>");
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    XmlSafeDevice device(&buffer);
    QVERIFY(device.open(QIODevice::WriteOnly));
    for (const char byte : utf8)
        QCOMPARE(device.write(&byte, 1), qint64(1));
    device.close();
    QCOMPARE(QString::fromUtf8(out), QString::fromUtf16(u"<t>\u00FC\u20AC\U0001F600\uFFFD\uFFFD ok</t>"));
}

// The Markdown as a CommonMark renderer with GitHub's tables and autolinks makes it (cmark-gfm,
// Debian's package of GitHub's renderer), or empty
// (with the reason printed) when none is installed.
QString TestHostileExports::markdownHtml(const QString &markdown)
{
    const QString renderer = tool(QStringLiteral("cmark-gfm"));
    if (renderer.isEmpty()) {
        qInfo("cmark-gfm is not installed: the Markdown was checked by the strict text checks alone");
        return {};
    }
    QProcess process;
    // --unsafe: render raw HTML and every link as a permissive wiki would, so nothing is hidden
    // by the renderer's own filtering.
    process.start(renderer, {QStringLiteral("--unsafe"), QStringLiteral("--extension"), QStringLiteral("table"), QStringLiteral("--extension"),
                             QStringLiteral("autolink")});
    process.write(markdown.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QTEST_MAIN(TestHostileExports)
#include "tst_hostileexports.moc"
