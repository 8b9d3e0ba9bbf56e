// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/addlinkcommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

AddLinkCommand::AddLinkCommand(SessionDocument *document, const QString &causeId, const QString &effectId,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_causeId(causeId)
    , m_effectId(effectId)
{
    setText(tr("Link cards"));
}

void AddLinkCommand::redo()
{
    Q_ASSERT(m_document->linkRefusal(m_causeId, m_effectId).isEmpty());
    m_document->insertLink(m_document->session().links.size(), {m_causeId, m_effectId, ReadBackVerdict::NotChecked});
}

void AddLinkCommand::undo() { m_document->removeLink(m_causeId, m_effectId); }

} // namespace Whyboard
