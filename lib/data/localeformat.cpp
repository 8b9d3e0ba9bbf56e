// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/localeformat.h"

namespace Whyboard {

namespace {
// The C locale is no language at all ("6 Apr 2017", "18:42:00"): it gets ISO forms instead.
bool isPlain(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}
} // namespace

QString LocaleFormat::date(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return isPlain(locale) ? date.toString(Qt::ISODate) : locale.toString(date, QLocale::ShortFormat);
}

QString LocaleFormat::longDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::LongFormat) : QString();
}

QString LocaleFormat::time(const QTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    if (isPlain(locale))
        return time.toString(QStringLiteral("HH:mm"));
    // "6:42 PM" is one figure: the space before the day period must not break.
    return locale.toString(time, QLocale::ShortFormat).replace(QLatin1Char(' '), QChar::Nbsp);
}

QString LocaleFormat::dateTime(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return QStringLiteral("%1 %2").arg(date(time.date(), locale), LocaleFormat::time(time.time(), locale));
}

QString LocaleFormat::number(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString LocaleFormat::money(double amount, const QString &currency, const QLocale &locale)
{
    const int decimals = qAbs(amount) >= 100 ? 0 : 2;
    if (currency.isEmpty())
        return locale.toString(amount, 'f', decimals);
    if (isPlain(locale))
        return currency + QChar::Nbsp + locale.toString(amount, 'f', decimals);
    QString text = locale.toCurrencyString(amount, currency, decimals);
    // "USD9,750" as some locales join a symbol: a code needs a space to read.
    const qsizetype at = text.indexOf(currency);
    if (at >= 0) {
        const qsizetype after = at + currency.size();
        if (after < text.size() && !text.at(after).isSpace())
            text.insert(after, QChar::Nbsp);
        if (at > 0 && !text.at(at - 1).isSpace())
            text.insert(at, QChar::Nbsp);
    }
    text.replace(QLatin1Char(' '), QChar::Nbsp);
    return text;
}

} // namespace Whyboard
