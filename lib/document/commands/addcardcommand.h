// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/card.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Appends a card and, when explainsCardId is set, the link "card explains explainsCardId".
// A card without an id gets a fresh one (see cardId()).
class AddCardCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCardCommand)

public:
    AddCardCommand(SessionDocument *document, const Card &card, const QString &explainsCardId = {},
                   QUndoCommand *parent = nullptr);

    QString cardId() const { return m_card.id; }

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    Card m_card;
    QString m_explainsCardId;
};

} // namespace Whyboard
