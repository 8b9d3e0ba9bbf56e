// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Whyboard {

// A fix someone proposed while the room was still asking why ("we should add an alert"),
// set aside so the drill-down goes on, and turned into an action item later.
struct ParkedIdea
{
    QString id;
    QString text;

    friend bool operator==(const ParkedIdea &a, const ParkedIdea &b) { return a.id == b.id && a.text == b.text; }
    friend bool operator!=(const ParkedIdea &a, const ParkedIdea &b) { return !(a == b); }
};

} // namespace Whyboard
