// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/sessionfield.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

namespace Whyboard {

class SessionDocument;

// Sets one scalar field of the session (see sessionfield.h for the value types; an invalid
// QVariant clears an optional field). Consecutive edits of the same text field merge.
class EditSessionFieldCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditSessionFieldCommand)

public:
    EditSessionFieldCommand(SessionDocument *document, SessionField field, const QVariant &value,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool isTextField() const;

    SessionDocument *m_document;
    SessionField m_field;
    QVariant m_old;
    QVariant m_new;
};

} // namespace Whyboard
