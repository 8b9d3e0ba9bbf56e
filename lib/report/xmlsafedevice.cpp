// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/xmlsafedevice.h"

#include "data/safetext.h"

#include <QString>

#include <algorithm>

namespace Whyboard {

namespace {

// Where the last whole UTF-8 character of data ends: a lead byte near the end whose
// sequence is longer than what follows it starts a character not yet complete.
qsizetype completeLength(const QByteArray &data)
{
    const qsizetype size = data.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto byte = static_cast<unsigned char>(data.at(size - back));
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const int length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return length > back ? size - back : size;
    }
    return size;
}

} // namespace

XmlSafeDevice::XmlSafeDevice(QIODevice *target)
    : m_target(target)
{
}

XmlSafeDevice::~XmlSafeDevice()
{
    if (isOpen())
        close();
}

void XmlSafeDevice::close()
{
    if (!m_pending.isEmpty()) {
        pass(m_pending); // an unfinished character becomes U+FFFD
        m_pending.clear();
    }
    QIODevice::close();
}

qint64 XmlSafeDevice::writeData(const char *data, qint64 size)
{
    // In slices, so that a whole document written at once is not copied whole three times.
    constexpr qint64 slice = 64 * 1024;
    for (qint64 offset = 0; offset < size; offset += slice) {
        m_pending.append(data + offset, std::min(slice, size - offset));
        const qsizetype complete = completeLength(m_pending);
        if (!pass(m_pending.left(complete)))
            return -1;
        m_pending.remove(0, complete);
    }
    return size;
}

bool XmlSafeDevice::pass(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return true;
    // Decoding turns bytes that are not UTF-8 (an encoded surrogate among them) into U+FFFD.
    const QByteArray safe =
        SafeText::xmlCharacters(SafeText::withoutBidiControls(QString::fromUtf8(utf8))).toUtf8();
    if (m_target->write(safe) != safe.size()) {
        setErrorString(m_target->errorString());
        return false;
    }
    return true;
}

} // namespace Whyboard
