// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Whyboard {

// The bytes of an incremental update (ISO 32000-1 §7.5.6) to append to a PDF: new and
// replaced objects, a cross-reference section for exactly those objects and a trailer that
// points back to the previous one. Also writes the PDF syntax those objects need.
class PdfIncrementalUpdate
{
public:
    // baseSize: length of the PDF the update is appended to (offsets count from its start);
    // baseEndsWithNewline: whether that PDF's last byte ends a line. nextNumber: the first
    // free object number (the old trailer's /Size).
    PdfIncrementalUpdate(qint64 baseSize, bool baseEndsWithNewline, int nextNumber);

    // A fresh object number for an object written later with write().
    int reserve() { return m_nextNumber++; }
    int size() const { return m_nextNumber; }
    // Writes "number generation obj body endobj"; a number written twice is a caller's error.
    void write(int number, int generation, const QByteArray &body);
    // Appends the cross-reference section and the trailer (its entries other than /Size and
    // /Prev, written as given) and returns the whole update.
    QByteArray finish(const QByteArray &trailerEntries, qint64 previousXref);

    // A PDF text string: UTF-16BE with a byte-order mark, hex-encoded, so any script survives
    // and nothing needs escaping.
    static QByteArray textString(const QString &text);
    // A real number in plain notation (PDF has no exponents), at most two decimals.
    static QByteArray number(double value);

private:
    struct Written
    {
        int number = 0;
        int generation = 0;
        qint64 offset = 0;
    };
    qint64 m_baseSize;
    int m_nextNumber;
    QByteArray m_bytes;
    QList<Written> m_written;
};

} // namespace Whyboard
