// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Whyboard::Test {

// Writes small ZIP archives for tests: stored or deflated entries, and the damaged ones real
// users meet (a wrong checksum, a size that lies, encryption, another method, ZIP64 marks).
// Cut the bytes short for a truncated archive.
class ZipWriter
{
public:
    struct Entry
    {
        QByteArray name; // as stored: UTF-8 when utf8Flag, else any bytes (CP437)
        QByteArray data;
        bool deflate = true;
        bool utf8Flag = true;
        std::optional<quint32> crc;              // the checksum to write instead of the right one
        std::optional<quint32> uncompressedSize; // the size to declare instead of the right one
        std::optional<quint16> method;           // the method to declare (data still as above)
        quint16 extraFlags = 0;                  // e.g. 1: encrypted
    };

    void add(const QString &name, const QByteArray &data, bool deflate = true);
    void add(const Entry &entry) { m_entries.append(entry); }
    void setZip64Marks(bool marks) { m_zip64 = marks; }

    QByteArray bytes() const;
    bool write(const QString &path) const;

private:
    QList<Entry> m_entries;
    bool m_zip64 = false;
};

} // namespace Whyboard::Test
