#pragma once

#include "model/actionitem.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Replaces an action item (every field), found by id.
// Consecutive edits of the same text field (text, owner, link) of the same item merge: typing is
// one undo step.
class EditActionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditActionCommand)

public:
    EditActionCommand(SessionDocument *document, const ActionItem &newAction,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SessionDocument *m_document;
    ActionItem m_old;
    ActionItem m_new;
    int m_typingField = -1; // the one text field this edit changes, or -1
};

} // namespace Whyboard
