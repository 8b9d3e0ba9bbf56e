// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Whyboard {

// QUndoCommand::id() values of the commands that merge, in one place so that no two
// command kinds ever share an id by accident. Commands that never merge return -1.
enum class MergeId : int {
    EditCard = 1,
    EditEvent,
    EditAction,
    EditParticipant,
    EditSessionField,
    EditParkedIdea,
};

} // namespace Whyboard
