// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/parkedidea.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <utility>

namespace Whyboard {

class SessionDocument;

// Takes ideas out of the parking lot (dropped, or made into action items inside the same
// step); undo puts them back in their rows.
class UnparkIdeasCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnparkIdeasCommand)

public:
    UnparkIdeasCommand(SessionDocument *document, const QStringList &ideaIds, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SessionDocument *m_document;
    QList<std::pair<int, ParkedIdea>> m_removed; // ascending row
};

} // namespace Whyboard
