// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/causallink.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Removes the link "cause explains effect"; undo puts it back in place with its verdict.
// Check SessionDocument::unlinkRefusal() first.
class RemoveLinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveLinkCommand)

public:
    RemoveLinkCommand(SessionDocument *document, const QString &causeId, const QString &effectId,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    CausalLink m_link;
    int m_index = -1;
};

} // namespace Whyboard
