// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QSet>
#include <QString>

namespace Whyboard {

// Gives places to cards that have none, as after importing a document without x/y.
// Reading a file keeps to what the file says; callers that show or store the session run
// this step afterwards.
class CardPlacement
{
public:
    // `unpositioned` names the cards to place (SessionJsonFormat::ReadResult::unpositioned);
    // the others keep their places. With none given, the whole session gets a layered layout;
    // otherwise each card goes to a free spot near the first card it explains, effects before
    // their causes. Sizes are estimated from the text, since only the board knows real ones.
    // The session's links must be acyclic, as every session the reader accepts is.
    static void placeUnpositionedCards(Session &session, const QSet<QString> &unpositioned);
};

} // namespace Whyboard
