// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "reporttesthelpers.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// --language, --sections and --summary on the real binary under an English (C) interface:
// the export speaks the chosen language, a bad choice writes nothing and says what is valid.
class TestReportLanguageCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString library() const { return path(QStringLiteral("lib.whyboard")); }
    Test::CommandRun run(QStringList arguments) const
    {
        arguments.append(library());
        return Test::runWhyboard(arguments, m_dir.path());
    }
    // Any kind of space reads as a plain one; Markdown escapes gone.
    static QString spaced(QString text)
    {
        return text.replace(QChar::Nbsp, QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' ')).remove(QLatin1Char('\\'));
    }
    QString exportMarkdown(const QString &session, const QString &language)
    {
        const QString out = path(QStringLiteral("out-%1-%2.md").arg(session, language));
        const Test::CommandRun result = run({QStringLiteral("--export-markdown"), out, QStringLiteral("--session"), session,
                                             QStringLiteral("--language"), language});
        if (result.exitCode != 0)
            return QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.err);
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? spaced(QString::fromUtf8(file.readAll())) : QString();
    }
    QString exportPdfText(const QStringList &options, const QString &name)
    {
        const QString out = path(name);
        const Test::CommandRun result =
            run(QStringList{QStringLiteral("--export-pdf"), out, QStringLiteral("--session"), QStringLiteral("1")} + options);
        if (result.exitCode != 0)
            return QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.err);
        return Test::pdfText(out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The interface is English whatever this machine speaks.
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
        QVERIFY(QDir().mkpath(path(QStringLiteral("runtime"))));
        QFile::setPermissions(path(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString example = QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json");
        QCOMPARE(run({QStringLiteral("--import"), example}).out.trimmed(), QStringLiteral("1"));
        // The same incident at 12.50 a minute: an amount with decimals.
        QFile source(example);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray json = source.readAll();
        QVERIFY(json.contains("\"costPerMinute\": 250"));
        json.replace("\"costPerMinute\": 250", "\"costPerMinute\": 12.5");
        QFile cheaper(path(QStringLiteral("cheaper.json")));
        QVERIFY(cheaper.open(QIODevice::WriteOnly));
        cheaper.write(json);
        cheaper.close();
        QCOMPARE(run({QStringLiteral("--import"), cheaper.fileName()}).out.trimmed(), QStringLiteral("2"));
    }

    void markdownInGermanUnderAnEnglishInterface()
    {
        const QString markdown = exportMarkdown(QStringLiteral("1"), QStringLiteral("de"));
        QVERIFY2(markdown.contains(QStringLiteral("Donnerstag, 6. April 2017")), qPrintable(markdown.left(600)));
        QVERIFY2(markdown.contains(QStringLiteral("9.750 USD")), qPrintable(markdown.left(1200)));
        QVERIFY(markdown.contains(QStringLiteral("## Zeitleiste")));
        QVERIFY(markdown.contains(QStringLiteral("Aus Whyboard exportiert am")));
        QVERIFY(!markdown.contains(QStringLiteral("Thursday")));
        QVERIFY(!markdown.contains(QStringLiteral("9,750")));
        QVERIFY(!markdown.contains(QStringLiteral("## Timeline")));
        const QString cheaper = exportMarkdown(QStringLiteral("2"), QStringLiteral("de"));
        QVERIFY2(cheaper.contains(QStringLiteral("12,50 USD")), qPrintable(cheaper.left(1200)));
        // Without --language the interface's (English, C) language and ISO dates.
        const QString out = path(QStringLiteral("plain.md"));
        QCOMPARE(run({QStringLiteral("--export-markdown"), out, QStringLiteral("--session"), QStringLiteral("1")}).exitCode, 0);
        QFile plain(out);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        const QString english = QString::fromUtf8(plain.readAll());
        QVERIFY(english.contains(QStringLiteral("## Timeline")));
        QVERIFY(!english.contains(QStringLiteral("Donnerstag")));
    }

    void markdownInFrenchAndEnglish()
    {
        const QString french = exportMarkdown(QStringLiteral("1"), QStringLiteral("fr"));
        QVERIFY2(french.contains(QStringLiteral("jeudi 6 avril 2017")), qPrintable(french.left(600)));
        QVERIFY(french.contains(QStringLiteral("9 750 USD")));
        QVERIFY(french.contains(QStringLiteral("## Chronologie")));
        QVERIFY(exportMarkdown(QStringLiteral("2"), QStringLiteral("fr")).contains(QStringLiteral("12,50 USD")));
        const QString english = exportMarkdown(QStringLiteral("1"), QStringLiteral("en"));
        QVERIFY2(english.contains(QStringLiteral("Thursday, April 6, 2017")), qPrintable(english.left(600)));
        QVERIFY(english.contains(QStringLiteral("USD 9,750")));
        QVERIFY(exportMarkdown(QStringLiteral("2"), QStringLiteral("en")).contains(QStringLiteral("USD 12.50")));
        // A country's formats: Swiss German groups with an apostrophe.
        QVERIFY(exportMarkdown(QStringLiteral("1"), QStringLiteral("de_CH")).contains(QStringLiteral("9’750")));
    }

    void pdfInGerman()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        const QString text = exportPdfText({QStringLiteral("--language"), QStringLiteral("de")}, QStringLiteral("de.pdf"));
        QVERIFY2(text.contains(QStringLiteral("April 2017")), qPrintable(text.left(800)));
        QVERIFY(text.contains(QStringLiteral("9.750")));
        QVERIFY(text.contains(QStringLiteral("Warum-Kette")));
        QVERIFY(text.contains(QStringLiteral("Seite 1 von")));
        QVERIFY(!text.contains(QStringLiteral("9,750")));
        QVERIFY(!text.contains(QStringLiteral("Page 1 of")));
        const QString french = exportPdfText({QStringLiteral("--language"), QStringLiteral("fr")}, QStringLiteral("fr.pdf"));
        QVERIFY2(french.contains(QStringLiteral("avril 2017")), qPrintable(french.left(800)));
        QVERIFY(french.contains(QStringLiteral("9 750")));
        QVERIFY(french.contains(QStringLiteral("Page 1 sur")));
    }

    void pdfSections()
    {
        const QString all = exportPdfText({QStringLiteral("--language"), QStringLiteral("en")}, QStringLiteral("all.pdf"));
        QVERIFY(all.contains(QStringLiteral("Read-back")));
        QVERIFY(all.contains(QStringLiteral("Timeline")));
        QVERIFY(all.contains(QStringLiteral("Chain checks")));
        const QString noAppendices = exportPdfText({QStringLiteral("--sections"), QStringLiteral("-timeline,-actions")},
                                                   QStringLiteral("no-appendices.pdf"));
        QVERIFY2(noAppendices.contains(QStringLiteral("Read-back")), qPrintable(noAppendices.left(400)));
        QVERIFY(!noAppendices.contains(QStringLiteral("Timeline")));
        const QString chainOnly = exportPdfText({QStringLiteral("--sections"), QStringLiteral("diagram,readback")},
                                                QStringLiteral("chain-only.pdf"));
        QVERIFY(chainOnly.contains(QStringLiteral("Read-back")));
        QVERIFY(!chainOnly.contains(QStringLiteral("Chain checks")));
    }

    void summaryPage()
    {
        const QString pdf = path(QStringLiteral("summary.pdf"));
        QCOMPARE(run({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--session"), QStringLiteral("1"),
                      QStringLiteral("--summary")})
                     .exitCode,
                 0);
        QCOMPARE(Test::pdfPageCount(pdf), 1);
        // The same page as a picture: a portrait page, not the landscape board.
        const QString png = path(QStringLiteral("summary.png"));
        QCOMPARE(run({QStringLiteral("--export-png"), png, QStringLiteral("--session"), QStringLiteral("1"),
                      QStringLiteral("--summary"), QStringLiteral("--language"), QStringLiteral("de")})
                     .exitCode,
                 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.height() > image.width(), qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
        const QString board = path(QStringLiteral("board.png"));
        QCOMPARE(run({QStringLiteral("--export-png"), board, QStringLiteral("--session"), QStringLiteral("1")}).exitCode, 0);
        QVERIFY(QImage(board).size() != image.size());
    }

    void badChoicesWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString pdf = QStringLiteral("bad.pdf");
        const QString md = QStringLiteral("bad.md");
        QTest::newRow("unknown language, pdf")
            << QStringList{QStringLiteral("--export-pdf"), pdf, QStringLiteral("--language"), QStringLiteral("xx")}
            << QStringLiteral("no report language “xx”; available: de, en, fr");
        QTest::newRow("unknown language, markdown")
            << QStringList{QStringLiteral("--export-markdown"), md, QStringLiteral("--language"), QStringLiteral("klingon")}
            << QStringLiteral("no report language “klingon”; available: de, en, fr");
        QTest::newRow("C is no language")
            << QStringList{QStringLiteral("--export-markdown"), md, QStringLiteral("--language"), QStringLiteral("C")}
            << QStringLiteral("available: de, en, fr");
        QTest::newRow("unknown section")
            << QStringList{QStringLiteral("--export-pdf"), pdf, QStringLiteral("--sections"), QStringLiteral("diagram,frobs")}
            << QStringLiteral("no section “frobs”; the sections are: summary, people, diagram, readback, causes, "
                              "parkinglot, checks, actions, timeline");
        QTest::newRow("nothing left")
            << QStringList{QStringLiteral("--export-pdf"), pdf, QStringLiteral("--sections"), QStringLiteral("-all")}
            << QStringLiteral("leaves no section");
        QTest::newRow("sections for markdown")
            << QStringList{QStringLiteral("--export-markdown"), md, QStringLiteral("--sections"), QStringLiteral("all")}
            << QStringLiteral("--export-markdown does not take --sections");
        QTest::newRow("summary for markdown")
            << QStringList{QStringLiteral("--export-markdown"), md, QStringLiteral("--summary")}
            << QStringLiteral("--export-markdown does not take --summary");
        QTest::newRow("summary and sections")
            << QStringList{QStringLiteral("--export-pdf"), pdf, QStringLiteral("--summary"), QStringLiteral("--sections"),
                           QStringLiteral("diagram")}
            << QStringLiteral("--summary and --sections cannot be combined");
        QTest::newRow("language without value") << QStringList{QStringLiteral("--export-pdf"), pdf, QStringLiteral("--language")}
                                                << QStringLiteral("--language needs a language: de, en, fr");
    }

    void badChoicesWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString out = path(arguments.at(1));
        arguments[1] = out;
        const bool valueLast = arguments.constLast() == QLatin1String("--language");
        if (!valueLast)
            arguments << QStringLiteral("--session") << QStringLiteral("1");
        // A missing value must not swallow the library: run the binary with the arguments as they are.
        const Test::CommandRun result =
            valueLast ? Test::runWhyboard(arguments, m_dir.path()) : run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(int(result.err.count(QLatin1Char('\n'))), 1);
        QVERIFY(!QFile::exists(out));
    }

    void helpNamesTheOptions()
    {
        const Test::CommandRun result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *option : {"--language LANG", "--sections LIST", "--summary", "-causes,-actions,-timeline"})
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestReportLanguageCommand)
#include "tst_reportlanguagecommand.moc"
