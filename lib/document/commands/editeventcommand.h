// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/commands/edititemcommand.h"
#include "data/timelineevent.h"

#include <QCoreApplication>

namespace Whyboard {

// Replaces a timeline event (time, kind, text, related cards), found by id.
// Typing in its text merges into one undo step.
class EditEventCommand : public EditItemCommand<TimelineEvent>
{
    Q_DECLARE_TR_FUNCTIONS(EditEventCommand)

public:
    EditEventCommand(SessionDocument *document, const TimelineEvent &newEvent, QUndoCommand *parent = nullptr);

private:
    void apply(const TimelineEvent &item) override;
};

} // namespace Whyboard
