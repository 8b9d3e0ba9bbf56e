// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include <QString>

namespace Whyboard {

// "cause explains effect": an arrow from a why card to the card it explains.
// A link is identified by its two ends; there is at most one link per ordered pair.
struct CausalLink
{
    QString causeId;
    QString effectId;
    ReadBackVerdict verdict = ReadBackVerdict::NotChecked;

    bool connects(const QString &cause, const QString &effect) const
    {
        return causeId == cause && effectId == effect;
    }

    friend bool operator==(const CausalLink &a, const CausalLink &b)
    {
        return a.causeId == b.causeId && a.effectId == b.effectId && a.verdict == b.verdict;
    }
    friend bool operator!=(const CausalLink &a, const CausalLink &b) { return !(a == b); }
};

} // namespace Whyboard
