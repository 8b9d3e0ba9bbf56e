// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sessionjsonfields.h"
#include "storage/sessionjsonformat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

namespace Whyboard {

// Turns one JSON document into a Session, checking every rule of the format on the way.
// Used through SessionJsonFormat::read(); one reader reads one document.
class SessionJsonReader : private SessionJsonFields
{
    Q_DECLARE_TR_FUNCTIONS(SessionJsonFormat)

public:
    SessionJsonFormat::ReadResult read(const QByteArray &json);

private:
    void readTopLevel(const QJsonObject &root);
    void readSession(const QJsonObject &object, const QString &path);
    void readImpact(const QJsonValue &value, const QString &path);
    void readParticipants(const QJsonObject &session, const QString &path);
    void readCards(const QJsonObject &session, const QString &path);
    void readCard(const QJsonValue &value, const QString &path, int index);
    void checkAcyclic();
    void readTimeline(const QJsonObject &session, const QString &path);
    void readActions(const QJsonObject &session, const QString &path);
    void readDismissedFindings(const QJsonObject &session, const QString &path);
    void readLinkOrder(const QJsonObject &session, const QString &path);
    void readParkingLot(const QJsonObject &session, const QString &path);
    QString optionalUniqueId(const QJsonObject &object, const QString &at, QHash<QString, QString> &pathOfId);

    Session m_session;
    QHash<QString, int> m_cardIndex;  // id -> index in m_session.cards
    QSet<QString> m_cardIds;          // every id the cards declare (read ahead for forward references)
    QSet<QString> m_eventIds;
    QHash<QString, QStringList> m_explains; // cause id -> effect ids, in document order
    QHash<QString, QString> m_cardPath;     // id -> "session.cards[i]", for error paths
    QSet<QString> m_unpositioned;           // cards whose x/y the document left out
};

} // namespace Whyboard
