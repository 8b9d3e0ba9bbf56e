// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfobjectreader.h"
#include "pdfscanner.h"

#include <QSet>

#include <climits>

namespace Whyboard {

namespace {
// An incremental update chain longer than this is not a file QPdfWriter wrote.
constexpr int maximumSections = 256;
// The shortest cross-reference entry ("0 0 n" with single spaces) bounds a section's count.
constexpr qint64 shortestEntry = 6;
} // namespace

QByteArray PdfObjectReader::Reference::toBytes() const
{
    return QByteArray::number(number) + ' ' + QByteArray::number(generation) + " R";
}

PdfObjectReader::PdfObjectReader(const QByteArray &pdf)
    : m_pdf(pdf)
{
}

QString PdfObjectReader::readCrossReferences()
{
    if (!m_pdf.startsWith("%PDF-"))
        return QStringLiteral("not a PDF: no %PDF- header");
    const qint64 tailStart = qMax<qint64>(0, m_pdf.size() - 2048);
    const qint64 keyword = m_pdf.lastIndexOf("startxref");
    if (keyword < tailStart)
        return QStringLiteral("no startxref near the end of the file (truncated?)");
    PdfScanner scanner(m_pdf, keyword + 9);
    if (!scanner.readInteger(&m_startXref) || m_startXref >= m_pdf.size())
        return QStringLiteral("startxref does not point into the file");
    if (m_pdf.indexOf("%%EOF", scanner.position()) < 0)
        return QStringLiteral("no %%EOF after startxref (truncated?)");

    QSet<qint64> visited;
    qint64 offset = m_startXref;
    for (int section = 0; offset >= 0; ++section) {
        if (section >= maximumSections || visited.contains(offset))
            return QStringLiteral("the cross-reference sections loop");
        visited.insert(offset);
        Dictionary trailer;
        const QString error = readSection(offset, &trailer);
        if (!error.isEmpty())
            return error;
        if (section == 0)
            m_trailer = trailer;
        const QByteArray previous = value(trailer, "Prev");
        bool ok = true;
        offset = previous.isEmpty() ? -1 : previous.trimmed().toLongLong(&ok);
        if (!ok || offset >= m_pdf.size())
            return QStringLiteral("the trailer's /Prev is not an offset in the file");
    }

    bool ok = false;
    m_size = value(m_trailer, "Size").trimmed().toInt(&ok);
    if (!ok || m_size < 1)
        return QStringLiteral("the trailer has no valid /Size");
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        m_size = qMax(m_size, it.key() + 1);
    if (!parseReference(value(m_trailer, "Root")).isValid())
        return QStringLiteral("the trailer has no /Root");
    return {};
}

QString PdfObjectReader::readSection(qint64 offset, Dictionary *trailer)
{
    PdfScanner scanner(m_pdf, offset);
    if (!scanner.readKeyword("xref"))
        return QStringLiteral("no classic cross-reference table at offset %1 (a cross-reference stream?)").arg(offset);
    for (;;) {
        if (scanner.readKeyword("trailer"))
            break;
        qint64 first = 0;
        qint64 count = 0;
        if (!scanner.readInteger(&first) || !scanner.readInteger(&count)
            || count > (m_pdf.size() - scanner.position()) / shortestEntry || first + count > INT_MAX)
            return QStringLiteral("unreadable cross-reference subsection at offset %1").arg(scanner.position());
        for (qint64 i = 0; i < count; ++i) {
            qint64 entryOffset = 0;
            qint64 generation = 0;
            if (!scanner.readInteger(&entryOffset) || !scanner.readInteger(&generation))
                return QStringLiteral("unreadable cross-reference entry at offset %1").arg(scanner.position());
            const bool inUse = scanner.readKeyword("n");
            if (!inUse && !scanner.readKeyword("f"))
                return QStringLiteral("unreadable cross-reference entry at offset %1").arg(scanner.position());
            const int number = int(first + i);
            // The newest section is read first: an object it lists keeps that entry.
            if (number == 0 || m_entries.contains(number))
                continue;
            if (inUse && entryOffset >= m_pdf.size())
                return QStringLiteral("object %1 lies past the end of the file (truncated?)").arg(number);
            m_entries.insert(number, Entry{inUse ? entryOffset : -1, int(generation)});
        }
    }
    QByteArray raw;
    if (!scanner.readValue(&raw) || !parseDictionary(raw, trailer))
        return QStringLiteral("unreadable trailer at offset %1").arg(offset);
    return {};
}

int PdfObjectReader::generation(int number) const
{
    return m_entries.value(number).generation;
}

QByteArray PdfObjectReader::object(int number, QString *error) const
{
    const auto entry = m_entries.constFind(number);
    if (entry == m_entries.cend() || entry->offset < 0) {
        *error = QStringLiteral("object %1 is not in the cross-reference table").arg(number);
        return {};
    }
    PdfScanner scanner(m_pdf, entry->offset);
    qint64 foundNumber = 0;
    qint64 foundGeneration = 0;
    QByteArray raw;
    if (!scanner.readInteger(&foundNumber) || !scanner.readInteger(&foundGeneration) || !scanner.readKeyword("obj")
        || foundNumber != number || !scanner.readValue(&raw)) {
        *error = QStringLiteral("object %1 is not where the cross-reference table says").arg(number);
        return {};
    }
    return raw;
}

QByteArray PdfObjectReader::resolved(const QByteArray &value, QString *error) const
{
    const Reference reference = parseReference(value);
    return reference.isValid() ? object(reference.number, error) : value;
}

bool PdfObjectReader::parseDictionary(const QByteArray &raw, Dictionary *entries)
{
    PdfScanner scanner(raw);
    scanner.skipSpace();
    if (!raw.mid(scanner.position(), 2).startsWith("<<"))
        return false;
    scanner.setPosition(scanner.position() + 2);
    for (;;) {
        scanner.skipSpace();
        if (scanner.atEnd())
            return false;
        if (scanner.current() == '>')
            return raw.mid(scanner.position(), 2) == ">>";
        QByteArray key;
        QByteArray value;
        if (!scanner.readName(&key) || !scanner.readValue(&value))
            return false;
        entries->append({key, value});
    }
}

bool PdfObjectReader::parseArray(const QByteArray &raw, QList<QByteArray> *elements)
{
    PdfScanner scanner(raw);
    scanner.skipSpace();
    if (scanner.current() != '[')
        return false;
    scanner.setPosition(scanner.position() + 1);
    for (;;) {
        scanner.skipSpace();
        if (scanner.atEnd())
            return false;
        if (scanner.current() == ']')
            return true;
        QByteArray element;
        if (!scanner.readValue(&element))
            return false;
        elements->append(element);
    }
}

PdfObjectReader::Reference PdfObjectReader::parseReference(const QByteArray &raw)
{
    PdfScanner scanner(raw);
    qint64 number = 0;
    qint64 generation = 0;
    if (!scanner.readInteger(&number) || !scanner.readInteger(&generation) || !scanner.readKeyword("R"))
        return {};
    scanner.skipSpace();
    if (!scanner.atEnd() || number < 1 || number > INT_MAX || generation > 65535)
        return {};
    return Reference{int(number), int(generation)};
}

bool PdfObjectReader::parseNumbers(const QByteArray &raw, QList<double> *numbers)
{
    QList<QByteArray> elements;
    if (!parseArray(raw, &elements))
        return false;
    for (const QByteArray &element : elements) {
        bool ok = false;
        const double number = element.toDouble(&ok);
        if (!ok || !qIsFinite(number))
            return false;
        numbers->append(number);
    }
    return true;
}

QByteArray PdfObjectReader::value(const Dictionary &dictionary, const QByteArray &key)
{
    for (const auto &entry : dictionary) {
        if (entry.first == key)
            return entry.second;
    }
    return {};
}

} // namespace Whyboard
