// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/edititemcommand.h"
#include "data/parkedidea.h"

#include <QCoreApplication>

namespace Whyboard {

// Rewords a parked idea, found by id. Typing merges into one undo step.
class EditParkedIdeaCommand : public EditItemCommand<ParkedIdea>
{
    Q_DECLARE_TR_FUNCTIONS(EditParkedIdeaCommand)

public:
    EditParkedIdeaCommand(SessionDocument *document, const ParkedIdea &newIdea, QUndoCommand *parent = nullptr);

private:
    void apply(const ParkedIdea &item) override;
};

} // namespace Whyboard
