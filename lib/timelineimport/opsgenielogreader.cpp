// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/opsgenielogreader.h"

#include "analysis/chatlogparser.h"
#include "timelineimport/pagingjsonfile.h"

#include <QRegularExpression>

namespace Whyboard {

namespace {

// The log's own wording, first match wins: what Opsgenie writes for each action.
struct LogPattern
{
    const char *pattern;
    EventKind kind;
};

const LogPattern logPatterns[] = {
    {"\\bun-?acknowledged\\b|\\bsnoozed?\\b|\\bunsnoozed\\b", EventKind::Note},
    {"\\b(alert|incident) (is )?(created|triggered|opened)\\b|^created alert\\b|\\bcreated via\\b|\\btriggered\\b",
     EventKind::Trigger},
    {"\\backnowledged?\\b", EventKind::Detection},
    {"\\bescalat|\\bassigned\\b|\\bowner(ship)? (changed|taken)|\\btook ownership\\b|\\badded (team|responder)|"
     "\\badded to (the )?team\\b|\\bteam .* added\\b|\\bnotified team\\b|\\bresponders? added\\b",
     EventKind::Escalation},
    {"\\b(closed|resolved|auto-?closed|auto-?resolved)\\b", EventKind::Resolution},
};

} // namespace

void OpsgenieLogReader::classify(const QString &log, const QString &type, TimelineRecord *record)
{
    record->sourceType = type;
    const QString lowerType = type.toLower();
    if (lowerType.contains(QLatin1String("note"))) {
        record->kind = EventKind::Note;
        return;
    }
    static const QRegularExpression notification(
        QStringLiteral("\\bnotification\\b.*\\b(sent|delivered|failed|seen|read)\\b|\\b(sent|delivered)\\b.*\\bnotification\\b|"
                       "^\\[?(sms|voice|email|mobile|push)\\]? .*\\bto\\b|\\bsent to user\\b|\\bdelivered to user\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (lowerType == QLatin1String("alertrecipient") || notification.match(log).hasMatch()) {
        record->kind = EventKind::Note;
        record->skipReason = tr("a notification to one person; the escalation is listed");
        return;
    }
    static const QRegularExpression repeat(QStringLiteral("\\bdeduplicated\\b|\\bcount (is )?increased\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (repeat.match(log).hasMatch()) {
        record->kind = EventKind::Note;
        record->skipReason = tr("the monitoring tool sent the same alert again");
        return;
    }
    static const QList<std::pair<QRegularExpression, EventKind>> patterns = [] {
        QList<std::pair<QRegularExpression, EventKind>> compiled;
        for (const LogPattern &row : logPatterns)
            compiled.append({QRegularExpression(QString::fromLatin1(row.pattern), QRegularExpression::CaseInsensitiveOption),
                             row.kind});
        return compiled;
    }();
    for (const auto &[pattern, kind] : patterns) {
        if (pattern.match(log).hasMatch()) {
            record->kind = kind;
            return;
        }
    }
    record->kind = ChatLogParser::suggestKind(log);
}

bool OpsgenieLogReader::recognises(const TimelineSourcePeek &peek)
{
    if (peek.isDirectory || peek.isZip())
        return false;
    const QByteArray start = peek.head.trimmed().left(1);
    if (start != "{" && start != "[")
        return false;
    const QString head = QString::fromUtf8(peek.head.left(16 * 1024));
    static const QRegularExpression log(QStringLiteral("\"log\"\\s*:"));
    static const QRegularExpression createdAt(QStringLiteral("\"createdAt\"\\s*:"));
    return log.match(head).hasMatch() && createdAt.match(head).hasMatch()
           && (start == "[" || head.contains(QLatin1String("\"data\"")));
}

TimelineImportResult OpsgenieLogReader::read(const QString &path, const TimelineImportOptions &options,
                                             const ImportProgress &progress)
{
    TimelineImportResult result;
    QList<PagingJsonFile::Entry> entries;
    if (!PagingJsonFile::readEntries(path, QStringLiteral("data"), &entries, &result.error))
        return result;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (progress && i % 2000 == 0 && !progress(i, entries.size())) {
            result.cancelled = true;
            result.records.clear();
            return result;
        }
        const QJsonObject &entry = entries.at(i).object;
        TimelineRecord record;
        record.location = entries.at(i).path;
        record.text = entry.value(QLatin1String("log")).toString().trimmed();
        record.author = entry.value(QLatin1String("owner")).toString().trimmed();
        if (record.author.compare(QLatin1String("System"), Qt::CaseInsensitive) == 0)
            record.author.clear(); // Opsgenie itself: the text says what happened
        classify(record.text, entry.value(QLatin1String("type")).toString(), &record);
        if (!PagingJsonFile::placeInTime(&record, entry, QStringLiteral("createdAt"), options)) {
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
