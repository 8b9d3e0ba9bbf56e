// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QString>

namespace Whyboard {

// The "Read-back" section of the Markdown export, from ReadBackPlan: each chain once, from its
// root cause up, "therefore" between the steps; a chain that reaches a card already read ends
// with "→ continues as in chain 2, step 3"; a step the room found does not hold is marked.
class MarkdownReadBack
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReadBack)

public:
    // The section body (without its heading), ending with a blank line.
    static QString section(const Session &session);
};

} // namespace Whyboard
