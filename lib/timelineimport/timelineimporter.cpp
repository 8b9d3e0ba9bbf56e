// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/timelineimporter.h"

#include "timelineimport/csvtimelinereader.h"
#include "timelineimport/mattermostexportreader.h"
#include "timelineimport/opsgeniecsvreader.h"
#include "timelineimport/opsgenielogreader.h"
#include "timelineimport/pagerdutycsvreader.h"
#include "timelineimport/pagerdutylogreader.h"
#include "timelineimport/slackexportreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Whyboard {

QByteArray TimelineSourcePeek::firstLine() const
{
    QByteArray line = head.left(head.indexOf('\n'));
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return line.trimmed();
}

namespace {

using Recognises = bool (*)(const TimelineSourcePeek &peek);
using ReadExport = TimelineImportResult (*)(const QString &path, const TimelineImportOptions &options,
                                            const ImportProgress &progress);

// One format's reader. Adding a format is one row: what recognises its files and what reads
// them. Rows are tried in order, so a specific CSV (PagerDuty's, Opsgenie's) comes before
// any CSV.
struct SourceReader
{
    TimelineFormat format;
    Recognises recognises;
    ReadExport read;
};

const QList<SourceReader> &sourceReaders()
{
    static const QList<SourceReader> readers{
        {TimelineFormat::SlackExport, &SlackExportReader::recognises, &SlackExportReader::read},
        {TimelineFormat::MattermostExport, &MattermostExportReader::recognises, &MattermostExportReader::read},
        {TimelineFormat::PagerDutyLog, &PagerDutyLogReader::recognises, &PagerDutyLogReader::read},
        {TimelineFormat::PagerDutyCsv, &PagerDutyCsvReader::recognises, &PagerDutyCsvReader::read},
        {TimelineFormat::OpsgenieLog, &OpsgenieLogReader::recognises, &OpsgenieLogReader::read},
        {TimelineFormat::OpsgenieCsv, &OpsgenieCsvReader::recognises, &OpsgenieCsvReader::read},
        {TimelineFormat::Csv, &CsvTimelineReader::recognises, &CsvTimelineReader::read}, // last: any CSV
    };
    return readers;
}

const SourceReader *readerFor(TimelineFormat format)
{
    for (const SourceReader &reader : sourceReaders()) {
        if (reader.format == format)
            return &reader;
    }
    return nullptr;
}

} // namespace

TimelineSourcePeek TimelineImporter::peek(const QString &path)
{
    TimelineSourcePeek peek;
    peek.path = path;
    const QFileInfo info(path);
    if (info.isDir()) {
        peek.isDirectory = true;
        peek.directoryEntries = QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
        return peek;
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        peek.head = file.read(64 * 1024);
    return peek;
}

TimelineFormat TimelineImporter::detect(const TimelineSourcePeek &peek)
{
    for (const SourceReader &reader : sourceReaders()) {
        if (reader.recognises(peek))
            return reader.format;
    }
    return TimelineFormat::Detect;
}

TimelineFormat TimelineImporter::detect(const QString &path)
{
    return detect(peek(path));
}

TimelineImportResult TimelineImporter::read(const QString &path, const TimelineImportOptions &options,
                                            const ImportProgress &progress)
{
    TimelineImportResult result;
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("“%1” does not exist").arg(shownPath);
        return result;
    }
    if (!info.isReadable()) {
        result.error = tr("“%1” cannot be read: permission denied").arg(shownPath);
        return result;
    }
    const TimelineFormat format = options.format == TimelineFormat::Detect ? detect(path) : options.format;
    // Every format has its row in sourceReaders(); only Detect finding nothing has no reader.
    const SourceReader *reader = readerFor(format);
    Q_ASSERT(reader || format == TimelineFormat::Detect);
    if (!reader) {
        result.error = tr("“%1” is not an export Whyboard reads (Slack, Mattermost, PagerDuty, Opsgenie or CSV)")
                           .arg(shownPath);
        return result;
    }
    result = reader->read(path, options, progress);
    result.format = format;
    if (result.ok() && result.records.size() > maxRecords) {
        result.error = tr("“%1” has more than %2 entries in the chosen time range: choose a shorter range")
                           .arg(shownPath, QLocale().toString(maxRecords));
    }
    if (!result.ok())
        result.records.clear();
    return result;
}

} // namespace Whyboard
