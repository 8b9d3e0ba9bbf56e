// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace Whyboard {

// The JSON interchange format (docs: session-format.md, plus the optional fields in
// lib/storage/SESSION-FORMAT-EXTENSIONS.md).
class SessionJsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(SessionJsonFormat)

public:
    struct ReadResult
    {
        std::optional<Session> session; // set only when the whole document is valid
        QString error;                  // "session.cards[3].explains[0]: no card "w9"", translated
        // Cards the document gives no x/y for: they are at (0, 0) until the caller places
        // them (CardPlacement::placeUnpositionedCards()).
        QSet<QString> unpositioned;
    };

    static constexpr int currentVersion = 1;
    static QString formatName() { return QStringLiteral("whyboard.session"); }

    // All or nothing: any fault gives no session and an error naming the JSON path.
    // The session is exactly what the document says; its library id is 0.
    static ReadResult read(const QByteArray &json);
    // Reads a session file: refused before reading when it is not a regular file or is larger
    // than SessionLimits::maxImportFileBytes. Errors name the file.
    static ReadResult readFile(const QString &path);
    // Pretty-printed UTF-8 with a stable key order. Writes only what read() accepts: a session
    // the format cannot carry (a value no key names, a position off the board, a list or text
    // over its limit) gives an empty array and *error says why.
    static QByteArray write(const Session &session, QString *error = nullptr);
    // Empty when write(session) imports again; otherwise the fault import would report. The
    // board allows states the format does not (no problem card yet, a why whose last link
    // was removed): exporters call this first to tell the user what to fix.
    static QString check(const Session &session);

    // ISO 8601 date-time with an explicit offset ("2017-04-06T18:30:00-07:00", "...Z"),
    // seconds optional, fractions rounded to the millisecond. Returns an invalid QDateTime
    // on anything else; the result carries the written offset (Qt::OffsetFromUTC, or
    // Qt::UTC for a zero offset).
    static QDateTime parseDateTime(const QString &text);
    // The time in its own offset, seconds precision unless it has milliseconds; "Z" for UTC.
    static QString formatDateTime(const QDateTime &time);
    // "yyyy-MM-dd" and nothing more.
    static QDate parseDate(const QString &text);
};

} // namespace Whyboard
