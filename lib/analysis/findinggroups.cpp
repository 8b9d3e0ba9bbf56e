// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/findinggroups.h"

#include "analysis/chainchecks.h"
#include "analysis/chainpaths.h"
#include "analysis/textexcerpt.h"
#include "data/labels.h"
#include "data/localeformat.h"

#include <QHash>

namespace Whyboard {

namespace {

struct ItemLabeler
{
    const Session &session;
    int excerptLength;
    QHash<QString, ChainDepth> depths;
    QHash<QString, int> cards; // by id once: a finding per card must not search all the cards
    QHash<QString, int> events;
    QHash<QString, int> actions;

    ItemLabeler(const Session &s, int length) : session(s), excerptLength(length), depths(ChainPaths::depthRanges(s))
    {
        for (int i = 0; i < s.cards.size(); ++i)
            cards.insert(s.cards.at(i).id, i);
        for (int i = 0; i < s.timeline.size(); ++i)
            events.insert(s.timeline.at(i).id, i);
        for (int i = 0; i < s.actions.size(); ++i)
            actions.insert(s.actions.at(i).id, i);
    }

    void describe(FindingGroupItem &item) const
    {
        switch (item.itemKind) {
        case CheckItemKind::Card:
            if (const int i = cards.value(item.itemId, -1); i >= 0) {
                const Card *card = &session.cards.at(i);
                const ChainDepth depth = depths.value(card->id);
                item.label = Labels::chainStep(card->kind, depth.shortest, depth.longest);
                item.excerpt = TextExcerpt::oneLine(card->text, excerptLength);
            }
            break;
        case CheckItemKind::Event:
            if (const int i = events.value(item.itemId, -1); i >= 0) {
                const TimelineEvent &event = session.timeline.at(i);
                item.label = event.at.isValid() ? FindingGroups::tr("Event %1").arg(LocaleFormat::time(event.at.time()))
                                                : FindingGroups::tr("Event %1").arg(LocaleFormat::number(i + 1));
                item.excerpt = TextExcerpt::oneLine(event.text, excerptLength);
            }
            break;
        case CheckItemKind::Action:
            if (const int i = actions.value(item.itemId, -1); i >= 0) {
                item.label = FindingGroups::tr("Action %1").arg(LocaleFormat::number(i + 1));
                item.excerpt = TextExcerpt::oneLine(session.actions.at(i).text, excerptLength);
            }
            break;
        }
        if (item.label.isEmpty())
            item.label = item.itemId; // an id the session no longer has: still say which
    }
};

} // namespace

QList<FindingGroup> FindingGroups::group(const Session &session, const QList<CheckFinding> &findings, int excerptLength)
{
    QStringList order = CheckIds::all();
    for (const CheckFinding &finding : findings) {
        if (!order.contains(finding.checkId))
            order.append(finding.checkId);
    }
    QHash<QString, FindingGroup> byCheck;
    const ItemLabeler labeler(session, excerptLength);
    for (int pass = 0; pass < 2; ++pass) {
        const bool dismissed = pass == 1;
        for (const CheckFinding &finding : findings) {
            if (finding.dismissed != dismissed)
                continue;
            FindingGroup &group = byCheck[finding.checkId];
            FindingGroupItem item;
            item.itemId = finding.itemId;
            item.itemKind = finding.itemKind;
            item.message = finding.message;
            item.suggestion = finding.suggestion;
            item.dismissed = finding.dismissed;
            item.dismissalReason = finding.dismissalReason;
            labeler.describe(item);
            group.items.append(item);
        }
    }
    QList<FindingGroup> groups;
    for (const QString &checkId : std::as_const(order)) {
        auto it = byCheck.find(checkId);
        if (it == byCheck.end())
            continue;
        FindingGroup &group = it.value();
        group.checkId = checkId;
        group.title = ChainChecks::checkTitle(checkId);
        group.count = int(group.items.size());
        bool sameMessage = true;
        bool sameSuggestion = true;
        for (const FindingGroupItem &item : std::as_const(group.items)) {
            group.dismissedCount += item.dismissed ? 1 : 0;
            if (!item.dismissed && !group.openMessages.contains(item.message))
                group.openMessages.append(item.message);
            sameMessage = sameMessage && item.message == group.items.constFirst().message;
            sameSuggestion = sameSuggestion && item.suggestion == group.items.constFirst().suggestion;
        }
        if (sameMessage)
            group.commonMessage = group.items.constFirst().message;
        if (sameSuggestion)
            group.commonSuggestion = group.items.constFirst().suggestion;
        groups.append(group);
    }
    return groups;
}

} // namespace Whyboard
