// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline import (Import Timeline… and --import-timeline) reads files e-mailed from incident
// tools. The first byte picks the format, the rest is the file: every read ends with records
// that have a time or a reason to skip, inside the chosen range and under the cap, or with an
// error and no records at all; never a crash, a hang or unbounded memory.
#include "fuzzcheck.h"

#include "timelineimport/importtime.h"
#include "timelineimport/timelineimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Whyboard;

namespace {

QTemporaryDir *scratch = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    static QTemporaryDir directory;
    scratch = &directory;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QList<TimelineFormat> formats = TimelineFormats::all();
    TimelineImportOptions options;
    // One format per value of the first byte, plus Detect; the high bit adds a time range.
    const int choice = data[0] & 0x7F;
    options.format = choice < formats.size() ? formats.at(choice) : TimelineFormat::Detect;
    options.timeZone = QTimeZone("Europe/Berlin");
    if (data[0] & 0x80) {
        options.since = QDateTime(QDate(2017, 3, 25), QTime(0, 0), Qt::OffsetFromUTC, 3600);
        options.until = QDateTime(QDate(2017, 3, 27), QTime(0, 0), Qt::OffsetFromUTC, 7200);
    }
    const QString path = scratch->filePath(QStringLiteral("export"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
    }
    const TimelineImportResult result = TimelineImporter::read(path, options);
    if (!result.ok()) {
        Fuzz::check(result.records.isEmpty(), QStringLiteral("a failed read gives no records"));
        Fuzz::check(!result.error.isEmpty() || result.cancelled, QStringLiteral("a failed read says why"));
        return 0;
    }
    Fuzz::check(result.records.size() <= TimelineImporter::maxRecords, QStringLiteral("records stay under the cap"));
    for (const TimelineRecord &record : result.records) {
        Fuzz::check(record.at.isValid() || !record.skipReason.isEmpty(),
                    QStringLiteral("a record without a time says why it is skipped (%1)").arg(record.location));
        if (record.at.isValid() && record.skipReason.isEmpty())
            Fuzz::check(ImportTime::inRange(record.at, options.since, options.until),
                        QStringLiteral("a proposed record lies in the chosen range (%1)").arg(record.location));
        Fuzz::check(record.at.timeSpec() == Qt::OffsetFromUTC || !record.at.isValid(),
                    QStringLiteral("a time keeps a fixed offset (%1)").arg(record.location));
    }
    return 0;
}
