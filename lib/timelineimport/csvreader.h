// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

namespace Whyboard {

// Reads CSV (RFC 4180, and what spreadsheets write: ',' ';' or tab, CRLF or LF, a UTF-8
// byte-order mark, line breaks inside quoted fields) one record at a time from a device, so
// a file of any size is read in bounded memory. Broken quoting is an error naming the line,
// never a silently shifted column.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CsvReader)

public:
    static constexpr qsizetype maxRecordBytes = 1024 * 1024;
    static constexpr qsizetype maxFields = 1000;

    CsvReader(QIODevice *device, QChar delimiter);

    // The delimiter of most consistent count over the first lines of head (outside quotes):
    // ',' when nothing tells.
    static QChar guessDelimiter(const QByteArray &head);

    // A tool's CSV export opened with its delimiter guessed and its header row read into
    // *header; null with *error naming the file ("“x.csv” is empty", "x.csv, line 1: ...").
    static std::unique_ptr<CsvReader> openWithHeader(QFile *file, QStringList *header, QString *error);

    // The next record into *fields; false at the end or on an error (then error() says which line).
    bool readRecord(QStringList *fields);
    int recordLine() const { return m_recordLine; } // 1-based line where the last record started
    QString error() const { return m_error; }       // "line 14: a quoted field is never closed"
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fail(int line, const QString &message);

    QIODevice *m_device;
    QChar m_delimiter;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QByteArray m_buffer; // one line
    int m_line = 0;
    int m_recordLine = 0;
    qint64 m_bytesRead = 0;
    QString m_error;
};

} // namespace Whyboard
