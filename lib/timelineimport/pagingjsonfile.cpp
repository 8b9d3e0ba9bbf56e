// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/pagingjsonfile.h"

#include "data/sessionlimits.h"
#include "timelineimport/importtime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Whyboard {

bool PagingJsonFile::collect(const QJsonArray &array, const QString &prefix, QList<Entry> *entries, QString *fault)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(prefix).arg(i);
        if (!array.at(i).isObject()) {
            *fault = tr("%1 is not an object").arg(path);
            return false;
        }
        entries->append({path, array.at(i).toObject()});
    }
    return true;
}

bool PagingJsonFile::readEntries(const QString &path, const QString &key, QList<Entry> *entries, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    // A pipe or a device would block or never end.
    if (!info.isFile()) {
        *error = tr("“%1” is not a file").arg(name);
        return false;
    }
    const QLocale locale;
    const auto tooLarge = [&](qint64 bytes) {
        return tr("“%1” has %2, more than the %3 an exported log may have: export a shorter time range")
            .arg(name, locale.formattedDataSize(bytes), locale.formattedDataSize(SessionLimits::maxImportFileBytes));
    };
    if (info.size() > SessionLimits::maxImportFileBytes) {
        *error = tooLarge(info.size());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return false;
    }
    // No more than the limit, should the file have grown since it was measured.
    const QByteArray bytes = file.read(SessionLimits::maxImportFileBytes + 1);
    if (bytes.size() > SessionLimits::maxImportFileBytes) {
        *error = tooLarge(bytes.size());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: not JSON: %2 at offset %3")
                     .arg(name, parseError.errorString(), locale.toString(parseError.offset));
        return false;
    }
    entries->clear();
    QString fault;
    bool ok = true;
    if (document.isObject()) {
        const QJsonValue list = document.object().value(key);
        if (!list.isArray())
            fault = list.isUndefined() ? tr("it has no “%1” list").arg(key) : tr("%1 is not a list").arg(key);
        else
            ok = collect(list.toArray(), key, entries, &fault);
    } else {
        const QJsonArray array = document.array();
        // Several pages saved one after the other, or the entries themselves.
        const bool pages = !array.isEmpty() && array.first().isObject() && array.first().toObject().contains(key);
        for (qsizetype i = 0; pages && ok && fault.isEmpty() && i < array.size(); ++i) {
            const QJsonValue list = array.at(i).toObject().value(key);
            if (!array.at(i).isObject() || !list.isArray())
                fault = tr("[%1].%2 is not a list").arg(i).arg(key);
            else
                ok = collect(list.toArray(), QStringLiteral("[%1].%2").arg(i).arg(key), entries, &fault);
        }
        if (!pages)
            ok = collect(array, QString(), entries, &fault);
    }
    if (!fault.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(name, fault);
        entries->clear();
        return false;
    }
    return true;
}

QString PagingJsonFile::text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isObject())
        return value.toObject().value(QLatin1String("summary")).toString().trimmed();
    return value.toString().trimmed();
}

bool PagingJsonFile::placeInTime(TimelineRecord *record, const QJsonObject &entry, const QString &key,
                                 const TimelineImportOptions &options)
{
    const QString written = entry.value(key).toString();
    record->at = ImportTime::parseIso(written, options.timeZone);
    if (!record->at.isValid() && record->skipReason.isEmpty())
        record->skipReason = written.isEmpty() ? tr("it has no %1 time").arg(key) : tr("its time “%1” cannot be read").arg(written);
    return !record->at.isValid() || ImportTime::inRange(record->at, options.since, options.until);
}

} // namespace Whyboard
