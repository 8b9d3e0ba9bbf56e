// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Moves cards to new positions, taken from the document when the command is made. A drag
// pushes one command on release, so each drag is its own undo step: nothing merges.
class MoveCardsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveCardsCommand)

public:
    MoveCardsCommand(SessionDocument *document, const QHash<QString, QPointF> &newPositions,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Move
    {
        QString cardId;
        QPointF from;
        QPointF to;
    };

    void updateObsolete();

    SessionDocument *m_document;
    QList<Move> m_moves; // sorted by card id, so signals come in a stable order
};

} // namespace Whyboard
