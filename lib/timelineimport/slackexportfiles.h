// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineimport/ziparchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <memory>

namespace Whyboard {

// The files of a Slack export by their names inside it ("users.json", "general/2017-04-06.json"),
// whether it is the ZIP or the unpacked folder. A ZIP made of the folder (everything one level
// down) is read the same.
class SlackExportFiles
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::SlackExportFiles)

public:
    // False with error() when the ZIP cannot be read.
    bool open(const QString &path);
    QString error() const { return m_error; }

    bool contains(const QString &name) const;
    // The folders holding day files (YYYY-MM-DD.json), and one folder's day files, by day.
    QStringList foldersWithDays() const;
    QMap<QDate, QString> dayFiles(const QString &folder) const;
    // The file's bytes, at most maxBytes; false with error() naming the file.
    bool read(const QString &name, qint64 maxBytes, QByteArray *data);

private:
    QString m_path;
    QFile m_file;
    std::unique_ptr<ZipArchive> m_zip;
    QString m_prefix;             // "slack-export/" when the ZIP holds the folder itself
    QHash<QString, int> m_entries; // name without the prefix -> ZIP entry
    QString m_error;
};

} // namespace Whyboard
