// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/sessiondocument.h"
#include "timelineimport/timelineeventadder.h"
#include "timelineimport/timelineimporter.h"
#include "timelineimport/timelineimportplan.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace Whyboard::Test {

// Writes an export into dir for a reader to read; its path.
inline QString writeExport(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Adds what an import of path would add to document, as the preview's "Add" does; the rows
// as the preview showed them.
inline QList<TimelineImportRow> importInto(SessionDocument *document, const QString &path,
                                           const TimelineImportOptions &options)
{
    const TimelineImportResult result = TimelineImporter::read(path, options);
    if (!result.ok())
        qFatal("import failed: %s", qPrintable(result.error));
    const QList<TimelineImportRow> rows = TimelineImportPlan::plan(document->session(), result.records);
    TimelineEventAdder::add(document, TimelineImportPlan::eventsToAdd(rows), QStringLiteral("Import timeline"));
    return rows;
}

inline int countStatus(const QList<TimelineImportRow> &rows, TimelineImportRow::Status status)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [status](const TimelineImportRow &row) { return row.status == status; }));
}

} // namespace Whyboard::Test
