// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace Whyboard {

// Reads the objects of a PDF written with a classic cross-reference table (what QPdfWriter
// writes), without decoding streams. Values are handed out as their raw bytes, so an object
// can be written again unchanged apart from the entries a caller replaces. Every read is
// bounds-checked: a damaged or foreign file gives an error, never a crash.
class PdfObjectReader
{
public:
    struct Reference
    {
        int number = 0;
        int generation = 0;
        bool isValid() const { return number > 0; }
        QByteArray toBytes() const;
    };
    // A dictionary's entries in file order: key (the name without its slash), raw value.
    using Dictionary = QList<QPair<QByteArray, QByteArray>>;

    explicit PdfObjectReader(const QByteArray &pdf);

    // Reads startxref, every cross-reference section (following /Prev) and the newest
    // trailer. Returns an error, empty on success.
    QString readCrossReferences();

    qint64 startXref() const { return m_startXref; }
    const Dictionary &trailer() const { return m_trailer; }
    // One more than the highest object number in use (the trailer's /Size, checked).
    int size() const { return m_size; }
    int generation(int number) const;

    // The raw value of an indirect object ("<< ... >>", "[ ... ]", ...); empty with *error set
    // when it is missing or unreadable.
    QByteArray object(int number, QString *error) const;
    // The value itself if it is direct, else the object it refers to.
    QByteArray resolved(const QByteArray &value, QString *error) const;

    static bool parseDictionary(const QByteArray &raw, Dictionary *entries);
    static bool parseArray(const QByteArray &raw, QList<QByteArray> *elements);
    static Reference parseReference(const QByteArray &raw);
    static bool parseNumbers(const QByteArray &raw, QList<double> *numbers);
    static QByteArray value(const Dictionary &dictionary, const QByteArray &key);

private:
    QString readSection(qint64 offset, Dictionary *trailer);

    const QByteArray &m_pdf;
    qint64 m_startXref = -1;
    int m_size = 0;
    Dictionary m_trailer;
    struct Entry
    {
        qint64 offset = 0;
        int generation = 0;
    };
    QHash<int, Entry> m_entries;
};

} // namespace Whyboard
