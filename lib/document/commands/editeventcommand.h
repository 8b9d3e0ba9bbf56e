#pragma once

#include "model/timelineevent.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Replaces a timeline event (time, kind, text, related cards), found by id.
// Consecutive edits of the same text field (text) of the same item merge: typing is
// one undo step.
class EditEventCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditEventCommand)

public:
    EditEventCommand(SessionDocument *document, const TimelineEvent &newEvent,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SessionDocument *m_document;
    TimelineEvent m_old;
    TimelineEvent m_new;
    int m_typingField = -1; // the one text field this edit changes, or -1
};

} // namespace Whyboard
