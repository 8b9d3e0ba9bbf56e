#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Moves cards to new positions. The old positions are taken when the command is made, so a
// drag can push one command per mouse move: consecutive moves of the same set of cards merge
// into one undo step.
class MoveCardsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveCardsCommand)

public:
    MoveCardsCommand(SessionDocument *document, const QHash<QString, QPointF> &newPositions,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

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
