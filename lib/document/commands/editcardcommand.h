// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/card.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Changes a card's text, evidence, verified flag, "accepted, no action" mark with its
// reason, cause category and tags (found by id; kind and position stay).
// Verified means the room checked the evidence: a card without evidence is never verified,
// so clearing the evidence un-verifies it.
//
// Typing pushes one command per keystroke, all with the same editing run (newEditRun()):
// commands of one run on one card merge, so one run is one undo step. Run 0 never merges.
class EditCardCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCardCommand)

public:
    EditCardCommand(SessionDocument *document, const Card &newCard, int editRun = 0,
                    QUndoCommand *parent = nullptr);

    // A number for a new editing run (a card's text being typed, an evidence dialog open).
    static int newEditRun();

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    enum class Field { None, Text, Evidence, Verified, NoAction, Category, Tags, Several };
    static Field changedField(const Card &before, const Card &after);

    SessionDocument *m_document;
    Card m_old;
    Card m_new;
    Field m_field;
    int m_editRun;
};

} // namespace Whyboard
