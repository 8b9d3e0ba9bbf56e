// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removelinkcommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

RemoveLinkCommand::RemoveLinkCommand(SessionDocument *document, const QString &causeId, const QString &effectId,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_link{causeId, effectId, ReadBackVerdict::NotChecked}
{
    setText(tr("Unlink cards"));
}

void RemoveLinkCommand::redo()
{
    m_index = m_document->session().indexOfLink(m_link.causeId, m_link.effectId);
    Q_ASSERT(m_index >= 0);
    m_link = m_document->session().links.at(m_index);
    m_document->removeLink(m_link.causeId, m_link.effectId);
}

void RemoveLinkCommand::undo() { m_document->insertLink(m_index, m_link); }

} // namespace Whyboard
