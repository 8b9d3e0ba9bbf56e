// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace Whyboard {

// Reads the dates and times a facilitator types or pastes into a time field, the way a person
// writes them: a full date and time in ISO form or the locale's short and long forms
// ("2017-04-06 18:42", "06.04.17 18:42", "Donnerstag, 6. April 2017 18:42"), a bare time on
// the day in context ("14:05", "6:42 pm"), a step from a time in context ("+20m", "-1h30m",
// "+2d"), or "now"; an offset may follow the time ("18:42 -07:00", "18:42Z", "UTC+2").
class TimeInput
{
public:
    struct Context
    {
        QLocale locale;
        QDate date;             // the day of a bare time; today when invalid
        QDateTime relativeTo;   // what "+20m" counts from; such steps are refused when invalid
        QDateTime notBefore;    // a bare time earlier than this moves to the next day
        int utcOffsetSeconds = 0; // when the text names no offset
        QDateTime now;          // "now"; the clock when invalid (tests set it)
    };

    struct Result
    {
        bool empty = false;        // nothing typed: the time is not known
        QDateTime at;              // with a fixed offset; invalid when the text was not understood
        bool offsetGiven = false;  // the text named its offset
        QString error;             // why the text was not understood, in words for the user

        bool isValid() const { return empty || at.isValid(); }
    };

    static Result parseDateTime(const QString &text, const Context &context);

    // A date alone: ISO, the locale's forms, "today", "tomorrow", "yesterday", "+3d", "+2w".
    // Empty text gives an empty result; a date without a year takes today's.
    static std::optional<QDate> parseDate(const QString &text, const QDate &today, const QLocale &locale,
                                          QString *error = nullptr);

    // The fixed-width numeric form an editor shows, built from the locale's short date form
    // ("dd.MM.yyyy HH:mm" in German, "MM/dd/yyyy HH:mm" in American English): digits can be
    // typed over it section by section. ISO where the locale's short form spells months out.
    static QString editFormat(const QLocale &locale, bool withTime);
};

} // namespace Whyboard
