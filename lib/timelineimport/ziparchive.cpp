// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/ziparchive.h"

#include <QIODevice>
#include <QLocale>
#include <QStringDecoder>

#include <zlib.h>

namespace Whyboard {

namespace {

constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr qint64 endRecordSize = 22;
constexpr qint64 centralHeaderSize = 46;
constexpr qint64 localHeaderSize = 30;
constexpr qint64 maxCommentSize = 0xFFFF;
constexpr qint64 chunkSize = 64 * 1024;

quint16 u16(const QByteArray &bytes, qint64 at)
{
    return quint16(quint8(bytes.at(at)) | quint8(bytes.at(at + 1)) << 8);
}

quint32 u32(const QByteArray &bytes, qint64 at)
{
    return quint32(u16(bytes, at)) | quint32(u16(bytes, at + 2)) << 16;
}

// The upper half of code page 437, as DOS and most ZIP tools without the UTF-8 flag wrote it.
const char16_t cp437High[] = u"ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐"
                             u"└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00A0";
static_assert(sizeof(cp437High) / sizeof(char16_t) == 129, "128 characters and the terminator");

bool climbsOut(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char(':')))
        return true;
    const QStringList parts = name.split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}

} // namespace

ZipArchive::ZipArchive(QIODevice *device)
    : m_device(device)
{
}

QString ZipArchive::fromCp437(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const quint8 byte = quint8(c);
        text.append(QChar(byte < 0x80 ? char16_t(byte) : cp437High[byte - 0x80]));
    }
    return text;
}

bool ZipArchive::fail(const QString &message)
{
    m_error = message;
    return false;
}

int ZipArchive::indexOf(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name)
            return i;
    }
    return -1;
}

bool ZipArchive::open()
{
    m_entries.clear();
    m_error.clear();
    const qint64 size = m_device->size();
    if (size < endRecordSize)
        return fail(size >= 4 && m_device->seek(0) && m_device->peek(2) == "PK" ? tr("the ZIP archive is truncated")
                                                                              : tr("it is not a ZIP archive"));
    // The end record is the last thing in the file, followed only by a comment of up to 64 KiB.
    const qint64 tailSize = qMin(size, maxCommentSize + endRecordSize);
    if (!m_device->seek(size - tailSize))
        return fail(tr("it cannot be read"));
    const QByteArray tail = m_device->read(tailSize);
    if (tail.size() != tailSize)
        return fail(tr("it cannot be read"));
    qint64 end = -1;
    for (qint64 at = tail.size() - endRecordSize; at >= 0; --at) {
        if (u32(tail, at) == endSignature && at + endRecordSize + u16(tail, at + 20) <= tail.size()) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        m_device->seek(0);
        return fail(m_device->peek(4) == QByteArray("PK\x03\x04", 4)
                        ? tr("the ZIP archive is truncated: its table of contents is missing")
                        : tr("it is not a ZIP archive"));
    }
    const quint16 entryCount = u16(tail, end + 10);
    const quint32 directorySize = u32(tail, end + 12);
    const quint32 directoryOffset = u32(tail, end + 16);
    const bool zip64Located = end >= 20 && u32(tail, end - 20) == zip64LocatorSignature;
    if (zip64Located || entryCount == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF)
        return fail(tr("ZIP64 archives are not supported; unpack the export and choose the folder"));
    if (u16(tail, end + 4) != 0 || u16(tail, end + 6) != 0 || u16(tail, end + 8) != entryCount)
        return fail(tr("archives split over several files are not supported; unpack the export and choose the folder"));
    const qint64 endOffset = size - tailSize + end;
    if (qint64(directoryOffset) + qint64(directorySize) > endOffset
        || qint64(directorySize) < qint64(entryCount) * centralHeaderSize)
        return fail(tr("the ZIP archive is damaged: its table of contents lies outside the file"));
    if (!m_device->seek(directoryOffset))
        return fail(tr("it cannot be read"));
    const QByteArray directory = m_device->read(directorySize);
    if (directory.size() != qint64(directorySize))
        return fail(tr("the ZIP archive is truncated"));
    m_entries.reserve(entryCount);
    qint64 at = 0;
    for (int i = 0; i < entryCount; ++i) {
        qint64 consumed = 0;
        if (!readEntryHeader(directory, at, &consumed)) {
            m_entries.clear();
            return false;
        }
        at += consumed;
    }
    return true;
}

bool ZipArchive::readEntryHeader(const QByteArray &directory, qint64 at, qint64 *consumed)
{
    // Read in place: a copy per entry would make a table of many entries quadratic.
    const QByteArray record = QByteArray::fromRawData(directory.constData() + at, directory.size() - at);
    if (record.size() < centralHeaderSize || u32(record, 0) != centralHeaderSignature)
        return fail(tr("the ZIP archive is damaged: entry %1 of its table of contents is unreadable")
                        .arg(QLocale().toString(m_entries.size() + 1)));
    Entry entry;
    entry.flags = u16(record, 8);
    entry.method = u16(record, 10);
    entry.crc = u32(record, 16);
    const quint32 compressed = u32(record, 20);
    const quint32 uncompressed = u32(record, 24);
    const quint16 nameSize = u16(record, 28);
    const qint64 total = centralHeaderSize + nameSize + u16(record, 30) + u16(record, 32);
    const quint32 offset = u32(record, 42);
    if (record.size() < total)
        return fail(tr("the ZIP archive is damaged: entry %1 of its table of contents is cut short")
                        .arg(QLocale().toString(m_entries.size() + 1)));
    if (compressed == 0xFFFFFFFF || uncompressed == 0xFFFFFFFF || offset == 0xFFFFFFFF)
        return fail(tr("ZIP64 archives are not supported; unpack the export and choose the folder"));
    const QByteArray name = record.mid(centralHeaderSize, nameSize);
    // Bit 11 says UTF-8; many tools write UTF-8 without it, and CP437 is rarely valid UTF-8.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8(name);
    entry.name = (entry.flags & 0x0800) || !utf8.hasError() ? asUtf8 : fromCp437(name);
    entry.compressedSize = compressed;
    entry.uncompressedSize = uncompressed;
    entry.localHeaderOffset = offset;
    if (climbsOut(entry.name))
        return fail(tr("the ZIP archive holds “%1”, a path outside the archive").arg(entry.name));
    m_entries.append(entry);
    *consumed = total;
    return true;
}

bool ZipArchive::read(int index, qint64 maxBytes, QByteArray *data)
{
    data->clear();
    m_error.clear();
    if (index < 0 || index >= m_entries.size())
        return fail(tr("the ZIP archive has no such entry"));
    const Entry &entry = m_entries.at(index);
    const QLocale locale;
    if (entry.flags & 0x0001)
        return fail(tr("%1 is encrypted; unpack the export with its password and choose the folder").arg(entry.name));
    if (entry.method != 0 && entry.method != 8)
        return fail(tr("%1 is compressed with method %2, which Whyboard does not read; unpack the export and choose the folder")
                        .arg(entry.name, QString::number(entry.method)));
    if (entry.uncompressedSize > maxBytes || (entry.method == 0 && entry.compressedSize > maxBytes))
        return fail(tr("%1 is too large: %2 bytes, more than the %3 bytes one file may have")
                        .arg(entry.name, locale.toString(entry.uncompressedSize), locale.toString(maxBytes)));
    if (!m_device->seek(entry.localHeaderOffset))
        return fail(tr("%1 cannot be read").arg(entry.name));
    const QByteArray header = m_device->read(localHeaderSize);
    if (header.size() != localHeaderSize || u32(header, 0) != localHeaderSignature)
        return fail(tr("the ZIP archive is damaged: %1 is not where its table of contents says").arg(entry.name));
    const qint64 dataStart = entry.localHeaderOffset + localHeaderSize + u16(header, 26) + u16(header, 28);
    if (dataStart + entry.compressedSize > m_device->size())
        return fail(tr("the ZIP archive is truncated: %1 is cut short").arg(entry.name));
    if (!m_device->seek(dataStart))
        return fail(tr("%1 cannot be read").arg(entry.name));
    if (entry.method == 0) {
        if (entry.compressedSize != entry.uncompressedSize)
            return fail(tr("the ZIP archive is damaged: %1 has two different sizes").arg(entry.name));
        *data = m_device->read(entry.compressedSize);
        if (data->size() != entry.compressedSize) {
            data->clear();
            return fail(tr("the ZIP archive is truncated: %1 is cut short").arg(entry.name));
        }
    } else if (!inflateEntry(entry, maxBytes, data)) {
        data->clear();
        return false;
    }
    const quint32 crc = quint32(crc32_z(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data->constData()),
                                        size_t(data->size())));
    if (crc != entry.crc) {
        data->clear();
        return fail(tr("the ZIP archive is damaged: %1 fails its checksum").arg(entry.name));
    }
    return true;
}

bool ZipArchive::inflateEntry(const Entry &entry, qint64 maxBytes, QByteArray *data)
{
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return fail(tr("%1 cannot be uncompressed").arg(entry.name));
    // The declared size is a promise only: stop at it (and at the cap) whatever the data says.
    const qint64 limit = qMin(entry.uncompressedSize, maxBytes);
    data->reserve(qMin<qint64>(limit, 16 * 1024 * 1024));
    QByteArray output(chunkSize, Qt::Uninitialized);
    qint64 remaining = entry.compressedSize;
    QByteArray input;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (stream.avail_in == 0 && remaining > 0) {
            input = m_device->read(qMin(remaining, chunkSize));
            if (input.isEmpty())
                break;
            remaining -= input.size();
            stream.next_in = reinterpret_cast<Bytef *>(input.data());
            stream.avail_in = uInt(input.size());
        }
        stream.next_out = reinterpret_cast<Bytef *>(output.data());
        stream.avail_out = uInt(output.size());
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            inflateEnd(&stream);
            return fail(tr("the ZIP archive is damaged: %1 cannot be uncompressed").arg(entry.name));
        }
        const qint64 produced = output.size() - qint64(stream.avail_out);
        if (data->size() + produced > limit) {
            inflateEnd(&stream);
            return fail(data->size() + produced > maxBytes
                            ? tr("%1 is too large: it unpacks to more than the %2 bytes one file may have")
                                  .arg(entry.name, QLocale().toString(maxBytes))
                            : tr("the ZIP archive is damaged: %1 unpacks to more than its declared size").arg(entry.name));
        }
        data->append(output.constData(), produced);
        if (status == Z_BUF_ERROR && produced == 0)
            break; // no input left and nothing more to give: the data ends early
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END || data->size() != entry.uncompressedSize)
        return fail(tr("the ZIP archive is truncated: %1 is cut short").arg(entry.name));
    return true;
}

} // namespace Whyboard
