// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/sessionlimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Whyboard {

// The first fault found in a document; import reports only that one.
struct SessionJsonFault
{
    QString path;    // "session.cards[3].explains[0]"
    QString message; // translated
};

// Typed access to the fields of a session document. A field that breaks the format records
// a SessionJsonFault naming its JSON path and the reader returns a harmless default, so
// reading goes on without error plumbing at every call (as QXmlStreamReader::raiseError()
// does); only the first fault is kept, later ones being its consequences. Null counts as
// absent for optional fields, since many tools write null rather than leaving a key out.
class SessionJsonFields
{
    // Every message of the format reads in one translation context.
    Q_DECLARE_TR_FUNCTIONS(SessionJsonFormat)

public:
    // Keeps the first fault only. Returns void so that a reader can stop with `return fail(...)`.
    void fail(const QString &path, const QString &message);
    bool failed() const { return m_fault.has_value(); }
    const std::optional<SessionJsonFault> &fault() const { return m_fault; }

    static QString found(const QJsonValue &value); // "a string", "null", ... for messages
    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, int index);
    static bool isAbsent(const QJsonObject &object, const QString &key);

    QJsonObject requireObject(const QJsonValue &value, const QString &path);
    QJsonArray optionalArray(const QJsonObject &object, const QString &key, const QString &path);
    // An optional array of one of the session's lists, refused when longer than its limit.
    QJsonArray limitedArray(const QJsonObject &object, const QString &key, const QString &path,
                            SessionLimits::List list);
    // Finds the first string (or key) holding half of a UTF-16 surrogate pair (JSON's "\ud800"
    // escapes stand for no character, and storing them would change the text) or U+0000 (no
    // library keeps it: a PostgreSQL text cannot hold it).
    void refuseUnkeptCharacters(const QJsonValue &value, const QString &path);
    QString requireString(const QJsonObject &object, const QString &key, const QString &path);
    QString optionalString(const QJsonObject &object, const QString &key, const QString &path);
    QString elementString(const QJsonValue &value, const QString &path);
    QString requireId(const QJsonObject &object, const QString &key, const QString &path);
    std::optional<qint64> optionalInteger(const QJsonObject &object, const QString &key,
                                                 const QString &path);
    std::optional<double> optionalNumber(const QJsonObject &object, const QString &key,
                                                const QString &path);
    // With `required`, the key must be there, but null still means "not known yet".
    QDateTime optionalDateTime(const QJsonObject &object, const QString &key, const QString &path,
                                      bool required = false);
    // A day as "2017-04-14"; invalid when absent.
    QDate optionalDate(const QJsonObject &object, const QString &key, const QString &path);
    // Free tags: strings, simplified, no empty ones, no repeats (ignoring case), at most
    // SessionLimits::maxTagsPerCard.
    QStringList optionalTags(const QJsonObject &object, const QString &key, const QString &path);
    // A list of ids that must all be in `known`, each once; notFoundMessage has a %1 for the id.
    QStringList cardReferences(const QJsonObject &object, const QString &key, const QString &path,
                                      const QSet<QString> &known, const QString &notFoundMessage);

    // An enum given by its stable key; `allowed` lists the keys for the message.
    template<typename Enum>
    Enum enumValue(const QJsonObject &object, const QString &key, const QString &path, Enum fallback,
                          std::optional<Enum> (*fromKey)(const QString &), const char *allowed)
    {
        if (isAbsent(object, key))
            return fallback;
        const QString where = member(path, key);
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            fail(where, tr("expected a string, found %1").arg(found(value)));
            return fallback;
        }
        const QString text = value.toString();
        const std::optional<Enum> result = text.isEmpty() ? std::nullopt : fromKey(text);
        if (!result) {
            fail(where, tr("unknown value \"%1\" (expected one of: %2)").arg(text, QLatin1String(allowed)));
            return fallback;
        }
        return *result;
    }

private:
    std::optional<SessionJsonFault> m_fault;
};

} // namespace Whyboard
