// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfincrementalupdate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Whyboard {

PdfIncrementalUpdate::PdfIncrementalUpdate(qint64 baseSize, bool baseEndsWithNewline, int nextNumber)
    : m_baseSize(baseSize)
    , m_nextNumber(nextNumber)
{
    // The first new object must start on a line of its own.
    if (!baseEndsWithNewline)
        m_bytes += '\n';
}

void PdfIncrementalUpdate::write(int number, int generation, const QByteArray &body)
{
    m_written.append(Written{number, generation, m_baseSize + m_bytes.size()});
    m_bytes += QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj\n";
    m_bytes += body;
    m_bytes += "\nendobj\n";
}

QByteArray PdfIncrementalUpdate::finish(const QByteArray &trailerEntries, qint64 previousXref)
{
    std::sort(m_written.begin(), m_written.end(),
              [](const Written &a, const Written &b) { return a.number < b.number; });
    const qint64 xrefOffset = m_baseSize + m_bytes.size();
    m_bytes += "xref\n";
    // One subsection per run of consecutive object numbers; every entry is exactly 20 bytes.
    for (qsizetype start = 0; start < m_written.size();) {
        qsizetype end = start + 1;
        while (end < m_written.size() && m_written[end].number == m_written[end - 1].number + 1)
            ++end;
        m_bytes += QByteArray::number(m_written[start].number) + ' ' + QByteArray::number(end - start) + '\n';
        for (qsizetype i = start; i < end; ++i) {
            char entry[32];
            std::snprintf(entry, sizeof entry, "%010lld %05d n \n", static_cast<long long>(m_written[i].offset),
                          m_written[i].generation);
            m_bytes += entry;
        }
        start = end;
    }
    m_bytes += "trailer\n<<\n/Size " + QByteArray::number(m_nextNumber) + '\n' + trailerEntries + "/Prev "
               + QByteArray::number(previousXref) + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return m_bytes;
}

QByteArray PdfIncrementalUpdate::textString(const QString &text)
{
    static const char digits[] = "0123456789ABCDEF";
    QByteArray result;
    result.reserve(6 + text.size() * 4);
    result += "<FEFF";
    for (const QChar unit : text) {
        const char16_t code = unit.unicode();
        result += digits[(code >> 12) & 0xf];
        result += digits[(code >> 8) & 0xf];
        result += digits[(code >> 4) & 0xf];
        result += digits[code & 0xf];
    }
    result += '>';
    return result;
}

QByteArray PdfIncrementalUpdate::number(double value)
{
    const double rounded = std::round(value * 100) / 100;
    QByteArray text = QByteArray::number(rounded == 0 ? 0.0 : rounded, 'f', 2);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text;
}

} // namespace Whyboard
