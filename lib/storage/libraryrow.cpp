// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/libraryrow.h"

#include "data/sessionlimits.h"
#include "data/zonedtime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QVariant>

#include <cmath>
#include <limits>

namespace Whyboard {

namespace {

// The offsets a clock has ever shown stay within a day; QDateTime takes no more either.
constexpr qint64 maxOffsetSeconds = 24 * 3600;

// SQLite gives whole numbers as qlonglong; PostgreSQL's driver gives a positive BIGINT as
// qulonglong and an INTEGER as int.
bool isWholeNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
        return true;
    default:
        return false;
    }
}

} // namespace

LibraryRow::LibraryRow(const QSqlQuery &query, const QString &table, QString *error)
    : m_query(query)
    , m_table(table)
    , m_error(error)
{
}

void LibraryRow::fail(const QString &column, const QString &reason)
{
    if (failed())
        return;
    *m_error = m_row.isEmpty() ? tr("table “%1”, column “%2”: %3").arg(m_table, column, reason)
                               : tr("table “%1”, row %2, column “%3”: %4").arg(m_table, m_row, column, reason);
}

void LibraryRow::refuse(const char *column, const QString &reason)
{
    fail(QLatin1String(column), reason);
}

QString LibraryRow::typeName(int column) const
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return tr("NULL");
    if (isWholeNumber(value))
        return tr("a whole number");
    switch (value.typeId()) {
    case QMetaType::Double:
        return tr("a real number");
    case QMetaType::QByteArray:
        return tr("binary data");
    default:
        return tr("text");
    }
}

QString LibraryRow::text(int column, const char *name)
{
    return rawText(column, name, SessionLimits::maxTextLength);
}

QString LibraryRow::listedText(int column, const char *name)
{
    return rawText(column, name, 50 * SessionLimits::maxTextLength);
}

QString LibraryRow::rawText(int column, const char *name, qsizetype maxLength)
{
    const QVariant value = m_query.value(column);
    if (failed())
        return {};
    if (value.isNull() || value.typeId() != QMetaType::QString) {
        refuse(name, tr("holds %1 where text belongs").arg(typeName(column)));
        return {};
    }
    QString result = value.toString();
    if (result.size() > maxLength) {
        refuse(name, SessionLimits::textTooLong(result.size()));
        return {};
    }
    return result;
}

std::optional<qint64> LibraryRow::optionalInteger(int column, const char *name, qint64 min, qint64 max)
{
    const QVariant value = m_query.value(column);
    if (failed() || value.isNull())
        return std::nullopt;
    if (!isWholeNumber(value)) {
        refuse(name, tr("holds %1 where a whole number belongs").arg(typeName(column)));
        return std::nullopt;
    }
    if (value.typeId() == QMetaType::ULongLong && value.toULongLong() > quint64(std::numeric_limits<qint64>::max())) {
        refuse(name, tr("holds %1, outside %2 to %3").arg(value.toULongLong()).arg(min).arg(max));
        return std::nullopt;
    }
    const qint64 result = value.toLongLong();
    if (result < min || result > max) {
        refuse(name, tr("holds %1, outside %2 to %3").arg(result).arg(min).arg(max));
        return std::nullopt;
    }
    return result;
}

qint64 LibraryRow::integer(int column, const char *name, qint64 min, qint64 max)
{
    if (!failed() && m_query.value(column).isNull()) {
        refuse(name, tr("holds NULL where a whole number belongs"));
        return min;
    }
    return optionalInteger(column, name, min, max).value_or(min);
}

std::optional<double> LibraryRow::optionalReal(int column, const char *name, double min, double max)
{
    const QVariant value = m_query.value(column);
    if (failed() || value.isNull())
        return std::nullopt;
    // A REAL column keeps a whole number as an integer when it was written as one.
    if (value.typeId() != QMetaType::Double && !isWholeNumber(value)) {
        refuse(name, tr("holds %1 where a number belongs").arg(typeName(column)));
        return std::nullopt;
    }
    const double result = value.toDouble();
    if (!std::isfinite(result) || result < min || result > max) {
        refuse(name, tr("holds %1, outside %2 to %3")
                         .arg(QString::number(result, 'g', 6), QString::number(min, 'g', 9), QString::number(max, 'g', 9)));
        return std::nullopt;
    }
    return result;
}

bool LibraryRow::flag(int column, const char *name)
{
    return integer(column, name, 0, 1) == 1;
}

double LibraryRow::coordinate(int column, const char *name)
{
    const QVariant value = m_query.value(column);
    if (failed())
        return 0;
    if (value.isNull() || (value.typeId() != QMetaType::Double && !isWholeNumber(value))) {
        refuse(name, tr("holds %1 where a number belongs").arg(typeName(column)));
        return 0;
    }
    const double result = value.toDouble();
    if (!SessionLimits::isCoordinateAllowed(result)) {
        refuse(name, SessionLimits::coordinateOutside(result));
        return 0;
    }
    return result;
}

QDateTime LibraryRow::time(int msColumn, const char *msName, const char *offsetName)
{
    // Years 1 to 9999 in the time's own offset, checked below; here with a day to spare.
    static const qint64 first = QDate(SessionLimits::firstYear, 1, 1).startOfDay(Qt::UTC).toMSecsSinceEpoch() - 86400000;
    static const qint64 last = QDate(SessionLimits::lastYear, 12, 31).endOfDay(Qt::UTC).toMSecsSinceEpoch() + 86400000;
    const std::optional<qint64> ms = optionalInteger(msColumn, msName, first, last);
    if (!ms)
        return {};
    const qint64 offset = integer(msColumn + 1, offsetName, -maxOffsetSeconds, maxOffsetSeconds);
    if (failed())
        return {};
    const QDateTime result = zonedTimeFromParts(*ms, int(offset));
    if (!SessionLimits::isDateAllowed(result.date())) {
        refuse(msName, tr("holds a time outside the years %1 to %2").arg(SessionLimits::firstYear).arg(SessionLimits::lastYear));
        return {};
    }
    return result;
}

QDate LibraryRow::day(int column, const char *name)
{
    static const qint64 first = QDate(SessionLimits::firstYear, 1, 1).toJulianDay();
    static const qint64 last = QDate(SessionLimits::lastYear, 12, 31).toJulianDay();
    const std::optional<qint64> julian = optionalInteger(column, name, first, last);
    return julian ? QDate::fromJulianDay(*julian) : QDate();
}

QStringList LibraryRow::ids(int column, const char *name)
{
    // A list may name every card of a session: longer than one text.
    const QString list = rawText(column, name, qsizetype(SessionLimits::maxCards) * 64);
    QStringList result;
    if (failed() || list.isEmpty())
        return result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(list.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        refuse(name, tr("holds no list of ids"));
        return result;
    }
    const QJsonArray array = document.array();
    for (const QJsonValue &id : array) {
        if (!id.isString() || id.toString().isEmpty()) {
            refuse(name, tr("holds no list of ids"));
            return {};
        }
        result.append(id.toString());
    }
    return result;
}

ParticipantRoles LibraryRow::roles(int column, const char *name)
{
    const qint64 stored = integer(column, name, 0, 0xffff);
    const ParticipantRoles result = ParticipantRoles::fromInt(int(stored));
    if (!failed() && !isKnown(result)) {
        refuse(name, tr("holds %1, which is not a set of roles this version of Whyboard knows").arg(stored));
        return {};
    }
    return result;
}

} // namespace Whyboard
