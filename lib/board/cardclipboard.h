// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/card.h"
#include "data/causallink.h"
#include "data/session.h"

#include <QList>
#include <QStringList>

class QMimeData;

namespace Whyboard {

// Cards on the clipboard: a JSON list of cards and the links among them under a private MIME
// type, plus their texts as text/plain for pasting into a chat or a document.
class CardClipboard
{
public:
    struct Contents
    {
        QList<Card> cards;       // with the ids they had where they were copied
        QList<CausalLink> links; // only links between these cards
        bool isEmpty() const { return cards.isEmpty(); }
    };

    static QString mimeType();
    static Contents contentsOf(const Session &session, const QStringList &cardIds);
    static QMimeData *toMimeData(const Contents &contents);
    // Empty contents for foreign or malformed data.
    static Contents fromMimeData(const QMimeData *mimeData);
    static bool canRead(const QMimeData *mimeData);
};

} // namespace Whyboard
