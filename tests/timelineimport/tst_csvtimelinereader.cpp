// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/sessiondocument.h"
#include "timelineimport/csvmappingmemory.h"
#include "timelineimport/csvtimelinereader.h"
#include "timelineimport/timelineeventadder.h"
#include "timelineimport/timelineimporter.h"
#include "timelineimport/timelineimportplan.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

const QTimeZone berlin("Europe/Berlin");
const QTimeZone newYork("America/New_York");

QDateTime fixed(int y, int mo, int d, int h, int mi, int offsetHours)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::OffsetFromUTC, offsetHours * 3600);
}

TimelineImportOptions optionsIn(const QTimeZone &zone)
{
    TimelineImportOptions options;
    options.timeZone = zone;
    return options;
}

// A status-page style incident log as a team keeps it in a spreadsheet: two days, UTC times.
const QByteArray twoDayLog = "timestamp,author,type,message\n"
                             "2017-04-06T22:40:00Z,alice,trigger,Deploy of build 812 to checkout\n"
                             "2017-04-06T22:52:00Z,pagerduty,alert,\"Error rate above 5% on checkout, p99 4 s\"\n"
                             "2017-04-06T23:10:00Z,bob,escalated,Paged the database on-call\n"
                             "2017-04-07T00:35:00Z,carol,mitigated,\"Rolled back to build 811; \"\"partial\"\" recovery\"\n"
                             "2017-04-07T08:05:00Z,carol,resolved,Error rate normal for 8 hours\n";

} // namespace

// CsvTimelineReader: any CSV as timeline records, through TimelineImporter as the preview and
// --import-timeline read it.
class TestCsvTimelineReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Whyboard"));
        QCoreApplication::setApplicationName(QStringLiteral("Whyboard"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void readsAMultiDayIncident()
    {
        const QString path = write("incident.csv", twoDayLog);
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::Csv);
        const TimelineImportResult result = TimelineImporter::read(path, optionsIn(berlin));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, TimelineFormat::Csv);
        QCOMPARE(result.columns, (QStringList{"timestamp", "author", "type", "message"}));
        QCOMPARE(result.sampleRows.size(), 5);
        QCOMPARE(result.sampleRows.first().first(), QStringLiteral("2017-04-06T22:40:00Z"));
        QCOMPARE(result.csv.delimiter, QChar(u','));
        QCOMPARE(result.csv.header, CsvColumnMapping::Header::FirstRow);
        QCOMPARE(result.csv.timeColumn, 0);
        QCOMPARE(result.csv.authorColumn, 1);
        QCOMPARE(result.csv.kindColumn, 2);
        QCOMPARE(result.csv.textColumn, 3);
        QCOMPARE(result.records.size(), 5);

        // UTC times shown in Berlin (+02:00): the incident runs into the next two days there.
        const TimelineRecord &first = result.records.first();
        QCOMPARE(first.at, fixed(2017, 4, 7, 0, 40, 2));
        QCOMPARE(first.at.offsetFromUtc(), 7200);
        QCOMPARE(first.author, QStringLiteral("alice"));
        QCOMPARE(first.kind, EventKind::Trigger);
        QCOMPARE(first.location, QStringLiteral("line 2"));
        QCOMPARE(result.records.at(1).kind, EventKind::Detection);
        QCOMPARE(result.records.at(1).text, QStringLiteral("Error rate above 5% on checkout, p99 4 s"));
        QCOMPARE(result.records.at(2).kind, EventKind::Escalation);
        QCOMPARE(result.records.at(3).kind, EventKind::Mitigation);
        QCOMPARE(result.records.at(3).text, QStringLiteral("Rolled back to build 811; \"partial\" recovery"));
        QCOMPARE(result.records.at(4).kind, EventKind::Resolution);
        QCOMPARE(result.records.at(4).at.date(), QDate(2017, 4, 7));
        for (const TimelineRecord &record : result.records)
            QVERIFY2(record.skipReason.isEmpty(), qPrintable(record.skipReason));
    }

    void keepsTheRangeAsked()
    {
        const QString path = write("range.csv", twoDayLog);
        TimelineImportOptions options = optionsIn(berlin);
        options.since = fixed(2017, 4, 7, 1, 0, 2);
        options.until = fixed(2017, 4, 7, 9, 0, 2);
        const TimelineImportResult result = TimelineImporter::read(path, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.outsideRange, 3);
        QCOMPARE(result.records.first().text, QStringLiteral("Paged the database on-call"));
    }

    void readsAGermanSemicolonFileAcrossTheSpringChange()
    {
        // Excel in a German locale: semicolons, day.month.year, decimal commas in another column.
        const QString path = write("störung.csv", "Zeitpunkt;Benutzer;Nachricht;Dauer (h)\r\n"
                                                  "25.03.2017 23:50;anna;Alarm: Fehlerquote über 5 %;0,5\r\n"
                                                  "26.03.2017 01:59;jonas;Datenbank neu gestartet;1,5\r\n"
                                                  "26.03.2017 03:00;anna;Fehlerquote normal, Störung behoben;0,25\r\n"
                                                  "26.03.2017 02:30;jonas;in der Stunde, die es nicht gab;0\r\n");
        const TimelineImportResult result = TimelineImporter::read(path, optionsIn(berlin));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.csv.delimiter, QChar(u';'));
        QCOMPARE(result.csv.timeColumn, 0);
        QCOMPARE(result.csv.authorColumn, 1);
        QCOMPARE(result.csv.textColumn, 2);
        QCOMPARE(result.csv.kindColumn, -1);
        QCOMPARE(result.records.size(), 4);
        QCOMPARE(result.records.at(0).at, fixed(2017, 3, 25, 23, 50, 1));
        QCOMPARE(result.records.at(3).skipReason,
                 QStringLiteral("time “26.03.2017 02:30” does not exist in Europe/Berlin: the clocks went forward then"));
        QCOMPARE(result.records.at(1).at, fixed(2017, 3, 26, 1, 59, 1));
        QCOMPARE(result.records.at(2).at, fixed(2017, 3, 26, 3, 0, 2));
        QCOMPARE(result.records.at(1).at.secsTo(result.records.at(2).at), 60);
        QCOMPARE(result.records.at(2).text, QStringLiteral("Fehlerquote normal, Störung behoben"));
    }

    void readsAnAmericanTabFileAcrossTheSpringChange()
    {
        // 03/13 further down says month first for the whole column.
        QByteArray tsv = "Time\tUser\tDescription\n";
        for (int i = 0; i < 24; ++i)
            tsv += "03/11/2017 11:" + QByteArray::number(10 + i) + " PM\tdana\tStill degraded, check " + QByteArray::number(i) + "\n";
        tsv += "03/12/2017 1:59 AM\tdana\tFailover started\n"
               "03/12/2017 3:00 AM\tdana\tFailover done\n"
               "03/13/2017 9:00 AM\tevan\tPostmortem scheduled\n";
        const QString path = write("incident.tsv", tsv);
        const TimelineImportResult result = TimelineImporter::read(path, optionsIn(newYork));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.csv.delimiter, QChar(u'\t'));
        QCOMPARE(result.csv.dateOrder, CsvColumnMapping::DateOrder::MonthFirst);
        QVERIFY2(result.csvNote.isEmpty(), qPrintable(result.csvNote));
        QCOMPARE(result.sampleRows.size(), CsvTimelineReader::sampleRowCount);
        QCOMPARE(result.records.size(), 27);
        QCOMPARE(result.records.first().at, fixed(2017, 3, 11, 23, 10, -5));
        QCOMPARE(result.records.at(24).at, fixed(2017, 3, 12, 1, 59, -5));
        QCOMPARE(result.records.at(25).at, fixed(2017, 3, 12, 3, 0, -4));
        QCOMPARE(result.records.at(26).at.date(), QDate(2017, 3, 13));
        QCOMPARE(result.records.at(26).location, QStringLiteral("line 28"));
    }

    void saysWhenTheOrderOfDatesIsAGuess()
    {
        const QString path = write("ambiguous.csv", "time,text\n05/04/2017 18:42,deploy\n06/04/2017 09:00,rollback\n");
        const TimelineImportResult result = TimelineImporter::read(path, optionsIn(berlin));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.csvNote.isEmpty());
        QVERIFY(result.csvNote.contains("05/04/2017"));
        // The preview's choice of order is the user's.
        TimelineImportOptions options = optionsIn(berlin);
        options.csv.dateOrder = CsvColumnMapping::DateOrder::MonthFirst;
        const TimelineImportResult chosen = TimelineImporter::read(path, options);
        QCOMPARE(chosen.records.first().at.date(), QDate(2017, 5, 4));
        QVERIFY(chosen.csvNote.isEmpty());
    }

    void readsAFileWithoutAHeader()
    {
        const QString path = write("noheader.csv", "2017-04-06 18:42:10,alice,Deploy started\n"
                                                   "2017-04-06 18:50:00,bob,Checkout errors alert\n");
        const TimelineImportResult result = TimelineImporter::read(path, optionsIn(berlin));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.csv.header, CsvColumnMapping::Header::None);
        QCOMPARE(result.columns, (QStringList{"Column 1", "Column 2", "Column 3"}));
        QCOMPARE(result.sampleRows.size(), 2);
        QCOMPARE(result.csv.timeColumn, 0);
        QCOMPARE(result.csv.textColumn, 2);
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records.first().location, QStringLiteral("line 1"));
        QCOMPARE(result.records.first().at, QDateTime(QDate(2017, 4, 6), QTime(18, 42, 10), Qt::OffsetFromUTC, 7200));
        QCOMPARE(result.records.first().text, QStringLiteral("Deploy started"));
    }

    void rowsItCannotReadAreSkippedWithTheReason()
    {
        const QString path = write("odd.csv", "time,text\n"
                                              "2017-04-06 18:42,deploy\n"
                                              "next tuesday,rollback\n"
                                              "2017-04-06 19:00,\n"
                                              ",no time here\n");
        const TimelineImportResult result = TimelineImporter::read(path, optionsIn(berlin));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.records.size(), 4);
        QVERIFY(result.records.at(0).skipReason.isEmpty());
        QCOMPARE(result.records.at(1).skipReason, QStringLiteral("time “next tuesday” not understood"));
        QCOMPARE(result.records.at(1).location, QStringLiteral("line 3"));
        QCOMPARE(result.records.at(2).skipReason, QStringLiteral("it has no text"));
        QCOMPARE(result.records.at(3).skipReason, QStringLiteral("it has no time"));
        const QList<TimelineImportRow> rows = TimelineImportPlan::plan(Session{}, result.records);
        QCOMPARE(TimelineImportPlan::eventsToAdd(rows).size(), 1);
    }

    void theUsersMappingIsUsedAsChosen()
    {
        const QString path = write("chosen.csv", twoDayLog);
        TimelineImportOptions options = optionsIn(berlin);
        options.csv.guessColumns = false;
        options.csv.timeColumn = 0;
        options.csv.textColumn = 3;
        options.csv.authorColumn = -1; // no author in the events
        options.csv.kindColumn = -1;   // kinds from the words
        const TimelineImportResult result = TimelineImporter::read(path, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.csv.guessColumns);
        QCOMPARE(result.csv.authorColumn, -1);
        QVERIFY(result.records.first().author.isEmpty());
        QCOMPARE(result.records.at(3).kind, EventKind::Mitigation); // "Rolled back"
        QCOMPARE(result.records.first().kind, EventKind::Note);     // the word "trigger" is not read
    }

    void aRememberedMappingOpensTheNextFile()
    {
        const QByteArray header = "When,Who,Status,Notes,Ticket,\n"; // a last column without a name
        const QString first = write("week1.csv", header + "2017-04-06 18:42,alice,open,Deploy started,INC-1,\n");
        // What the guess makes of it: "Notes" is no known name, the longest text wins.
        const TimelineImportResult guessed = TimelineImporter::read(first, optionsIn(berlin));
        QVERIFY2(guessed.ok(), qPrintable(guessed.error));
        QCOMPARE(guessed.csv.timeColumn, 0);
        QCOMPARE(guessed.csv.authorColumn, 1);
        QCOMPARE(guessed.csv.textColumn, 3);
        QCOMPARE(guessed.columns.last(), QStringLiteral("Column 6"));
        QCOMPARE(guessed.csvHeader.last(), QString());

        // The user maps Ticket to nothing, Status to the kind, and the preview remembers it.
        CsvColumnMapping chosen = guessed.csv;
        chosen.guessColumns = false;
        chosen.kindColumn = 2;
        CsvMappingMemory::remember(guessed.csvHeader, chosen);

        const QString second = write("week2.csv", header + "2017-04-13 09:15,bob,resolved,Cache warmed again,INC-2,\n");
        const TimelineImportResult next = TimelineImporter::read(second, optionsIn(berlin));
        QVERIFY2(next.ok(), qPrintable(next.error));
        QVERIFY(!next.csv.guessColumns);
        QCOMPARE(next.csv.kindColumn, 2);
        QCOMPARE(next.records.size(), 1);
        QCOMPARE(next.records.first().kind, EventKind::Resolution);
        QCOMPARE(next.records.first().text, QStringLiteral("Cache warmed again"));
        CsvMappingMemory::forget(guessed.csvHeader);
    }

    void aSecondImportAddsOnlyWhatIsNew()
    {
        QList<QByteArray> lines = twoDayLog.split('\n');
        const QString shorter = write("short.csv", QList<QByteArray>(lines.mid(0, 4)).join('\n') + '\n');
        const QString longer = write("long.csv", twoDayLog);

        SessionDocument document;
        const TimelineImportResult firstRead = TimelineImporter::read(shorter, optionsIn(berlin));
        QVERIFY2(firstRead.ok(), qPrintable(firstRead.error));
        const QList<TimelineImportRow> firstRows = TimelineImportPlan::plan(document.session(), firstRead.records);
        QCOMPARE(TimelineEventAdder::add(&document, TimelineImportPlan::eventsToAdd(firstRows), "Import").size(), 3);

        const TimelineImportResult secondRead = TimelineImporter::read(longer, optionsIn(berlin));
        QVERIFY2(secondRead.ok(), qPrintable(secondRead.error));
        const QList<TimelineImportRow> rows = TimelineImportPlan::plan(document.session(), secondRead.records);
        QCOMPARE(rows.size(), 5);
        int already = 0;
        for (const TimelineImportRow &row : rows)
            already += row.status == TimelineImportRow::Status::AlreadyInTimeline;
        QCOMPARE(already, 3);
        QCOMPARE(TimelineEventAdder::add(&document, TimelineImportPlan::eventsToAdd(rows), "Import").size(), 2);
        QCOMPARE(document.session().timeline.size(), 5);

        // Read in another zone, the same instants are still the same events.
        const TimelineImportResult again = TimelineImporter::read(longer, optionsIn(newYork));
        QVERIFY(TimelineImportPlan::eventsToAdd(TimelineImportPlan::plan(document.session(), again.records)).isEmpty());
    }

    void brokenQuotingNamesTheFileAndLineAndGivesNothing()
    {
        const QString path = write("broken.csv", "time,text\n2017-04-06 18:42,deploy\n2017-04-06 18:50,\"never closed\n"
                                                 "2017-04-06 19:00,rollback\n");
        QCOMPARE(TimelineImporter::detect(path), TimelineFormat::Csv);
        const TimelineImportResult result = TimelineImporter::read(path, optionsIn(berlin));
        QVERIFY(!result.ok());
        QVERIFY(result.records.isEmpty());
        QVERIFY2(result.error.startsWith(QDir::toNativeSeparators(path) + ", line 3: "), qPrintable(result.error));

        // Far down, after the samples: still nothing.
        QByteArray late = "time,text\n";
        for (int i = 0; i < 100; ++i)
            late += "2017-04-06 18:" + QByteArray::number(10 + i % 50) + ",step " + QByteArray::number(i) + "\n";
        late += "2017-04-06 19:00,\"quoted\"tail\n";
        const TimelineImportResult lateResult = TimelineImporter::read(write("late.csv", late), optionsIn(berlin));
        QVERIFY(lateResult.records.isEmpty());
        QVERIFY2(lateResult.error.endsWith(", line 102: text after a closing quote in column 2"), qPrintable(lateResult.error));
    }

    void recognisesOnlyColumns()
    {
        const auto peekOf = [](const QByteArray &head) {
            TimelineSourcePeek peek;
            peek.path = "file";
            peek.head = head;
            return peek;
        };
        QVERIFY(CsvTimelineReader::recognises(peekOf(twoDayLog)));
        QVERIFY(CsvTimelineReader::recognises(peekOf("a;b\n1;2\n")));
        QVERIFY(CsvTimelineReader::recognises(peekOf("a\tb\n1\t2\n")));
        QVERIFY(!CsvTimelineReader::recognises(peekOf("just words\nand more words\n")));
        QVERIFY(!CsvTimelineReader::recognises(peekOf("a,b\n1,2,3\n4\n")));
        QVERIFY(!CsvTimelineReader::recognises(peekOf("{\"type\":\"post\",\"post\":{\"a\":1,\"b\":2}}\n")));
        QVERIFY(!CsvTimelineReader::recognises(peekOf("[{\"a\":1,\"b\":2},\n{\"a\":1,\"b\":2}]\n")));
        QVERIFY(!CsvTimelineReader::recognises(peekOf(QByteArray("PK\x03\x04,a,b\n", 10))));
        QVERIFY(!CsvTimelineReader::recognises(peekOf(QByteArray("a,b\n\0\0,\1\n", 10))));
        QVERIFY(!CsvTimelineReader::recognises(peekOf({})));
    }

    void aLongReadReportsProgressAndCanBeCancelled()
    {
        QByteArray big = "time,text\n";
        for (int i = 0; i < 9000; ++i)
            big += "2017-04-06 18:42:" + QByteArray::number(i % 60).rightJustified(2, '0') + ",line " + QByteArray::number(i) + "\n";
        const QString path = write("big.csv", big);
        QList<qint64> done;
        const TimelineImportResult all = TimelineImporter::read(path, optionsIn(berlin), [&done](qint64 bytes, qint64 total) {
            done.append(bytes);
            return total > 0;
        });
        QVERIFY2(all.ok(), qPrintable(all.error));
        QCOMPARE(all.records.size(), 9000);
        QVERIFY(done.size() >= 4);
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        QCOMPARE(done.last(), qint64(big.size()));

        const TimelineImportResult cancelled =
            TimelineImporter::read(path, optionsIn(berlin), [](qint64, qint64) { return false; });
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.records.isEmpty());
    }

    void tooManyRowsInRangeIsAnErrorNotAFlood()
    {
        QByteArray huge = "time,text\n";
        huge.reserve(3 * 1024 * 1024);
        for (int i = 0; i <= TimelineImporter::maxRecords + 10; ++i)
            huge += "2017-04-06 18:42,x" + QByteArray::number(i) + "\n";
        const TimelineImportResult result = TimelineImporter::read(write("huge.csv", huge), optionsIn(berlin));
        QVERIFY(!result.ok());
        QVERIFY(result.records.isEmpty());
        QVERIFY2(result.error.contains("choose a shorter range"), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestCsvTimelineReader)
#include "tst_csvtimelinereader.moc"
