// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipwriter.h"

#include <QFile>

#include <zlib.h>

namespace Whyboard::Test {

namespace {

void put16(QByteArray *out, quint32 value)
{
    out->append(char(value & 0xFF));
    out->append(char((value >> 8) & 0xFF));
}

void put32(QByteArray *out, quint32 value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &data, bool deflate)
{
    Entry entry;
    entry.name = name.toUtf8();
    entry.data = data;
    entry.deflate = deflate;
    m_entries.append(entry);
}

QByteArray ZipWriter::bytes() const
{
    QByteArray out;
    QByteArray directory;
    for (const Entry &entry : m_entries) {
        const QByteArray stored = entry.deflate ? rawDeflate(entry.data) : entry.data;
        const quint32 crc = entry.crc.value_or(quint32(
            crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(entry.data.constData()), uInt(entry.data.size()))));
        const quint16 method = entry.method.value_or(entry.deflate ? 8 : 0);
        const quint16 flags = quint16((entry.utf8Flag ? 0x0800 : 0) | entry.extraFlags);
        const quint32 size = entry.uncompressedSize.value_or(quint32(entry.data.size()));
        const quint32 offset = quint32(out.size());
        const auto common = [&](QByteArray *record) {
            put16(record, 20); // version needed
            put16(record, flags);
            put16(record, method);
            put16(record, 0x9000); // 18:00
            put16(record, quint16(((2017 - 1980) << 9) | (4 << 5) | 6));
            put32(record, crc);
            put32(record, quint32(stored.size()));
            put32(record, size);
            put16(record, quint16(entry.name.size()));
            put16(record, 0); // extra
        };
        put32(&out, 0x04034b50);
        common(&out);
        out.append(entry.name);
        out.append(stored);

        put32(&directory, 0x02014b50);
        put16(&directory, 0x031E); // made by: Unix
        common(&directory);
        put16(&directory, 0); // comment
        put16(&directory, 0); // disk
        put16(&directory, 0); // internal attributes
        put32(&directory, 0);
        put32(&directory, offset);
        directory.append(entry.name);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    if (m_zip64) {
        put32(&out, 0x07064b50); // the ZIP64 end locator (its record is not needed to be refused)
        put32(&out, 0);
        put32(&out, 0);
        put32(&out, 0);
        put32(&out, 1);
    }
    put32(&out, 0x06054b50);
    put16(&out, 0);
    put16(&out, 0);
    put16(&out, quint16(m_entries.size()));
    put16(&out, quint16(m_entries.size()));
    put32(&out, quint32(directory.size()));
    put32(&out, directoryOffset);
    put16(&out, 0);
    return out;
}

bool ZipWriter::write(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes()) >= 0 && file.flush();
}

} // namespace Whyboard::Test
