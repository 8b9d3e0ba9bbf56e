// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Whyboard {

// The times of one CSV column: which of the common ways of writing a time the column uses,
// decided once from its values, then every value read that way.
//   ISO 8601 "2017-04-06T18:42:10.5-07:00", "2017-04-06 18:42[:10]", "...Z"
//   "06/04/2017 18:42" or "04/06/2017 6:42 PM" (day or month first, from the column's values)
//   "06.04.2017 18:42" (German), "6 Apr 2017 18:42", "Apr 6, 2017 6:42:10 PM",
//   "Thu, 06 Apr 2017 18:42:10 -0700" (RFC 2822), epoch seconds (10 digits) or milliseconds (13)
// A time without an offset is wall-clock time in the chosen zone; a written offset is kept.
class CsvTimeParser
{
    Q_DECLARE_TR_FUNCTIONS(Whyboard::CsvTimeParser)

public:
    enum class Format {
        None,              // no value reads as a time
        Iso,               // 2017-04-06T18:42:10Z, 2017-04-06 18:42
        SlashDayFirst,     // 06/04/2017 18:42
        SlashMonthFirst,   // 04/06/2017 6:42 PM
        Dotted,            // 06.04.2017 18:42
        DayMonthName,      // 6 Apr 2017 18:42, Thu, 06 Apr 2017 18:42:10 -0700
        MonthNameDay,      // Apr 6, 2017 6:42:10 PM
        EpochSeconds,      // 1491504120
        EpochMilliseconds, // 1491504120000
    };

    CsvTimeParser() = default;
    explicit CsvTimeParser(Format format) : m_format(format) {}

    // The format most of the values are written in. Slashed dates are day first when a first
    // part is above 12, month first when a second part is; when no value tells, the locale's
    // order, and ambiguous() says so.
    static CsvTimeParser recognise(const QStringList &values, const QLocale &locale = QLocale());
    // For a slashed date: true (day first) or false (month first) when the value alone tells;
    // the reader asks it of the rest of a file when the first rows did not tell.
    static std::optional<bool> slashDayFirst(const QString &value);
    // True when the value reads as a time in any of the formats.
    static bool looksLikeTime(const QString &value);

    Format format() const { return m_format; }
    bool isValid() const { return m_format != Format::None; }
    bool ambiguous() const { return m_ambiguous; }
    // Settles the order of slashed dates (a value later in the file told).
    void setDayFirst(bool dayFirst);
    // In words, for the preview: "06/04/2017 could be 6 April or 4 June: read day first, as
    // this computer writes dates"; empty when nothing was in doubt.
    QString note() const;

    // The value as a time with a fixed offset; invalid when it is not written in the column's
    // format (or an unmistakable other one: ISO, a month name, an epoch).
    QDateTime parse(const QString &value, const QTimeZone &zone) const;

private:
    Format m_format = Format::None;
    bool m_ambiguous = false;
    QString m_example; // an ambiguous value, for the note
};

} // namespace Whyboard
