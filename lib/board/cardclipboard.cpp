// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/cardclipboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>

namespace Whyboard {

QString CardClipboard::mimeType()
{
    return QStringLiteral("application/x-whyboard-cards+json");
}

CardClipboard::Contents CardClipboard::contentsOf(const Session &session, const QStringList &cardIds)
{
    Contents contents;
    const QSet<QString> ids(cardIds.cbegin(), cardIds.cend());
    for (const Card &card : session.cards) {
        if (ids.contains(card.id) && card.kind == CardKind::Why)
            contents.cards.append(card);
    }
    for (const CausalLink &link : session.links) {
        if (ids.contains(link.causeId) && ids.contains(link.effectId))
            contents.links.append(link);
    }
    return contents;
}

QMimeData *CardClipboard::toMimeData(const Contents &contents)
{
    QJsonArray cards;
    QStringList texts;
    for (const Card &card : contents.cards) {
        cards.append(QJsonObject{{QStringLiteral("id"), card.id},
                                 {QStringLiteral("text"), card.text},
                                 {QStringLiteral("evidence"), card.evidence},
                                 {QStringLiteral("verified"), card.verified},
                                 {QStringLiteral("x"), card.position.x()},
                                 {QStringLiteral("y"), card.position.y()}});
        texts.append(card.text);
    }
    QJsonArray links;
    for (const CausalLink &link : contents.links) {
        links.append(QJsonObject{{QStringLiteral("cause"), link.causeId},
                                 {QStringLiteral("effect"), link.effectId},
                                 {QStringLiteral("verdict"), keyOf(link.verdict)}});
    }
    const QJsonObject root{{QStringLiteral("cards"), cards}, {QStringLiteral("links"), links}};
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QJsonDocument(root).toJson(QJsonDocument::Compact));
    mime->setText(texts.join(QLatin1Char('\n')));
    return mime;
}

bool CardClipboard::canRead(const QMimeData *mimeData)
{
    return mimeData && mimeData->hasFormat(mimeType());
}

CardClipboard::Contents CardClipboard::fromMimeData(const QMimeData *mimeData)
{
    Contents contents;
    if (!canRead(mimeData))
        return contents;
    const QJsonDocument json = QJsonDocument::fromJson(mimeData->data(mimeType()));
    if (!json.isObject())
        return contents;
    QSet<QString> ids;
    const QJsonArray cards = json.object().value(QStringLiteral("cards")).toArray();
    for (const QJsonValue &value : cards) {
        const QJsonObject object = value.toObject();
        Card card;
        card.id = object.value(QStringLiteral("id")).toString();
        if (card.id.isEmpty() || ids.contains(card.id))
            return {};
        card.text = object.value(QStringLiteral("text")).toString();
        card.evidence = object.value(QStringLiteral("evidence")).toString();
        card.verified = object.value(QStringLiteral("verified")).toBool();
        card.position = QPointF(object.value(QStringLiteral("x")).toDouble(),
                                object.value(QStringLiteral("y")).toDouble());
        ids.insert(card.id);
        contents.cards.append(card);
    }
    const QJsonArray links = json.object().value(QStringLiteral("links")).toArray();
    for (const QJsonValue &value : links) {
        const QJsonObject object = value.toObject();
        CausalLink link;
        link.causeId = object.value(QStringLiteral("cause")).toString();
        link.effectId = object.value(QStringLiteral("effect")).toString();
        link.verdict = readBackVerdictFromKey(object.value(QStringLiteral("verdict")).toString())
                           .value_or(ReadBackVerdict::NotChecked);
        if (ids.contains(link.causeId) && ids.contains(link.effectId) && link.causeId != link.effectId)
            contents.links.append(link);
    }
    return contents;
}

} // namespace Whyboard
