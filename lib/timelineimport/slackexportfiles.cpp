// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/slackexportfiles.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Whyboard {

namespace {

QDate dayOfFile(const QString &fileName)
{
    static const QRegularExpression day(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.json$"));
    const QRegularExpressionMatch match = day.match(fileName);
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

} // namespace

bool SlackExportFiles::open(const QString &path)
{
    m_path = path;
    if (QFileInfo(path).isDir())
        return true;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = tr("it cannot be read: %1").arg(m_file.errorString());
        return false;
    }
    m_zip = std::make_unique<ZipArchive>(&m_file);
    if (!m_zip->open()) {
        m_error = m_zip->error();
        return false;
    }
    const QList<ZipArchive::Entry> &entries = m_zip->entries();
    const bool atRoot = m_zip->indexOf(QStringLiteral("channels.json")) >= 0 || m_zip->indexOf(QStringLiteral("users.json")) >= 0;
    for (const ZipArchive::Entry &entry : entries) {
        if (atRoot)
            break;
        const qsizetype slash = entry.name.indexOf(QLatin1Char('/'));
        if (entry.name.endsWith(QLatin1String("channels.json")) && slash >= 0 && slash == entry.name.size() - 14) {
            m_prefix = entry.name.left(slash + 1);
            break;
        }
    }
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isDirectory() && entries.at(i).name.startsWith(m_prefix))
            m_entries.insert(entries.at(i).name.mid(m_prefix.size()), i);
    }
    return true;
}

bool SlackExportFiles::contains(const QString &name) const
{
    return m_zip ? m_entries.contains(name) : QFileInfo(QDir(m_path).filePath(name)).isFile();
}

QStringList SlackExportFiles::foldersWithDays() const
{
    QStringList folders;
    if (m_zip) {
        QSet<QString> seen;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('/'));
            if (parts.size() == 2 && !seen.contains(parts.at(0)) && dayOfFile(parts.at(1)).isValid()) {
                seen.insert(parts.at(0));
                folders.append(parts.at(0));
            }
        }
    } else {
        const QDir root(m_path);
        const QStringList subfolders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &folder : subfolders) {
            if (!dayFiles(folder).isEmpty())
                folders.append(folder);
        }
    }
    folders.sort();
    return folders;
}

QMap<QDate, QString> SlackExportFiles::dayFiles(const QString &folder) const
{
    QMap<QDate, QString> days;
    if (m_zip) {
        const QString start = folder + QLatin1Char('/');
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (!it.key().startsWith(start))
                continue;
            const QDate day = dayOfFile(it.key().mid(start.size()));
            if (day.isValid())
                days.insert(day, it.key());
        }
    } else {
        const QStringList files = QDir(QDir(m_path).filePath(folder)).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &file : files) {
            const QDate day = dayOfFile(file);
            if (day.isValid())
                days.insert(day, folder + QLatin1Char('/') + file);
        }
    }
    return days;
}

bool SlackExportFiles::read(const QString &name, qint64 maxBytes, QByteArray *data)
{
    data->clear();
    if (m_zip) {
        if (!m_zip->read(m_entries.value(name, -1), maxBytes, data)) {
            m_error = m_zip->error();
            return false;
        }
        return true;
    }
    QFile file(QDir(m_path).filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return false;
    }
    if (file.size() > maxBytes) {
        m_error = tr("%1 is too large: more than the %2 bytes one file may have").arg(name, QLocale().toString(maxBytes));
        return false;
    }
    *data = file.read(maxBytes);
    return true;
}

} // namespace Whyboard
