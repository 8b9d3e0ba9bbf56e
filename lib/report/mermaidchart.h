// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QString>

namespace Whyboard {

// The why chain as a Mermaid flowchart, the diagram GitLab, GitHub and many wikis draw from
// a ```mermaid block. Bottom to top: root causes at the bottom, the problem on top, each arrow
// "cause, therefore effect", as the room built the board (problem first, whys below) and as
// the read-back reads it (from a root cause up). Nodes are c1, c2, ... in the session's card
// order; the problem has its own style; a link the room found "does not hold" is dashed and
// says so; a card not linked to the problem is drawn with a dotted border.
class MermaidChart
{
    Q_DECLARE_TR_FUNCTIONS(MermaidChart)

public:
    // Mermaid's own defaults: a larger diagram is refused by the renderer ("too many edges",
    // "maximum text size exceeded"), so the chart is left out instead.
    static constexpr int maximumLinks = 500;
    static constexpr int maximumCharacters = 50000;
    // Characters of card text in a node; longer texts end in "…".
    static constexpr int labelCharacters = 80;

    // The diagram source without the fences; empty when the board has no card or the chart
    // would exceed the limits above (tooLarge then says so).
    static QString flowchart(const Session &session, bool *tooLarge = nullptr);

    // Text inside a "..." label: one line, shortened to maxChars, and every character that
    // could end the label, the statement or the Markdown fence written as a Mermaid entity
    // code (#quot;, #35; ...).
    static QString label(const QString &text, int maxChars = labelCharacters);
};

} // namespace Whyboard
