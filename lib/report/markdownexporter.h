#pragma once

#include "analysis/checkfinding.h"
#include "data/session.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Whyboard {

// The whole session as Markdown for a wiki, a tracker or a postmortem repository: headings,
// the figures, the chain as a nested list and its read-back, timeline and actions as tables.
class MarkdownExporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)

public:
    static QString markdown(const Session &session,
                            const std::optional<QList<CheckFinding>> &findings = std::nullopt);

    // UTF-8; returns an error for the user, empty on success; a failure leaves no file behind.
    static QString write(const Session &session, const QString &path,
                         const std::optional<QList<CheckFinding>> &findings = std::nullopt);

    // Text that stays literal in running Markdown (backslash escapes; line breaks kept).
    static QString escape(const QString &text);
    // The same inside a table cell: pipes escaped, line breaks as <br>.
    static QString escapeCell(const QString &text);
};

} // namespace Whyboard
