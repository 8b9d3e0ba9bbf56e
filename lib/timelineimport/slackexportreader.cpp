// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/slackexportreader.h"

#include "analysis/chatlogparser.h"
#include "data/sessionlimits.h"
#include "timelineimport/importtime.h"
#include "timelineimport/slackexportfiles.h"
#include "timelineimport/slackmessagetext.h"
#include "timelineimport/timelineimporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace Whyboard {

namespace {

// One conversation of the export: its folder of day files and the name people know it by.
struct Conversation
{
    QString id;
    QString name;
    QString folder;
};

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Why a message of this subtype is not an event: Slack's own notices about the channel.
QString noticeReason(const QString &subtype)
{
    QString kind = subtype;
    kind.replace(QLatin1String("group_"), QLatin1String("channel_"));
    if (kind == QLatin1String("channel_join"))
        return SlackExportReader::tr("someone joined the channel");
    if (kind == QLatin1String("channel_leave"))
        return SlackExportReader::tr("someone left the channel");
    if (kind == QLatin1String("channel_topic"))
        return SlackExportReader::tr("the channel topic changed");
    if (kind == QLatin1String("channel_purpose"))
        return SlackExportReader::tr("the channel purpose changed");
    if (kind == QLatin1String("channel_name"))
        return SlackExportReader::tr("the channel was renamed");
    if (kind == QLatin1String("channel_archive") || kind == QLatin1String("channel_unarchive"))
        return SlackExportReader::tr("the channel was archived or brought back");
    if (kind.startsWith(QLatin1String("bot_")) && kind != QLatin1String("bot_message"))
        return SlackExportReader::tr("an integration was added or removed");
    if (kind == QLatin1String("pinned_item") || kind == QLatin1String("unpinned_item"))
        return SlackExportReader::tr("a message was pinned or unpinned");
    if (kind == QLatin1String("reminder_add"))
        return SlackExportReader::tr("a reminder was set");
    if (kind == QLatin1String("message_changed"))
        return SlackExportReader::tr("an edit notice: the message itself keeps its final text");
    if (kind == QLatin1String("message_replied"))
        return SlackExportReader::tr("a notice that a thread has replies");
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
    }

    TimelineImportResult run();

private:
    bool fail(const QString &message)
    {
        m_result.error = SlackExportReader::tr("%1: %2").arg(m_shownPath, message);
        return false;
    }
    bool readJsonArray(const QString &name, QJsonArray *array);
    bool readDirectory();
    const Conversation *choose();
    bool readDay(const QString &name);
    void readMessage(const QJsonObject &message, const QString &location);
    QString author(const QJsonObject &message) const;

    QString m_path;
    QString m_shownPath;
    const TimelineImportOptions &m_options;
    const ImportProgress &m_progress;
    SlackExportFiles m_files;
    QHash<QString, QString> m_userNames;
    QHash<QString, QString> m_channelNames;
    QList<Conversation> m_conversations;
    TimelineImportResult m_result;
};

bool Reader::readJsonArray(const QString &name, QJsonArray *array)
{
    QByteArray data;
    if (!m_files.read(name, SessionLimits::maxImportFileBytes, &data))
        return fail(m_files.error());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(SlackExportReader::tr("%1: not JSON: %2 at offset %3")
                        .arg(name, error.errorString(), QLocale().toString(error.offset)));
    if (!document.isArray())
        return fail(SlackExportReader::tr("%1: not a list, as Slack writes it").arg(name));
    *array = document.array();
    return true;
}

bool Reader::readDirectory()
{
    if (m_files.contains(QStringLiteral("users.json"))) {
        QJsonArray users;
        if (!readJsonArray(QStringLiteral("users.json"), &users))
            return false;
        for (const QJsonValue &value : std::as_const(users)) {
            const QJsonObject user = value.toObject();
            m_userNames.insert(text(user, "id"), SlackMessageText::displayName(user));
        }
    }
    // Public channels, private ones, group messages, direct messages: the first three live in
    // folders named after them, direct messages in folders named by their id.
    for (const char *list : {"channels.json", "groups.json", "mpims.json", "dms.json"}) {
        const QString name = QLatin1String(list);
        if (!m_files.contains(name))
            continue;
        QJsonArray conversations;
        if (!readJsonArray(name, &conversations))
            return false;
        for (const QJsonValue &value : std::as_const(conversations)) {
            const QJsonObject object = value.toObject();
            Conversation conversation;
            conversation.id = text(object, "id");
            conversation.name = text(object, "name");
            conversation.folder = conversation.name.isEmpty() ? conversation.id : conversation.name;
            if (conversation.name.isEmpty()) {
                QStringList members;
                const QJsonArray ids = object.value(QLatin1String("members")).toArray();
                for (const QJsonValue &id : ids)
                    members << m_userNames.value(id.toString(), id.toString());
                conversation.name = members.isEmpty() ? conversation.id : members.join(QLatin1Char('+'));
            }
            m_channelNames.insert(conversation.id, conversation.name);
            m_conversations.append(conversation);
        }
    }
    return true;
}

const Conversation *Reader::choose()
{
    const QStringList folders = m_files.foldersWithDays();
    QList<Conversation> withDays;
    for (const QString &folder : folders) {
        const auto it = std::find_if(m_conversations.cbegin(), m_conversations.cend(),
                                     [&folder](const Conversation &c) { return c.folder == folder; });
        withDays.append(it != m_conversations.cend() ? *it : Conversation{folder, folder, folder});
    }
    m_conversations = withDays;
    for (const Conversation &conversation : std::as_const(m_conversations))
        m_result.channels.append(conversation.name);
    QString wanted = m_options.channel.trimmed();
    if (wanted.startsWith(QLatin1Char('#')))
        wanted.remove(0, 1);
    if (wanted.isEmpty()) {
        if (m_conversations.isEmpty())
            fail(SlackExportReader::tr("the export holds no channel messages"));
        return m_conversations.size() == 1 ? &m_conversations.first() : nullptr;
    }
    for (const Conversation &conversation : std::as_const(m_conversations)) {
        if (conversation.name.compare(wanted, Qt::CaseInsensitive) == 0
            || conversation.folder.compare(wanted, Qt::CaseInsensitive) == 0 || conversation.id == wanted)
            return &conversation;
    }
    fail(SlackExportReader::tr("the export has no messages in a channel “%1”; it has %2")
             .arg(wanted, m_result.channels.join(QStringLiteral(", "))));
    return nullptr;
}

QString Reader::author(const QJsonObject &message) const
{
    const QString user = text(message, "user");
    const QString known = m_userNames.value(user);
    if (!known.isEmpty())
        return known;
    const QString profileName = SlackMessageText::displayName(message.value(QLatin1String("user_profile")).toObject());
    if (!profileName.isEmpty())
        return profileName;
    const QString bot = text(message, "username");
    if (!bot.isEmpty())
        return bot;
    const QString botProfile = text(message.value(QLatin1String("bot_profile")).toObject(), "name");
    return botProfile.isEmpty() ? user : botProfile;
}

void Reader::readMessage(const QJsonObject &message, const QString &location)
{
    const QString subtype = text(message, "subtype");
    if (subtype == QLatin1String("message_deleted") || subtype == QLatin1String("tombstone"))
        return; // deleted in Slack: gone from the channel, gone here
    TimelineRecord record;
    record.location = location;
    const QString ts = text(message, "ts");
    const qint64 msecs = ImportTime::epochSecondsText(ts);
    if (msecs >= 0) {
        record.at = ImportTime::instantInZone(msecs, m_options.timeZone);
        if (!ImportTime::inRange(record.at, m_options.since, m_options.until)) {
            ++m_result.outsideRange;
            return;
        }
    } else {
        record.skipReason = SlackExportReader::tr("its time “%1” cannot be read").arg(ts);
    }
    record.author = author(message);
    QStringList parts{SlackMessageText::toPlain(text(message, "text"), m_userNames, m_channelNames)};
    if (parts.first().isEmpty()) {
        // Bots often say everything in attachments.
        const QJsonArray attachments = message.value(QLatin1String("attachments")).toArray();
        for (const QJsonValue &value : attachments) {
            const QJsonObject attachment = value.toObject();
            QString said = text(attachment, "fallback");
            if (said.isEmpty())
                said = text(attachment, "text").isEmpty() ? text(attachment, "title") : text(attachment, "text");
            parts << SlackMessageText::toPlain(said, m_userNames, m_channelNames);
        }
    }
    const QJsonArray files = message.value(QLatin1String("files")).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        const QString name = text(file, "name").isEmpty() ? text(file, "title") : text(file, "name");
        if (!name.isEmpty())
            parts << SlackExportReader::tr("[file: %1]").arg(name);
    }
    parts.removeAll(QString());
    record.text = parts.join(QLatin1Char(' '));
    QStringList types;
    if (subtype == QLatin1String("bot_message") || message.contains(QLatin1String("bot_id")))
        types << SlackExportReader::tr("bot message");
    const QString thread = text(message, "thread_ts");
    if (!thread.isEmpty() && thread != ts)
        types << SlackExportReader::tr("thread reply");
    if (message.contains(QLatin1String("edited")))
        types << SlackExportReader::tr("edited");
    record.sourceType = types.join(QStringLiteral(", "));
    if (record.skipReason.isEmpty())
        record.skipReason = noticeReason(subtype);
    record.kind = ChatLogParser::suggestKind(record.text);
    m_result.records.append(record);
}

bool Reader::readDay(const QString &name)
{
    QJsonArray messages;
    if (!readJsonArray(name, &messages))
        return false;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (!messages.at(i).isObject())
            return fail(SlackExportReader::tr("%1: message %2 is not an object").arg(name, QLocale().toString(i + 1)));
        readMessage(messages.at(i).toObject(), QStringLiteral("%1 #%2").arg(name).arg(i + 1));
    }
    return true;
}

TimelineImportResult Reader::run()
{
    if (!m_files.open(m_path)) {
        fail(m_files.error());
        return m_result;
    }
    if (!readDirectory())
        return m_result;
    const Conversation *conversation = choose();
    if (!conversation)
        return m_result;
    m_result.channel = conversation->name;
    // Day files are named by day, not by the instant's zone: one day either side of the range
    // holds every message in it whatever the zone.
    const QDate firstDay = m_options.since.isValid() ? m_options.since.toUTC().date().addDays(-1) : QDate();
    const QDate lastDay = m_options.until.isValid() ? m_options.until.toUTC().date().addDays(1) : QDate();
    const QMap<QDate, QString> days = m_files.dayFiles(conversation->folder);
    QStringList toRead;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if ((!firstDay.isValid() || it.key() >= firstDay) && (!lastDay.isValid() || it.key() <= lastDay))
            toRead.append(it.value());
    }
    for (qsizetype i = 0; i < toRead.size(); ++i) {
        if (m_progress && !m_progress(i, toRead.size())) {
            m_result.cancelled = true;
            m_result.records.clear();
            return m_result;
        }
        if (!readDay(toRead.at(i))) {
            m_result.records.clear();
            return m_result;
        }
        // Past the importer's cap the range is wrong: stop before the records fill memory.
        if (m_result.records.size() > TimelineImporter::maxRecords)
            return m_result;
    }
    if (m_progress)
        m_progress(toRead.size(), toRead.size());
    // Thread replies sit in the day they were written; the timeline reads in time order.
    std::stable_sort(m_result.records.begin(), m_result.records.end(), [](const TimelineRecord &a, const TimelineRecord &b) {
        return a.at.isValid() && (!b.at.isValid() || a.at.toMSecsSinceEpoch() < b.at.toMSecsSinceEpoch());
    });
    return m_result;
}

} // namespace

bool SlackExportReader::recognises(const TimelineSourcePeek &peek)
{
    if (peek.isDirectory)
        return peek.directoryEntries.contains(QStringLiteral("channels.json"));
    if (!peek.isZip())
        return false;
    // A damaged ZIP is taken too: Slack's is the ZIP users bring, and its reader says what is wrong.
    SlackExportFiles files;
    return !files.open(peek.path) || files.contains(QStringLiteral("channels.json"))
           || files.contains(QStringLiteral("users.json"));
}

TimelineImportResult SlackExportReader::read(const QString &path, const TimelineImportOptions &options,
                                             const ImportProgress &progress)
{
    return Reader(path, options, progress).run();
}

} // namespace Whyboard
