// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkfinding.h"
#include "data/session.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Whyboard {

// The whole session as Markdown for a wiki, a tracker or a postmortem repository: headings,
// the figures, the chain as a Mermaid diagram and a nested list, its read-back (each chain
// once, MarkdownReadBack), timeline and actions as tables, the checks grouped by check
// (MarkdownChecks). Every text a person typed is bounded (fieldCharacters, cellCharacters,
// nameCharacters) and says how much was left out, so a pasted 50 MB log cannot blow it up.
class MarkdownExporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)

public:
    static QString markdown(const Session &session,
                            const std::optional<QList<CheckFinding>> &findings = std::nullopt);

    // UTF-8; returns an error for the user, empty on success; a failure leaves no file behind.
    static QString write(const Session &session, const QString &path,
                         const std::optional<QList<CheckFinding>> &findings = std::nullopt);

    static constexpr int fieldCharacters = 4000; // a paragraph: summary, impact, card text, evidence
    static constexpr int cellCharacters = 1000;  // a table cell or a list line
    static constexpr int nameCharacters = 200;   // a title or a name, on one line

    // escape() of at most maxChars characters of the text, then "… (12,345 more characters
    // left out)" when it was longer.
    static QString field(const QString &text, int maxChars = fieldCharacters);
    // A title or a name: one line, shortened with "…".
    static QString name(const QString &text, int maxChars = nameCharacters);

    // Text that stays literal in running Markdown (backslash escapes; line breaks kept).
    static QString escape(const QString &text);
    // The same inside a table cell: pipes escaped, line breaks as <br>.
    static QString escapeCell(const QString &text);
    // A table cell for an address: an autolink for an http, https or mailto URL, plain
    // escaped text for anything else (javascript:, data:, file:, a typo).
    static QString linkCell(const QString &url);
};

} // namespace Whyboard
