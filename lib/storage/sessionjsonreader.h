#pragma once

#include "storage/sessionjsonformat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

namespace Whyboard {

// Turns one JSON document into a Session, checking every rule of the format on the way.
// Used through SessionJsonFormat::read(); one reader reads one document.
class SessionJsonReader
{
public:
    SessionJsonFormat::ReadResult read(const QByteArray &json);

private:
    void readTopLevel(const QJsonObject &root);
    void readSession(const QJsonObject &object, const QString &path);
    void readImpact(const QJsonValue &value, const QString &path);
    void readParticipants(const QJsonObject &session, const QString &path);
    void readCards(const QJsonObject &session, const QString &path);
    void readCard(const QJsonValue &value, const QString &path, int index);
    void checkAcyclic(const QString &path);
    void placeUnpositionedCards();
    void readTimeline(const QJsonObject &session, const QString &path);
    void readActions(const QJsonObject &session, const QString &path);
    void readDismissedFindings(const QJsonObject &session, const QString &path);

    // Field readers: each throws (a fault caught in read()) with the field's path.
    static QJsonObject requireObject(const QJsonValue &value, const QString &path);
    static QJsonArray optionalArray(const QJsonObject &object, const QString &key, const QString &path);
    static QString requireString(const QJsonObject &object, const QString &key, const QString &path);
    static QString optionalString(const QJsonObject &object, const QString &key, const QString &path);
    static QString elementString(const QJsonValue &value, const QString &path);
    static QString requireId(const QJsonObject &object, const QString &key, const QString &path);
    static std::optional<qint64> optionalInteger(const QJsonObject &object, const QString &key,
                                                 const QString &path);
    static std::optional<double> optionalNumber(const QJsonObject &object, const QString &key,
                                                const QString &path);
    static QDateTime optionalDateTime(const QJsonObject &object, const QString &key, const QString &path,
                                      bool required = false);
    static QStringList cardReferences(const QJsonObject &object, const QString &key, const QString &path,
                                      const QSet<QString> &known, const QString &notFoundMessage);

    Session m_session;
    QHash<QString, int> m_cardIndex;  // id -> index in m_session.cards
    QSet<QString> m_cardIds;          // every id the cards declare (read ahead for forward references)
    QSet<QString> m_eventIds;
    QHash<QString, QStringList> m_explains; // cause id -> effect ids, in document order
    QHash<QString, QString> m_cardPath;     // id -> "session.cards[i]", for error paths
    QSet<QString> m_positioned;          // cards whose x/y the document gave
};

} // namespace Whyboard
