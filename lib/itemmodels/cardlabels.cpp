// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/cardlabels.h"

#include "data/session.h"

#include <QCoreApplication>

namespace Whyboard {

QString cardLabel(const Session &session, const QString &cardId)
{
    const Card *card = session.card(cardId);
    if (!card)
        return cardId;
    QString text = card->text.section(QLatin1Char('\n'), 0, 0).simplified();
    constexpr int maxLength = 32;
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    // A card just added has no words yet; its id would mean nothing to the room.
    return text.isEmpty() ? QCoreApplication::translate("CardLabels", "(new card, no text yet)") : text;
}

QString cardLabels(const Session &session, const QStringList &cardIds)
{
    QStringList labels;
    for (const QString &id : cardIds)
        labels << cardLabel(session, id);
    return labels.join(QStringLiteral("; "));
}

} // namespace Whyboard
