// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace Whyboard {

// Reads the entries of a ZIP file (stored or deflated) from a device by random access: only
// the central directory is read up front, each entry when asked for and never past a size
// the caller allows, so a multi-GB export or a zip bomb costs little. Refuses what it cannot
// read honestly: ZIP64, encryption, other methods, a checksum that does not match, names
// that climb out of the archive.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::ZipArchive)

public:
    struct Entry
    {
        QString name; // with '/' separators, as stored
        int method = 0; // 0 stored, 8 deflated
        int flags = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
        qint64 localHeaderOffset = 0;
        bool isDirectory() const { return name.endsWith(QLatin1Char('/')); }
    };

    explicit ZipArchive(QIODevice *device);

    // Reads the central directory; false with error() when the device holds no readable ZIP.
    bool open();
    QString error() const { return m_error; } // in words, without the file's name

    const QList<Entry> &entries() const { return m_entries; }
    int indexOf(const QString &name) const; // -1 when there is no such entry

    // The entry's bytes, refusing one whose declared or actual size passes maxBytes; false
    // with error() naming the entry.
    bool read(int index, qint64 maxBytes, QByteArray *data);

    // CP437, the encoding of names without the UTF-8 flag.
    static QString fromCp437(const QByteArray &bytes);

private:
    bool fail(const QString &message);
    bool readEntryHeader(const QByteArray &directory, qint64 at, qint64 *consumed);
    bool inflateEntry(const Entry &entry, qint64 maxBytes, QByteArray *data);

    QIODevice *m_device;
    QList<Entry> m_entries;
    QString m_error;
};

} // namespace Whyboard
