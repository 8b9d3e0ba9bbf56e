// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Whyboard {

class SessionDocument;

// Adds the link "cause explains effect". Check SessionDocument::linkRefusal() first: the
// command assumes the link is allowed.
class AddLinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddLinkCommand)

public:
    AddLinkCommand(SessionDocument *document, const QString &causeId, const QString &effectId,
                   QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    QString m_causeId;
    QString m_effectId;
};

} // namespace Whyboard
