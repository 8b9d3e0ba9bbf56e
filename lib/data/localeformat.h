// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Whyboard {

// How dates, times, money and numbers read in the user's language, in one place for the
// window, the PDF and the Markdown export: "Donnerstag, 6. April 2017", "06.04.17 18:42",
// "9.750 USD" in German; "Thursday, April 6, 2017", "4/6/17 6:42 PM", "USD 9,750" in
// American English. Stored formats (JSON, file names) stay ISO and do not use this.
class LocaleFormat
{
public:
    static QString date(const QDate &date, const QLocale &locale = {});      // short: "06.04.17"
    static QString longDate(const QDate &date, const QLocale &locale = {});  // "Donnerstag, 6. April 2017"
    static QString time(const QTime &time, const QLocale &locale = {});      // "18:42", "6:42 PM"
    // The date and time as written in the time's own offset (not converted to this machine's).
    static QString dateTime(const QDateTime &time, const QLocale &locale = {});
    static QString number(qint64 value, const QLocale &locale = {});         // "9.750"
    // The amount with the ISO code placed as the locale places its currency, joined by no-break
    // spaces; whole units from 100 up, since such figures are estimates.
    static QString money(double amount, const QString &currency, const QLocale &locale = {});
};

} // namespace Whyboard
