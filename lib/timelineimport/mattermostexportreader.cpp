// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/mattermostexportreader.h"

#include "analysis/chatlogparser.h"
#include "analysis/emojicodes.h"
#include "timelineimport/importtime.h"
#include "timelineimport/timelineimporter.h"
#include "timelineimport/ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace Whyboard {

namespace {

constexpr int progressLines = 5000;

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The type of a line, read from its start without parsing it: the export writes it first.
QString lineType(const QByteArray &line)
{
    static const QRegularExpression type(QStringLiteral("^\\s*\\{\\s*\"type\"\\s*:\\s*\"(\\w+)\""));
    return type.match(QString::fromUtf8(line.left(64))).captured(1);
}

// The JSON .jsonl inside a ZIP made by `mmctl export create`, when path is one.
QString jsonlInsideZip(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ZipArchive zip(&file);
    if (!zip.open())
        return {};
    for (const ZipArchive::Entry &entry : zip.entries()) {
        if (entry.name.endsWith(QLatin1String(".jsonl")))
            return entry.name;
    }
    return {};
}

class Reader
{
public:
    Reader(const QString &path, const TimelineImportOptions &options, const ImportProgress &progress)
        : m_path(path)
        , m_shownPath(QDir::toNativeSeparators(path))
        , m_options(options)
        , m_progress(progress)
    {
        m_wanted = options.channel.trimmed();
        if (m_wanted.startsWith(QLatin1Char('#')))
            m_wanted.remove(0, 1);
        m_sinceMs = options.since.isValid() ? options.since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        m_untilMs = options.until.isValid() ? options.until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }

    TimelineImportResult run();

private:
    bool fail(const QString &message)
    {
        m_result.error = message;
        return false;
    }
    bool nextLine(QFile *file, QByteArray *line);
    bool readLine(const QByteArray &line);
    bool wants(const QString &key);
    void readPost(const QString &key, const QJsonObject &post, const QString &sourceType);
    void addRecord(const QJsonObject &post, const QString &sourceType);

    QString m_path;
    QString m_shownPath;
    const TimelineImportOptions &m_options;
    const ImportProgress &m_progress;
    QString m_wanted;
    qint64 m_sinceMs = 0;
    qint64 m_untilMs = 0;
    qint64 m_lineNumber = 0;
    QHash<QString, QString> m_displayNames; // "team/channel" -> the channel's display name
    QStringList m_withPosts;                // channels with posts, as first seen
    QStringList m_matched;                  // channels the wanted name matches
    QString m_reading;                      // the channel whose records are kept
    bool m_several = false;                 // no channel asked for and several found
    TimelineImportResult m_result;
};

bool Reader::nextLine(QFile *file, QByteArray *line)
{
    line->clear();
    char buffer[64 * 1024];
    bool any = false;
    for (;;) {
        const qint64 count = file->readLine(buffer, sizeof buffer);
        if (count <= 0)
            return any;
        any = true;
        if (line->size() + count > MattermostExportReader::maxLineBytes)
            return fail(MattermostExportReader::tr("%1, line %2: longer than %3 bytes, more than one entry may have")
                            .arg(m_shownPath, QLocale().toString(m_lineNumber + 1),
                                 QLocale().toString(MattermostExportReader::maxLineBytes)));
        line->append(buffer, count);
        if (buffer[count - 1] == '\n')
            return true;
    }
}

bool Reader::wants(const QString &key)
{
    if (!m_withPosts.contains(key))
        m_withPosts.append(key);
    if (!m_wanted.isEmpty()) {
        const QString channel = key.mid(key.indexOf(QLatin1Char('/')) + 1);
        const bool match = key.compare(m_wanted, Qt::CaseInsensitive) == 0
                           || channel.compare(m_wanted, Qt::CaseInsensitive) == 0
                           || m_displayNames.value(key).compare(m_wanted, Qt::CaseInsensitive) == 0;
        if (match && !m_matched.contains(key))
            m_matched.append(key);
        return match;
    }
    if (m_several)
        return false;
    if (m_reading.isEmpty())
        m_reading = key;
    if (m_reading == key)
        return true;
    // A second channel: the user has to choose; keeping the first would only cost memory.
    m_several = true;
    m_result.records.clear();
    m_result.outsideRange = 0;
    return false;
}

void Reader::addRecord(const QJsonObject &post, const QString &sourceType)
{
    const QJsonValue createAt = post.value(QLatin1String("create_at"));
    TimelineRecord record;
    record.location = MattermostExportReader::tr("line %1").arg(QLocale().toString(m_lineNumber));
    if (createAt.isDouble()) {
        const qint64 msecs = qint64(createAt.toDouble());
        if (msecs < m_sinceMs || msecs > m_untilMs) {
            ++m_result.outsideRange;
            return;
        }
        record.at = ImportTime::instantInZone(msecs, m_options.timeZone);
    } else {
        record.skipReason = MattermostExportReader::tr("it has no time it was written");
    }
    record.author = text(post, "user");
    QStringList parts{EmojiCodes::replace(text(post, "message")).trimmed()};
    const QJsonArray attachments = post.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &attachment : attachments) {
        const QString file = QFileInfo(text(attachment.toObject(), "path")).fileName();
        if (!file.isEmpty())
            parts << MattermostExportReader::tr("[file: %1]").arg(file);
    }
    parts.removeAll(QString());
    record.text = parts.join(QLatin1Char(' '));
    QStringList types;
    if (!sourceType.isEmpty())
        types << sourceType;
    if (post.value(QLatin1String("edit_at")).toDouble() > 0)
        types << MattermostExportReader::tr("edited");
    record.sourceType = types.join(QStringLiteral(", "));
    if (record.skipReason.isEmpty() && text(post, "type").startsWith(QLatin1String("system_")))
        record.skipReason = MattermostExportReader::tr("a notice by Mattermost, not a message");
    record.kind = ChatLogParser::suggestKind(record.text);
    m_result.records.append(record);
}

void Reader::readPost(const QString &key, const QJsonObject &post, const QString &sourceType)
{
    if (!wants(key))
        return;
    addRecord(post, sourceType);
    const QJsonArray replies = post.value(QLatin1String("replies")).toArray();
    for (const QJsonValue &reply : replies)
        addRecord(reply.toObject(), MattermostExportReader::tr("reply"));
}

bool Reader::readLine(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return true;
    const QString type = lineType(trimmed);
    static const QStringList read{QStringLiteral("post"), QStringLiteral("direct_post"), QStringLiteral("reply"),
                                  QStringLiteral("channel")};
    const QString where = MattermostExportReader::tr("%1, line %2").arg(m_shownPath, QLocale().toString(m_lineNumber));
    if (!type.isEmpty() && !read.contains(type)) {
        // Users, teams, preferences: not needed, so not parsed; still checked to be an object.
        if (!trimmed.endsWith('}'))
            return fail(MattermostExportReader::tr("%1: not JSON: the object does not end on this line").arg(where));
        return true;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(MattermostExportReader::tr("%1: not JSON: %2 at offset %3")
                        .arg(where, error.errorString(), QLocale().toString(error.offset)));
    if (!document.isObject())
        return fail(MattermostExportReader::tr("%1: not an object with a type, as Mattermost writes them").arg(where));
    const QJsonObject object = document.object();
    const QString kind = text(object, "type");
    const QJsonObject body = object.value(kind).toObject();
    if (kind == QLatin1String("channel")) {
        m_displayNames.insert(text(body, "team") + QLatin1Char('/') + text(body, "name"), text(body, "display_name"));
    } else if (body.contains(QLatin1String("channel_members"))) {
        QStringList members;
        const QJsonArray names = body.value(QLatin1String("channel_members")).toArray();
        for (const QJsonValue &name : names)
            members << name.toString();
        members.sort();
        readPost(members.join(QLatin1Char('+')), body, kind == QLatin1String("reply") ? MattermostExportReader::tr("reply") : QString());
    } else if (kind == QLatin1String("post") || kind == QLatin1String("direct_post") || kind == QLatin1String("reply")) {
        readPost(text(body, "team") + QLatin1Char('/') + text(body, "channel"), body,
                 kind == QLatin1String("reply") ? MattermostExportReader::tr("reply") : QString());
    }
    return true;
}

TimelineImportResult Reader::run()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(MattermostExportReader::tr("%1 cannot be read: %2").arg(m_shownPath, file.errorString()));
        return m_result;
    }
    if (file.peek(4) == QByteArray("PK\x03\x04", 4)) {
        fail(MattermostExportReader::tr("%1 is a Mattermost export packed in a ZIP: unpack it and choose “%2” inside")
                 .arg(m_shownPath, jsonlInsideZip(m_path)));
        return m_result;
    }
    QByteArray line;
    while (nextLine(&file, &line)) {
        ++m_lineNumber;
        if (!readLine(line))
            break;
        // Past the importer's cap the range is wrong: stop before the records fill memory.
        if (m_result.records.size() > TimelineImporter::maxRecords)
            break;
        if (m_lineNumber % progressLines == 0 && m_progress && !m_progress(file.pos(), file.size())) {
            m_result.cancelled = true;
            break;
        }
    }
    if (!m_result.ok()) {
        m_result.records.clear();
        return m_result;
    }
    if (m_progress)
        m_progress(file.size(), file.size());
    m_result.channels = m_withPosts;
    m_result.channels.sort();
    if (m_wanted.isEmpty()) {
        if (m_withPosts.isEmpty())
            fail(MattermostExportReader::tr("%1 holds no posts").arg(m_shownPath));
        else if (!m_several)
            m_result.channel = m_reading;
    } else if (m_matched.size() > 1) {
        fail(MattermostExportReader::tr("%1: “%2” names several channels (%3): choose one as team/channel")
                 .arg(m_shownPath, m_wanted, m_matched.join(QStringLiteral(", "))));
    } else if (m_matched.isEmpty()) {
        fail(MattermostExportReader::tr("%1 has no posts in a channel “%2”; it has %3")
                 .arg(m_shownPath, m_wanted, m_result.channels.join(QStringLiteral(", "))));
    } else {
        m_result.channel = m_matched.first();
    }
    if (!m_result.error.isEmpty() || m_result.channel.isEmpty()) {
        m_result.records.clear();
        return m_result;
    }
    // Replies are written inside their post; the timeline reads in time order.
    std::stable_sort(m_result.records.begin(), m_result.records.end(), [](const TimelineRecord &a, const TimelineRecord &b) {
        return a.at.isValid() && (!b.at.isValid() || a.at.toMSecsSinceEpoch() < b.at.toMSecsSinceEpoch());
    });
    return m_result;
}

} // namespace

bool MattermostExportReader::recognises(const TimelineSourcePeek &peek)
{
    if (peek.isDirectory)
        return false;
    if (peek.isZip())
        return !jsonlInsideZip(peek.path).isEmpty();
    if (lineType(peek.firstLine()) == QLatin1String("version"))
        return true;
    const QList<QByteArray> lines = peek.head.split('\n');
    return std::any_of(lines.cbegin(), lines.cend(), [](const QByteArray &line) {
        const QString type = lineType(line);
        return type == QLatin1String("post") || type == QLatin1String("direct_post");
    });
}

TimelineImportResult MattermostExportReader::read(const QString &path, const TimelineImportOptions &options,
                                                  const ImportProgress &progress)
{
    return Reader(path, options, progress).run();
}

} // namespace Whyboard
