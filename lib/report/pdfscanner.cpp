// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfscanner.h"

#include <cstring>

namespace Whyboard {

namespace {
// Deeper nesting than this is not a report page; refusing it keeps the recursion bounded.
constexpr int maximumDepth = 64;
} // namespace

PdfScanner::PdfScanner(const QByteArray &data, qint64 position)
    : m_data(data.constData())
    , m_size(data.size())
    , m_position(qBound<qint64>(0, position, data.size()))
{
}

bool PdfScanner::isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool PdfScanner::isDelimiter(char c)
{
    return std::strchr("()<>[]{}/%", c) != nullptr && c != '\0';
}

void PdfScanner::skipSpace()
{
    while (!atEnd()) {
        const char c = m_data[m_position];
        if (isSpace(c)) {
            ++m_position;
        } else if (c == '%') {
            while (!atEnd() && m_data[m_position] != '\n' && m_data[m_position] != '\r')
                ++m_position;
        } else {
            return;
        }
    }
}

void PdfScanner::skipRegular()
{
    while (!atEnd() && !isSpace(m_data[m_position]) && !isDelimiter(m_data[m_position]))
        ++m_position;
}

bool PdfScanner::readValue(QByteArray *raw)
{
    skipSpace();
    const qint64 start = m_position;
    if (!skipValue(0))
        return false;
    *raw = QByteArray(m_data + start, m_position - start);
    return true;
}

bool PdfScanner::readKeyword(const char *word)
{
    skipSpace();
    const qint64 start = m_position;
    skipRegular();
    const auto length = qsizetype(std::strlen(word));
    if (m_position - start == length && std::memcmp(m_data + start, word, size_t(length)) == 0)
        return true;
    m_position = start;
    return false;
}

bool PdfScanner::readInteger(qint64 *value)
{
    skipSpace();
    const qint64 start = m_position;
    skipRegular();
    const qint64 length = m_position - start;
    if (length < 1 || length > 15) {
        m_position = start;
        return false;
    }
    qint64 result = 0;
    for (qint64 i = start; i < m_position; ++i) {
        const char c = m_data[i];
        if (c < '0' || c > '9') {
            m_position = start;
            return false;
        }
        result = result * 10 + (c - '0');
    }
    *value = result;
    return true;
}

bool PdfScanner::readName(QByteArray *name)
{
    skipSpace();
    if (current() != '/')
        return false;
    const qint64 start = ++m_position;
    skipRegular();
    *name = QByteArray(m_data + start, m_position - start);
    return true;
}

bool PdfScanner::skipLiteralString()
{
    ++m_position; // (
    int depth = 1;
    while (!atEnd()) {
        const char c = m_data[m_position++];
        if (c == '\\') {
            if (atEnd())
                return false;
            ++m_position;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return true;
        }
    }
    return false;
}

bool PdfScanner::skipHexString()
{
    ++m_position; // <
    while (!atEnd()) {
        const char c = m_data[m_position++];
        if (c == '>')
            return true;
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex && !isSpace(c))
            return false;
    }
    return false;
}

bool PdfScanner::skipValue(int depth)
{
    skipSpace();
    if (atEnd() || depth > maximumDepth)
        return false;
    const char c = m_data[m_position];
    const char next = m_position + 1 < m_size ? m_data[m_position + 1] : '\0';
    if (c == '<' && next == '<') {
        m_position += 2;
        for (;;) {
            skipSpace();
            if (atEnd())
                return false;
            if (m_data[m_position] == '>') {
                if (m_position + 1 >= m_size || m_data[m_position + 1] != '>')
                    return false;
                m_position += 2;
                return true;
            }
            QByteArray key;
            if (!readName(&key) || !skipValue(depth + 1))
                return false;
        }
    }
    if (c == '<')
        return skipHexString();
    if (c == '(')
        return skipLiteralString();
    if (c == '[') {
        ++m_position;
        for (;;) {
            skipSpace();
            if (atEnd())
                return false;
            if (m_data[m_position] == ']') {
                ++m_position;
                return true;
            }
            if (!skipValue(depth + 1))
                return false;
        }
    }
    if (c == '/') {
        ++m_position;
        skipRegular();
        return true;
    }
    if (isDelimiter(c))
        return false;
    // A number, true, false or null; an unsigned integer may start "12 0 R".
    qint64 first = 0;
    const qint64 start = m_position;
    if (readInteger(&first)) {
        const qint64 afterFirst = m_position;
        qint64 generation = 0;
        if (readInteger(&generation) && readKeyword("R"))
            return true;
        m_position = afterFirst;
        return true;
    }
    m_position = start;
    skipRegular();
    return m_position > start;
}

} // namespace Whyboard
