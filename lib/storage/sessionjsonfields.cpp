// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sessionjsonfields.h"

#include "storage/sessionjsonformat.h"

#include <QLocale>

#include <cmath>

namespace Whyboard {

void SessionJsonFields::fail(const QString &path, const QString &message)
{
    if (!m_fault)
        m_fault = SessionJsonFault{path, message};
}

QString SessionJsonFields::found(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString SessionJsonFields::member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString SessionJsonFields::element(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool SessionJsonFields::isAbsent(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() || value.isNull();
}

QJsonObject SessionJsonFields::requireObject(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        fail(path, tr("expected an object, found %1").arg(found(value)));
    return value.toObject(); // empty when it was not one
}

QJsonArray SessionJsonFields::optionalArray(const QJsonObject &object, const QString &key, const QString &path)
{
    if (isAbsent(object, key))
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        fail(member(path, key), tr("expected an array, found %1").arg(found(value)));
    return value.toArray(); // empty when it was not one
}

QJsonArray SessionJsonFields::limitedArray(const QJsonObject &object, const QString &key, const QString &path,
                                           SessionLimits::List list)
{
    const QJsonArray array = optionalArray(object, key, path);
    if (array.size() > SessionLimits::maxCount(list)) {
        fail(member(path, key), SessionLimits::tooMany(list, array.size()));
        return {};
    }
    return array;
}

namespace {

// The index of the first code unit that is half of a surrogate pair without its other half.
// U+0000 is kept by no text: a PostgreSQL text cannot hold it, so neither library takes it
// (SessionLimits::check says the same of a session).
QString holdsNul(qsizetype index)
{
    return SessionJsonFields::tr("the text holds the character U+0000 (at character %1), which no library keeps")
        .arg(QLocale().toString(index + 1));
}

qsizetype loneSurrogateAt(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

QString escapeOf(QChar c)
{
    return QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
}

// A key shown in a path: its lone surrogates written as the escapes they came from.
QString printable(const QString &key)
{
    QString result;
    for (const QChar c : key)
        result += c.isSurrogate() ? escapeOf(c) : QString(c);
    return result;
}

} // namespace

void SessionJsonFields::refuseUnkeptCharacters(const QJsonValue &value, const QString &path)
{
    if (failed())
        return;
    if (value.isString()) {
        const QString text = value.toString();
        const qsizetype at = loneSurrogateAt(text);
        if (at >= 0) {
            fail(path, tr("the text holds a lone surrogate (%1 at character %2), which stands for no character")
                           .arg(escapeOf(text.at(at)))
                           .arg(at + 1));
        } else if (const qsizetype nul = text.indexOf(QChar(0)); nul >= 0) {
            fail(path, holdsNul(nul));
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size() && !failed(); ++i)
            refuseUnkeptCharacters(array.at(i), element(path, i));
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && !failed(); ++it) {
            const QString at = member(path, printable(it.key()));
            if (loneSurrogateAt(it.key()) >= 0)
                fail(at, tr("the key holds a lone surrogate, which stands for no character"));
            else if (const qsizetype nul = it.key().indexOf(QChar(0)); nul >= 0)
                fail(at, holdsNul(nul));
            refuseUnkeptCharacters(it.value(), at);
        }
    }
}

QString SessionJsonFields::requireString(const QJsonObject &object, const QString &key, const QString &path)
{
    if (!object.contains(key)) {
        fail(member(path, key), tr("required field is missing"));
        return {};
    }
    return elementString(object.value(key), member(path, key));
}

QString SessionJsonFields::optionalString(const QJsonObject &object, const QString &key, const QString &path)
{
    return isAbsent(object, key) ? QString() : elementString(object.value(key), member(path, key));
}

QString SessionJsonFields::elementString(const QJsonValue &value, const QString &path)
{
    if (!value.isString()) {
        fail(path, tr("expected a string, found %1").arg(found(value)));
        return {};
    }
    const QString text = value.toString();
    if (text.size() > SessionLimits::maxTextLength) {
        fail(path, SessionLimits::textTooLong(text.size()));
        return {};
    }
    return text;
}

QString SessionJsonFields::requireId(const QJsonObject &object, const QString &key, const QString &path)
{
    const QString id = requireString(object, key, path);
    if (id.isEmpty())
        fail(member(path, key), tr("must not be empty"));
    return id;
}

std::optional<qint64> SessionJsonFields::optionalInteger(const QJsonObject &object, const QString &key,
                                                         const QString &path)
{
    if (isAbsent(object, key))
        return std::nullopt;
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    // 2^53: beyond it a JSON number no longer says which integer it means.
    if (!value.isDouble() || number != std::floor(number) || std::fabs(number) > 9007199254740992.0) {
        fail(member(path, key), tr("expected a whole number, found %1").arg(found(value)));
        return std::nullopt;
    }
    return value.toInteger(qint64(number));
}

std::optional<double> SessionJsonFields::optionalNumber(const QJsonObject &object, const QString &key,
                                                        const QString &path)
{
    if (isAbsent(object, key))
        return std::nullopt;
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        fail(member(path, key), tr("expected a number, found %1").arg(found(value)));
        return std::nullopt;
    }
    return value.toDouble();
}

QDateTime SessionJsonFields::optionalDateTime(const QJsonObject &object, const QString &key, const QString &path,
                                              bool required)
{
    if (required && !object.contains(key)) {
        fail(member(path, key), tr("required field is missing"));
        return {};
    }
    // A required time may still be null: known to have happened, time not found out yet.
    if (isAbsent(object, key))
        return {};
    const QString text = elementString(object.value(key), member(path, key));
    const QDateTime time = SessionJsonFormat::parseDateTime(text);
    if (!time.isValid()) {
        fail(member(path, key),
             tr("\"%1\" is not an ISO 8601 date and time with an offset, like \"2017-04-06T18:30:00-07:00\"")
                 .arg(text));
    }
    return time;
}

QStringList SessionJsonFields::cardReferences(const QJsonObject &object, const QString &key, const QString &path,
                                              const QSet<QString> &known, const QString &notFoundMessage)
{
    const QString listPath = member(path, key);
    const QJsonArray array = optionalArray(object, key, path);
    QStringList ids;
    QSet<QString> listed; // a set: a list may name thousands of cards
    for (int i = 0; i < array.size(); ++i) {
        const QString id = elementString(array.at(i), element(listPath, i));
        if (!known.contains(id)) {
            fail(element(listPath, i), notFoundMessage.arg(id));
            return {};
        }
        if (listed.contains(id)) {
            fail(element(listPath, i), tr("\"%1\" is listed twice").arg(id));
            return {};
        }
        listed.insert(id);
        ids.append(id);
    }
    return ids;
}

QDate SessionJsonFields::optionalDate(const QJsonObject &object, const QString &key, const QString &path)
{
    if (isAbsent(object, key))
        return {};
    const QString text = optionalString(object, key, path);
    const QDate date = SessionJsonFormat::parseDate(text);
    if (!date.isValid())
        fail(member(path, key), tr("\"%1\" is not a date like \"2017-04-14\"").arg(text));
    return date;
}

QStringList SessionJsonFields::optionalTags(const QJsonObject &object, const QString &key, const QString &path)
{
    const QString at = member(path, key);
    const QJsonArray array = optionalArray(object, key, path);
    if (array.size() > SessionLimits::maxTagsPerCard)
        fail(at, tr("%1 tags; at most %2 are allowed").arg(array.size()).arg(SessionLimits::maxTagsPerCard));
    QStringList tags;
    for (int i = 0; i < array.size() && !failed(); ++i) {
        const QString tag = elementString(array.at(i), element(at, i)).simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

} // namespace Whyboard
