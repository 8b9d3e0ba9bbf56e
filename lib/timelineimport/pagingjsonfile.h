// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/timelineimportoptions.h"
#include "timelineimport/timelinerecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace Whyboard {

// One JSON document exported by a paging system (PagerDuty's log entries, Opsgenie's alert
// logs): read whole, but only up to SessionLimits::maxImportFileBytes, and the entries found
// in the shapes the APIs return them: one page {"KEY": [...]}, a bare array of entries, or
// several pages saved as an array of such objects.
class PagingJsonFile
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::PagingJsonFile)

public:
    // One entry with its JSON path ("log_entries[3]", "[1].data[0]") for the preview and errors.
    struct Entry
    {
        QString path;
        QJsonObject object;
    };

    // The entries under key, in the file's order; false with *error naming the file and, for a
    // wrong shape, the JSON path ("incident.json: log_entries[3] is not an object").
    static bool readEntries(const QString &path, const QString &key, QList<Entry> *entries, QString *error);

    // The text of a member, or of a member's "summary" when it is an object: PagerDuty writes
    // references as {"summary": "Alice"}.
    static QString text(const QJsonObject &object, const QString &key);

    // Sets record->at from the entry's ISO 8601 time member `key` (in options' zone when it is
    // UTC), or a skip reason saying why it has none. False when the time lies outside the
    // range: the caller counts the entry as outside and drops it.
    static bool placeInTime(TimelineRecord *record, const QJsonObject &entry, const QString &key,
                            const TimelineImportOptions &options);

private:
    static bool collect(const QJsonArray &array, const QString &prefix, QList<Entry> *entries, QString *fault);
};

} // namespace Whyboard
