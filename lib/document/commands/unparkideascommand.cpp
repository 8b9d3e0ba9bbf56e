// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/unparkideascommand.h"

#include "document/sessiondocument.h"

namespace Whyboard {

UnparkIdeasCommand::UnparkIdeasCommand(SessionDocument *document, const QStringList &ideaIds, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    const QList<ParkedIdea> &lot = document->session().parkingLot;
    for (int row = 0; row < lot.size(); ++row) {
        if (ideaIds.contains(lot.at(row).id))
            m_removed.append({row, lot.at(row)});
    }
    setText(tr("Remove %n parked idea(s)", nullptr, int(m_removed.size())));
    setObsolete(m_removed.isEmpty());
}

void UnparkIdeasCommand::redo()
{
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        m_document->removeParkedIdea(it->first);
}

void UnparkIdeasCommand::undo()
{
    for (const auto &[row, idea] : std::as_const(m_removed))
        m_document->insertParkedIdea(row, idea);
}

} // namespace Whyboard
