// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Whyboard;

namespace {

struct ReadAll
{
    QList<QStringList> records;
    QList<int> lines;
    QString error;
};

ReadAll readAll(QByteArray bytes, QChar delimiter = QLatin1Char(','))
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, delimiter);
    ReadAll all;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        all.records.append(fields);
        all.lines.append(reader.recordLine());
    }
    all.error = reader.error();
    return all;
}

} // namespace

// CsvReader: what spreadsheets and incident tools write, read into the same rows, and broken
// files named by their line instead of read into shifted columns.
class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesTheDelimiter_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QByteArray("time,text,author\n2017-04-06 18:42,deploy,alice\n") << QChar(u',');
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("Zeit;Nachricht;Dauer\n06.04.2017 18:42;Deploy;1,5\n06.04.2017 18:50;Rollback;0,25\n")
            << QChar(u';');
        QTest::newRow("tab") << QByteArray("time\ttext\n2017-04-06 18:42\tdeploy, then alert\n") << QChar(u'\t');
        QTest::newRow("commas inside quotes do not count")
            << QByteArray("time;text\n2017-04-06;\"a, b, c\"\n2017-04-07;\"d, e\"\n") << QChar(u';');
        QTest::newRow("nothing tells: comma") << QByteArray("just one column\nof words\n") << QChar(u',');
    }

    void guessesTheDelimiter()
    {
        QFETCH(QByteArray, head);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvReader::guessDelimiter(head), delimiter);
    }

    void readsHeaderAndRowsAlike()
    {
        const ReadAll with = readAll("time,text\n2017-04-06 18:42,deploy\n");
        QCOMPARE(with.records, (QList<QStringList>{{"time", "text"}, {"2017-04-06 18:42", "deploy"}}));
        const ReadAll without = readAll("2017-04-06 18:42,deploy\n2017-04-06 18:50,rollback");
        QCOMPARE(without.records, (QList<QStringList>{{"2017-04-06 18:42", "deploy"}, {"2017-04-06 18:50", "rollback"}}));
        QVERIFY(without.error.isEmpty());
    }

    void readsQuotedFields()
    {
        const ReadAll all = readAll("a,\"b, with comma\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\nnext,row,,,\n");
        QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
        QCOMPARE(all.records.size(), 2);
        QCOMPARE(all.records.at(0), (QStringList{"a", "b, with comma", "say \"hi\"", "two\nlines", ""}));
        QCOMPARE(all.records.at(1), (QStringList{"next", "row", "", "", ""}));
        QCOMPARE(all.lines, (QList<int>{1, 3}));
    }

    void readsSemicolonsAndTabs()
    {
        QCOMPARE(readAll("06.04.2017 18:42;\"Deploy; Stufe 2\";1,5\n", QLatin1Char(';')).records.first(),
                 (QStringList{"06.04.2017 18:42", "Deploy; Stufe 2", "1,5"}));
        QCOMPARE(readAll("a\tb, c\t\"d\te\"\n", QLatin1Char('\t')).records.first(), (QStringList{"a", "b, c", "d\te"}));
    }

    void readsCrlfAndItsLineBreaksInQuotes()
    {
        const ReadAll all = readAll("time,text\r\n2017-04-06,\"first\r\nsecond\"\r\n2017-04-07,last\r");
        QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
        QCOMPARE(all.records, (QList<QStringList>{{"time", "text"}, {"2017-04-06", "first\nsecond"}, {"2017-04-07", "last"}}));
        QCOMPARE(all.lines, (QList<int>{1, 2, 4}));
    }

    void dropsTheByteOrderMark()
    {
        const ReadAll all = readAll("\xEF\xBB\xBFtime,text\n2017-04-06,ü\n");
        QCOMPARE(all.records.first().first(), QStringLiteral("time"));
        QCOMPARE(all.records.at(1).at(1), QStringLiteral("ü"));
    }

    void skipsBlankLinesButCountsThem()
    {
        const ReadAll all = readAll("\n\ntime,text\n\n   \n2017-04-06,deploy\n\n");
        QCOMPARE(all.records, (QList<QStringList>{{"time", "text"}, {"2017-04-06", "deploy"}}));
        QCOMPARE(all.lines, (QList<int>{3, 6}));
        QVERIFY(readAll("").records.isEmpty());
        QVERIFY(readAll("").error.isEmpty());
    }

    void anUnclosedQuoteNamesTheLineWhereTheRecordStarted()
    {
        const ReadAll all = readAll("time,text\n2017-04-06,fine\n2017-04-07,\"never closed\nmore\nand more\n");
        QCOMPARE(all.records.size(), 2);
        QVERIFY2(all.error.startsWith(QLatin1String("line 3:")), qPrintable(all.error));
        QVERIFY2(all.error.contains(QLatin1String("never closed")), qPrintable(all.error));
    }

    void textAfterAClosingQuoteNamesItsLine()
    {
        const ReadAll all = readAll("time,text\n2017-04-06,\"quoted\"tail\n");
        QVERIFY2(all.error.startsWith(QLatin1String("line 2:")), qPrintable(all.error));
        QVERIFY2(all.error.contains(QLatin1String("column 2")), qPrintable(all.error));
        QCOMPARE(all.records.size(), 1);
    }

    void aHugeUnterminatedFieldIsAnErrorNotAHang()
    {
        QByteArray bytes("time,text\n2017-04-06,\"");
        const QByteArray line(99, 'x');
        while (bytes.size() < 2 * 1024 * 1024)
            bytes += line + '\n';
        const ReadAll all = readAll(bytes);
        QVERIFY2(all.error.startsWith(QLatin1String("line 2:")), qPrintable(all.error));
        QCOMPARE(all.records.size(), 1);

        // The same without a single line break: one 2 MB line.
        const ReadAll oneLine = readAll("time,text\n2017-04-06,\"" + QByteArray(2 * 1024 * 1024, 'y'));
        QVERIFY2(oneLine.error.startsWith(QLatin1String("line 2:")), qPrintable(oneLine.error));
    }

    void invalidUtf8IsAnError()
    {
        const ReadAll all = readAll("time,text\n2017-04-06,caf\xE9\n");
        QVERIFY2(all.error.startsWith(QLatin1String("line 2:")), qPrintable(all.error));
        QVERIFY2(all.error.contains(QLatin1String("UTF-8")), qPrintable(all.error));
        QCOMPARE(all.records.size(), 1);
    }

    void tooManyColumnsIsAnError()
    {
        const ReadAll all = readAll(QByteArray(CsvReader::maxFields + 5, ',') + '\n');
        QVERIFY2(all.error.startsWith(QLatin1String("line 1:")), qPrintable(all.error));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
