// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/cardclipboard.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>

#include <functional>

namespace Whyboard {

class SessionDocument;

// Inserts clipboard cards into a document as one undo macro: fresh ids, the links among the
// cards kept, and each top card (one that explains none of the others) made to explain a
// target card, so that every pasted why reaches the problem.
class CardPaster
{
public:
    // For a top card (by its clipboard id): the card it should explain.
    using TargetFor = std::function<QString(const Card &)>;

    CardPaster(SessionDocument *document, const CardClipboard::Contents &contents);

    // Positions keep their arrangement; the first top card lands at anchor.
    // Returns the new ids (empty if nothing could be pasted).
    QStringList insert(const TargetFor &targetFor, const QPointF &anchor, const QString &undoText);

private:
    SessionDocument *m_document;
    CardClipboard::Contents m_contents;
};

} // namespace Whyboard
