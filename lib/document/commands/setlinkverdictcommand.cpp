// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/setlinkverdictcommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

SetLinkVerdictCommand::SetLinkVerdictCommand(SessionDocument *document, const QString &causeId,
                                             const QString &effectId, ReadBackVerdict verdict, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_new{causeId, effectId, verdict}
{
    const int index = document->session().indexOfLink(causeId, effectId);
    Q_ASSERT(index >= 0);
    m_old = index >= 0 ? document->session().links.at(index) : m_new;
    switch (verdict) {
    case ReadBackVerdict::Holds:
        setText(tr("Mark step as holding"));
        break;
    case ReadBackVerdict::DoesNotHold:
        setText(tr("Mark step as not holding"));
        break;
    case ReadBackVerdict::NotChecked:
        setText(tr("Clear read-back verdict"));
        break;
    }
    setObsolete(m_old == m_new);
}

void SetLinkVerdictCommand::redo() { m_document->updateLink(m_new); }

void SetLinkVerdictCommand::undo() { m_document->updateLink(m_old); }

} // namespace Whyboard
