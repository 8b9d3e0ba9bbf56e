// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/card.h"
#include "data/causallink.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Splits a compound why in two: the card keeps firstText; a new why beside it gets secondText
// and the same links (it explains the same effects and has the same causes). One undo step.
class SplitCardCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SplitCardCommand)

public:
    SplitCardCommand(SessionDocument *document, const QString &cardId, const QString &firstText,
                     const QString &secondText, QUndoCommand *parent = nullptr);

    QString newCardId() const { return m_newCard.id; }

    // How far right of the original the new card is placed, in scene units.
    static constexpr double siblingOffset = 260.0;

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    Card m_old;
    Card m_first;
    Card m_newCard;
    QList<CausalLink> m_newLinks;
};

} // namespace Whyboard
