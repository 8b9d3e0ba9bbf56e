// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Whyboard {

// A cursor over PDF syntax (ISO 32000-1 §7.2-7.3): skips white space and comments, reads
// tokens and steps over whole values (nested dictionaries and arrays, literal and hex strings,
// names, numbers, indirect references) without interpreting them. Never reads past the end;
// a malformed value makes the call return false.
class PdfScanner
{
public:
    PdfScanner(const QByteArray &data, qint64 position = 0);

    qint64 position() const { return m_position; }
    void setPosition(qint64 position) { m_position = qBound<qint64>(0, position, m_size); }
    bool atEnd() const { return m_position >= m_size; }
    char current() const { return atEnd() ? '\0' : m_data[m_position]; }

    void skipSpace();
    // The next value's raw bytes (after white space); the cursor moves past it.
    bool readValue(QByteArray *raw);
    // The next token is exactly this keyword ("obj", "xref", "trailer", "R").
    bool readKeyword(const char *word);
    bool readInteger(qint64 *value);
    // A name token; the result is without its slash.
    bool readName(QByteArray *name);
    // Moves past the next value.
    bool skipValue() { return skipValue(0); }

    static bool isSpace(char c);
    static bool isDelimiter(char c);

private:
    bool skipValue(int depth);
    bool skipLiteralString();
    bool skipHexString();
    void skipRegular();

    const char *m_data;
    qint64 m_size;
    qint64 m_position;
};

} // namespace Whyboard
