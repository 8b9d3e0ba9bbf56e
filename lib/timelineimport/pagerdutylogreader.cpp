// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/pagerdutylogreader.h"

#include "analysis/chatlogparser.h"
#include "timelineimport/pagingjsonfile.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Whyboard {

namespace {

const QString logEntries = QStringLiteral("log_entries");

// The kind each log entry type gives, by the type's name without "_log_entry".
struct TypeKind
{
    const char *type;
    EventKind kind;
};

const TypeKind typeKinds[] = {
    {"trigger", EventKind::Trigger},
    {"acknowledge", EventKind::Detection},
    {"escalate", EventKind::Escalation},
    {"assign", EventKind::Escalation},
    {"delegate", EventKind::Escalation},
    {"repeat_escalation_path", EventKind::Escalation},
    {"exhaust_escalation_path", EventKind::Escalation},
    {"resolve", EventKind::Resolution},
    {"annotate", EventKind::Note},
    {"snooze", EventKind::Note},
    {"unacknowledge", EventKind::Note},
    {"reach_trigger_limit", EventKind::Note},
    {"reach_ack_limit", EventKind::Note},
    {"urgency_change", EventKind::Note},
    {"priority_change", EventKind::Note},
    {"status_update", EventKind::Note},
    {"notify", EventKind::Note},
};

// A note is the "note" member (text, or {"content": ...}), else the channel's summary.
QString noteText(const QJsonObject &entry)
{
    const QJsonValue note = entry.value(QLatin1String("note"));
    QString text = note.isObject() ? note.toObject().value(QLatin1String("content")).toString() : note.toString();
    if (text.trimmed().isEmpty())
        text = PagingJsonFile::text(entry.value(QLatin1String("channel")).toObject(), QStringLiteral("summary"));
    if (text.trimmed().isEmpty())
        text = entry.value(QLatin1String("message")).toString(); // status updates
    return text.trimmed();
}

} // namespace

bool PagerDutyLogReader::recognises(const TimelineSourcePeek &peek)
{
    if (peek.isDirectory || peek.isZip())
        return false;
    const QByteArray start = peek.head.trimmed().left(1);
    if (start != "{" && start != "[")
        return false;
    // A page of log entries names its list; a bare array starts with an entry. An incident
    // ("first_trigger_log_entry": {"type": "trigger_log_entry_reference"}) is not a log.
    static const QRegularExpression page(QStringLiteral("\"log_entries\"\\s*:"));
    static const QRegularExpression entry(QStringLiteral("\"type\"\\s*:\\s*\"[a-z_]+_log_entry\""));
    const QString head = QString::fromUtf8(peek.head.left(16 * 1024));
    return page.match(head).hasMatch() || (start == "[" && entry.match(head).hasMatch());
}

TimelineRecord PagerDutyLogReader::record(const QJsonObject &entry)
{
    TimelineRecord record;
    const QString type = entry.value(QLatin1String("type")).toString();
    record.sourceType = type;
    static const QRegularExpression suffix(QStringLiteral("_log_entry(_reference)?$"));
    QString base = type;
    base.remove(suffix);
    record.author = PagingJsonFile::text(entry, QStringLiteral("agent"));
    const QString summary = entry.value(QLatin1String("summary")).toString().trimmed();
    record.text = summary;
    bool known = false;
    for (const TypeKind &row : typeKinds) {
        if (base == QLatin1String(row.type)) {
            record.kind = row.kind;
            known = true;
        }
    }
    if (!known)
        record.kind = ChatLogParser::suggestKind(summary);
    if (base == QLatin1String("trigger")) {
        // "Triggered through the API." says little without the incident's own title.
        const QString incident = PagingJsonFile::text(entry, QStringLiteral("incident"));
        if (!incident.isEmpty() && !summary.contains(incident))
            record.text = summary.isEmpty() ? incident : QStringLiteral("%1 %2").arg(summary, incident);
    } else if (base == QLatin1String("annotate") || base == QLatin1String("status_update")) {
        const QString note = noteText(entry);
        if (!note.isEmpty() && !summary.contains(note))
            record.text = summary.isEmpty() ? note : QStringLiteral("%1: %2").arg(summary, note);
    } else if (base == QLatin1String("notify")) {
        record.skipReason = tr("a notification to one person; the escalation is listed");
    }
    if (record.text.isEmpty())
        record.text = type;
    return record;
}

TimelineImportResult PagerDutyLogReader::read(const QString &path, const TimelineImportOptions &options,
                                              const ImportProgress &progress)
{
    TimelineImportResult result;
    QList<PagingJsonFile::Entry> entries;
    if (!PagingJsonFile::readEntries(path, logEntries, &entries, &result.error))
        return result;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (progress && i % 2000 == 0 && !progress(i, entries.size())) {
            result.cancelled = true;
            result.records.clear();
            return result;
        }
        const QJsonObject &entry = entries.at(i).object;
        TimelineRecord record = PagerDutyLogReader::record(entry);
        record.location = entries.at(i).path;
        if (!PagingJsonFile::placeInTime(&record, entry, QStringLiteral("created_at"), options)) {
            ++result.outsideRange;
            continue;
        }
        result.records.append(record);
    }
    if (progress)
        progress(entries.size(), entries.size());
    return result;
}

} // namespace Whyboard
