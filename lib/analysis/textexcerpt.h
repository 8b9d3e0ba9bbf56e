// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Whyboard {

// Bounded pieces of text a person typed, for exports that must stay small whatever was pasted
// into a card (a 50 MB log). Work is proportional to the piece kept, not to the whole text.
class TextExcerpt
{
public:
    // The text on one line (each run of white space one space, trimmed), at most maxChars
    // characters: cut at a word boundary near the end when there is one, then "…".
    static QString oneLine(const QString &text, int maxChars);

    // The first maxChars characters, never splitting a character outside the basic plane;
    // leftOut (when given) receives how many characters were left out (0 when none).
    static QString head(const QString &text, int maxChars, qsizetype *leftOut = nullptr);

    // True when the text is empty or only white space (without copying it, as trimmed() may).
    static bool isBlank(const QString &text);
};

} // namespace Whyboard
