// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/csvtimelinereader.h"

#include "timelineimport/csvcolumnguess.h"
#include "timelineimport/csvmappingmemory.h"
#include "timelineimport/csvreader.h"
#include "timelineimport/csvtimeparser.h"
#include "timelineimport/importtime.h"
#include "timelineimport/timelineimporter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLocale>

namespace Whyboard {

namespace {

constexpr int progressEvery = 2000; // records between two progress calls

struct Row
{
    QStringList fields;
    int line = 0;
};

bool allEmpty(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) { return field.trimmed().isEmpty(); });
}

QString fieldAt(const QStringList &fields, int column)
{
    return column >= 0 ? fields.value(column).trimmed() : QString();
}

} // namespace

bool CsvTimelineReader::recognises(const TimelineSourcePeek &peek)
{
    if (peek.isDirectory || peek.isZip() || peek.head.isEmpty() || peek.head.contains('\0'))
        return false;
    const QByteArray start = peek.firstLine();
    if (start.startsWith('{') || start.startsWith('['))
        return false; // JSON, whatever its commas
    QByteArray head = peek.head;
    if (head.size() >= 64 * 1024) // cut off: drop the last, partial line
        head.truncate(head.lastIndexOf('\n') + 1);
    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvReader::guessDelimiter(head));
    QStringList fields;
    qsizetype columns = -1;
    int records = 0;
    while (records < 50 && reader.readRecord(&fields)) {
        if (columns < 0)
            columns = fields.size();
        else if (fields.size() != columns)
            return false;
        ++records;
    }
    // Broken quoting further down is still a CSV: its reader names the line.
    return columns >= 2 && (records >= 2 || !reader.error().isEmpty());
}

TimelineImportResult CsvTimelineReader::read(const QString &path, const TimelineImportOptions &options,
                                             const ImportProgress &progress)
{
    TimelineImportResult result;
    result.format = TimelineFormat::Csv;
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("“%1” cannot be read: %2").arg(shownPath, file.errorString());
        return result;
    }
    const qint64 size = file.size();
    const QChar delimiter = options.csv.delimiter.isNull() ? CsvReader::guessDelimiter(file.peek(64 * 1024))
                                                           : options.csv.delimiter;
    CsvReader reader(&file, delimiter);
    const auto failed = [&] {
        result.error = tr("%1, %2").arg(shownPath, reader.error());
        return result;
    };

    // The first rows: the header, the samples the guesses and the preview need.
    QList<Row> first;
    QStringList fields;
    while (first.size() <= sampleRowCount && reader.readRecord(&fields)) {
        if (!allEmpty(fields))
            first.append({fields, reader.recordLine()});
    }
    if (!reader.error().isEmpty())
        return failed();

    CsvColumnMapping::Header header = options.csv.header;
    std::optional<CsvColumnMapping> recalled;
    if (header != CsvColumnMapping::Header::None && !first.isEmpty() && options.csv.guessColumns)
        recalled = CsvMappingMemory::recall(first.first().fields);
    if (header == CsvColumnMapping::Header::Guess && !first.isEmpty()) {
        QList<QStringList> rest;
        for (qsizetype i = 1; i < first.size(); ++i)
            rest.append(first.at(i).fields);
        header = recalled || CsvColumnGuess::looksLikeHeader(first.first().fields, rest) ? CsvColumnMapping::Header::FirstRow
                                                                                      : CsvColumnMapping::Header::None;
    }
    if (header == CsvColumnMapping::Header::Guess)
        header = CsvColumnMapping::Header::None;
    QStringList headerNames;
    if (header == CsvColumnMapping::Header::FirstRow && !first.isEmpty())
        headerNames = first.takeFirst().fields;
    else
        recalled.reset();
    QList<QStringList> samples; // one more row was read, for the header's sake
    for (qsizetype i = 0; i < std::min<qsizetype>(first.size(), sampleRowCount); ++i)
        samples.append(first.at(i).fields);
    qsizetype columnCount = headerNames.size();
    for (const QStringList &sample : std::as_const(samples))
        columnCount = std::max(columnCount, sample.size());
    for (qsizetype column = 0; column < columnCount; ++column) {
        const QString name = headerNames.value(column).trimmed();
        result.columns.append(name.isEmpty() ? tr("Column %1").arg(QLocale().toString(column + 1)) : name);
    }
    result.sampleRows = samples;
    result.csvHeader = headerNames;

    // The user's choice as it is, else the one remembered for this header, else a guess.
    CsvColumnMapping mapping = options.csv;
    if (options.csv.guessColumns)
        mapping = recalled ? *recalled : CsvColumnGuess::guess(headerNames, samples, options.csv);
    mapping.delimiter = delimiter;
    mapping.header = header;

    // The time format, from the samples; slashed dates the samples leave open are settled by
    // the first value further down that tells.
    QStringList timeSamples;
    for (const QStringList &sample : std::as_const(samples))
        timeSamples.append(fieldAt(sample, mapping.timeColumn));
    CsvTimeParser parser = CsvTimeParser::recognise(timeSamples);
    qint64 total = size;
    if (mapping.dateOrder != CsvColumnMapping::DateOrder::Guess) {
        parser.setDayFirst(mapping.dateOrder == CsvColumnMapping::DateOrder::DayFirst);
    } else if (parser.ambiguous()) {
        QFile scan(path);
        if (scan.open(QIODevice::ReadOnly)) {
            total = 2 * size;
            CsvReader scanner(&scan, delimiter);
            int scanned = 0;
            while (scanner.readRecord(&fields)) {
                if (const std::optional<bool> dayFirst = CsvTimeParser::slashDayFirst(fieldAt(fields, mapping.timeColumn))) {
                    parser.setDayFirst(*dayFirst);
                    break;
                }
                if (++scanned % progressEvery == 0 && progress && !progress(scanner.bytesRead(), total)) {
                    result.cancelled = true;
                    return result;
                }
            }
        }
    }
    if (parser.format() == CsvTimeParser::Format::SlashDayFirst)
        mapping.dateOrder = CsvColumnMapping::DateOrder::DayFirst;
    else if (parser.format() == CsvTimeParser::Format::SlashMonthFirst)
        mapping.dateOrder = CsvColumnMapping::DateOrder::MonthFirst;
    result.csv = mapping;
    result.csvNote = parser.note();

    const qint64 scannedBytes = total - size;
    int count = 0;
    const auto take = [&](const Row &row) {
        TimelineRecord record;
        record.location = tr("line %1").arg(QLocale().toString(row.line));
        const QString timeText = fieldAt(row.fields, mapping.timeColumn);
        if (mapping.timeColumn < 0) {
            record.skipReason = tr("no column is chosen for the time");
        } else if (timeText.isEmpty()) {
            record.skipReason = tr("it has no time");
        } else {
            record.at = parser.parse(timeText, options.timeZone);
            if (!record.at.isValid()) {
                const QString shown = timeText.size() > 40 ? QString(timeText.left(40) + QChar(0x2026)) : timeText;
                // Readable but not in the zone: the hour skipped when the clocks went forward.
                record.skipReason = parser.parse(timeText, QTimeZone::utc()).isValid()
                                        ? tr("time “%1” does not exist in %2: the clocks went forward then")
                                              .arg(shown, QString::fromUtf8(options.timeZone.id()))
                                        : tr("time “%1” not understood").arg(shown);
            } else if (!ImportTime::inRange(record.at, options.since, options.until)) {
                ++result.outsideRange;
                return;
            }
        }
        record.text = fieldAt(row.fields, mapping.textColumn);
        record.author = fieldAt(row.fields, mapping.authorColumn);
        record.sourceType = fieldAt(row.fields, mapping.kindColumn);
        record.kind = CsvColumnGuess::kindOf(record.sourceType, record.text);
        if (record.skipReason.isEmpty() && record.text.isEmpty())
            record.skipReason = mapping.textColumn < 0 ? tr("no column is chosen for the text") : tr("it has no text");
        result.records.append(record);
    };
    for (const Row &row : std::as_const(first))
        take(row);
    while (result.records.size() <= TimelineImporter::maxRecords && reader.readRecord(&fields)) {
        if (allEmpty(fields))
            continue;
        take({fields, reader.recordLine()});
        if (++count % progressEvery == 0 && progress && !progress(scannedBytes + reader.bytesRead(), total)) {
            result.cancelled = true;
            result.records.clear();
            return result;
        }
    }
    if (!reader.error().isEmpty()) {
        result.records.clear();
        result.outsideRange = 0;
        return failed();
    }
    if (progress)
        progress(total, total);
    return result;
}

} // namespace Whyboard
