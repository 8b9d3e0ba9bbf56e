// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/csvreader.h"

#include <QDir>
#include <QList>

namespace Whyboard {

CsvReader::CsvReader(QIODevice *device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
}

QChar CsvReader::guessDelimiter(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n').mid(0, 20);
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    for (const char candidate : {',', ';', '\t'}) {
        // Count per line outside quotes; a delimiter scores when the first lines agree.
        QList<int> counts;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == lines.size() - 1 && lines.size() > 1)
                break; // the last piece may be cut off by the head's end
            int count = 0;
            bool quoted = false;
            for (const char c : lines.at(i)) {
                if (c == '"')
                    quoted = !quoted;
                else if (c == candidate && !quoted)
                    ++count;
            }
            if (!lines.at(i).trimmed().isEmpty())
                counts.append(count);
        }
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        const int agreeing = int(std::count(counts.cbegin(), counts.cend(), counts.first()));
        const int score = agreeing * 1000 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = QLatin1Char(candidate);
        }
    }
    return best;
}

std::unique_ptr<CsvReader> CsvReader::openWithHeader(QFile *file, QStringList *header, QString *error)
{
    const QString name = QDir::toNativeSeparators(file->fileName());
    if (!file->isOpen() && !file->open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2").arg(name, file->errorString());
        return nullptr;
    }
    auto reader = std::make_unique<CsvReader>(file, guessDelimiter(file->peek(64 * 1024)));
    if (!reader->readRecord(header)) {
        *error = reader->error().isEmpty() ? tr("“%1” is empty").arg(name) : tr("%1, %2").arg(name, reader->error());
        return nullptr;
    }
    return reader;
}

bool CsvReader::fail(int line, const QString &message)
{
    m_error = tr("line %1: %2").arg(line).arg(message);
    return false;
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (!m_error.isEmpty())
        return false;
    QString field;
    bool quoted = false;       // inside a quoted field
    bool wasQuoted = false;    // the current field was quoted and its quote has closed
    bool started = false;      // the record has begun (a blank line is not a record)
    qsizetype recordBytes = 0;
    while (true) {
        if (m_device->atEnd()) {
            if (quoted)
                return fail(m_recordLine, tr("a quoted field is never closed"));
            if (!started)
                return false;
            fields->append(field);
            return true;
        }
        // One buffer for every line: readLine(max) would allocate max bytes for each line.
        if (m_buffer.isEmpty())
            m_buffer.resize(maxRecordBytes + 2);
        const qint64 got = m_device->readLine(m_buffer.data(), m_buffer.size());
        if (got <= 0 && !m_device->atEnd())
            return fail(m_line + 1, m_device->errorString());
        const QByteArrayView bytes(m_buffer.constData(), std::max<qint64>(got, 0));
        ++m_line;
        m_bytesRead += bytes.size();
        recordBytes += bytes.size();
        if (recordBytes > maxRecordBytes)
            return fail(started ? m_recordLine : m_line, tr("a row longer than 1 MB: is a quote never closed?"));
        QString line = m_decoder.decode(bytes);
        if (m_decoder.hasError())
            return fail(m_line, tr("the text is not UTF-8: save the file as UTF-8 CSV"));
        if (m_line == 1 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (!started) {
            if (line.trimmed().isEmpty())
                continue;
            started = true;
            m_recordLine = m_line;
        }
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == QLatin1Char('\r') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('\n')) {
                    continue; // a line break inside a field is '\n', whichever the file used
                } else if (c != QLatin1Char('"')) {
                    field += c;
                } else if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else if (c == m_delimiter) {
                fields->append(field);
                if (fields->size() >= maxFields)
                    return fail(m_recordLine, tr("more than %1 columns").arg(maxFields));
                field.clear();
                wasQuoted = false;
            } else if (c == QLatin1Char('\n') || (c == QLatin1Char('\r')
                                                && (i + 1 == line.size()
                                                    || (i + 2 == line.size() && line.at(i + 1) == QLatin1Char('\n'))))) {
                fields->append(field); // "\r\n", "\n", or a last line ending in '\r'
                return true;
            } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
                quoted = true;
            } else if (wasQuoted) {
                return fail(m_line, tr("text after a closing quote in column %1").arg(fields->size() + 1));
            } else {
                field += c; // a quote inside an unquoted field is kept as written, as spreadsheets do
            }
        }
    }
}

} // namespace Whyboard
