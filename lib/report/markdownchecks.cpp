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
    const QList<FindingGroup> groups = FindingGroups::group(session, findings);
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
        if (!group.commonMessage.isEmpty()) {
            // Every item says the same: their names on one line each group, open ones first.
            QStringList open;
            QStringList aside;
            for (const FindingGroupItem &item : group.items)
                (item.dismissed ? aside : open) << itemName(item) + (item.dismissed ? setAside(item) : QString());
            if (!open.isEmpty())
                out += open.join(QStringLiteral("; ")) + QStringLiteral("\n\n");
            if (!aside.isEmpty())
                out += QStringLiteral("%1 %2\n\n").arg(tr("Set aside:"), aside.join(QStringLiteral("; ")));
            continue;
        }
        for (const FindingGroupItem &item : group.items) {
            out += QStringLiteral("- ") + itemName(item) + QStringLiteral(": ")
                   + MarkdownExporter::field(item.message, MarkdownExporter::cellCharacters);
            if (group.commonSuggestion.isEmpty() && !item.suggestion.isEmpty())
                out += QStringLiteral(" _%1_").arg(MarkdownExporter::field(item.suggestion, MarkdownExporter::cellCharacters));
            if (item.dismissed)
                out += setAside(item);
            out += QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Whyboard
