// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/markdownchecks.h"

#include "analysis/findinggroups.h"
#include "analysis/textexcerpt.h"
#include "data/localeformat.h"
#include "report/markdownexporter.h"

namespace Whyboard {

namespace {

QString itemName(const FindingGroupItem &item)
{
    QString name = QStringLiteral("**%1**").arg(MarkdownExporter::escape(item.label));
    if (!item.excerpt.isEmpty())
        name += QStringLiteral(" “%1”").arg(MarkdownExporter::escape(item.excerpt));
    return name;
}

QString setAside(const FindingGroupItem &item)
{
    return QStringLiteral(" _(%1)_").arg(
        TextExcerpt::isBlank(item.dismissalReason)
            ? MarkdownChecks::tr("set aside")
            : MarkdownChecks::tr("set aside: %1").arg(MarkdownExporter::field(item.dismissalReason, MarkdownExporter::cellCharacters)));
}

} // namespace

QString MarkdownChecks::section(const Session &session, const QList<CheckFinding> &findings)
{
    if (findings.isEmpty())
        return QStringLiteral("_%1_\n\n").arg(tr("The chain checks found nothing to point out."));
    const QList<FindingGroup> groups = FindingGroups::group(session, findings, 40);
    QString out;
    for (const FindingGroup &group : groups) {
        QString count = LocaleFormat::number(group.count);
        if (group.dismissedCount > 0)
            count = tr("%1, %2 set aside").arg(count, LocaleFormat::number(group.dismissedCount));
        out += QStringLiteral("### %1 (%2)\n\n").arg(MarkdownExporter::escape(group.title), count);
        QStringList said;
        if (!group.commonMessage.isEmpty())
            said << MarkdownExporter::field(group.commonMessage, MarkdownExporter::cellCharacters);
        if (!group.commonSuggestion.isEmpty())
            said << QStringLiteral("_%1_").arg(MarkdownExporter::field(group.commonSuggestion, MarkdownExporter::cellCharacters));
        if (!said.isEmpty())
            out += said.join(QLatin1Char(' ')) + QStringLiteral("\n\n");
        // The open items under each message they share, names only, on one line each.
        const bool listed = group.commonMessage.isEmpty();
        for (const QString &message : group.openMessages) {
            QList<const FindingGroupItem *> bucket;
            bool oneSuggestion = true;
            for (const FindingGroupItem &item : group.items) {
                if (item.dismissed || item.message != message)
                    continue;
                oneSuggestion = oneSuggestion && (bucket.isEmpty() || bucket.constFirst()->suggestion == item.suggestion);
                bucket.append(&item);
            }
            const QString head = listed ? QStringLiteral("- ") + MarkdownExporter::field(message, MarkdownExporter::cellCharacters) : QString();
            if (oneSuggestion) {
                QStringList names;
                for (const FindingGroupItem *item : std::as_const(bucket))
                    names << itemName(*item);
                QString suggestion;
                if (group.commonSuggestion.isEmpty() && !bucket.constFirst()->suggestion.isEmpty())
                    suggestion = QStringLiteral(" _%1_").arg(MarkdownExporter::field(bucket.constFirst()->suggestion, MarkdownExporter::cellCharacters));
                if (listed)
                    out += head + suggestion + QStringLiteral(": ") + names.join(QStringLiteral("; ")) + QLatin1Char('\n');
                else
                    out += names.join(QStringLiteral("; ")) + QStringLiteral("\n\n");
                continue;
            }
            // Each item has its own next step (how to split this card): one line each.
            if (listed)
                out += head + QLatin1Char('\n');
            for (const FindingGroupItem *item : std::as_const(bucket))
                out += (listed ? QStringLiteral("  - ") : QStringLiteral("- ")) + itemName(*item) + QStringLiteral(": _")
                       + MarkdownExporter::field(item->suggestion, MarkdownExporter::cellCharacters) + QStringLiteral("_\n");
            if (!listed)
                out += QLatin1Char('\n');
        }
        QStringList aside;
        for (const FindingGroupItem &item : group.items) {
            if (item.dismissed)
                aside << itemName(item) + QStringLiteral(": ") + MarkdownExporter::field(item.message, MarkdownExporter::cellCharacters)
                             + setAside(item);
        }
        if (!aside.isEmpty())
            out += QStringLiteral("\n%1\n\n- %2\n").arg(tr("Set aside:"), aside.join(QStringLiteral("\n- ")));
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Whyboard
