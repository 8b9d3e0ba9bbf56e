// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/repeatcauses.h"

#include "analysis/causewords.h"

#include <QLocale>

#include <algorithm>

namespace Whyboard {

namespace {

QString excerpt(const QString &text, int length = 70)
{
    const QString line = text.simplified();
    if (line.size() <= length)
        return line;
    // The end of a cause is its point ("…the restart had never been rehearsed").
    int start = int(line.size()) - length;
    if (line.at(start).isLowSurrogate())
        ++start;
    const qsizetype space = line.indexOf(QLatin1Char(' '), start);
    if (space >= 0 && space < start + 15)
        start = int(space) + 1;
    return QStringLiteral("…") + line.mid(start);
}

} // namespace

QList<CheckFinding> RepeatCauses::findings(const Session &session, RepeatCauseLookup &lookup, bool includeDismissed)
{
    QList<CheckFinding> result;
    for (const Card &card : session.cards) {
        if (card.kind != CardKind::Why || card.text.trimmed().isEmpty())
            continue;
        const std::optional<SeenCause> seen = lookup.seenBefore(session.id, card);
        if (!seen)
            continue;
        CheckFinding finding{CheckIds::repeat, card.id, message(*seen), suggestion(*seen), CheckItemKind::Card, false, {}};
        const auto dismissal = std::find_if(session.dismissedFindings.cbegin(), session.dismissedFindings.cend(),
                                            [&](const DismissedFinding &d) {
                                                return d.checkId == CheckIds::repeat && d.itemId == card.id;
                                            });
        if (dismissal != session.dismissedFindings.cend()) {
            if (!includeDismissed)
                continue;
            finding.dismissed = true;
            finding.dismissalReason = dismissal->reason;
        }
        result.append(finding);
    }
    return result;
}

std::optional<SeenCause> RepeatCauses::best(const QString &cause, const QList<SeenCause> &candidates)
{
    std::optional<SeenCause> result;
    int resultShared = 0;
    for (const SeenCause &candidate : candidates) {
        const double score = CauseWords::similarity(cause, candidate.text);
        if (score < CauseWords::threshold)
            continue;
        const int shared = CauseWords::sharedStems(cause, candidate.text);
        if (!result || score > result->score || (score == result->score && shared > resultShared)) {
            result = candidate;
            result->score = score;
            resultShared = shared;
        }
    }
    return result;
}

QString RepeatCauses::message(const SeenCause &seen)
{
    const QString title = seen.sessionTitle.simplified().left(80);
    if (!seen.startedAt.isValid())
        return tr("Seen in ‘%1’: %2").arg(title, excerpt(seen.text));
    return tr("Seen in ‘%1’ (%2): %3")
        .arg(title, QLocale().toString(seen.startedAt.date(), QStringLiteral("MMM yyyy")), excerpt(seen.text));
}

QString RepeatCauses::suggestion(const SeenCause &seen)
{
    Q_UNUSED(seen)
    return tr("Open that session and compare: if its actions did not prevent this, say so on the card "
              "and in the new actions.");
}

} // namespace Whyboard
