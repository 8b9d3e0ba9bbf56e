#pragma once

#include "data/card.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Changes a card's text, evidence and verified flag (found by id; kind and position stay).
// Consecutive edits of the same text field of the same card merge: typing is one undo step.
class EditCardCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCardCommand)

public:
    EditCardCommand(SessionDocument *document, const Card &newCard, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    enum class Field { None, Text, Evidence, Verified, Several };
    static Field changedField(const Card &before, const Card &after);

    SessionDocument *m_document;
    Card m_old;
    Card m_new;
    Field m_field;
};

} // namespace Whyboard
