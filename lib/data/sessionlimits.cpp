// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sessionlimits.h"

#include <QLocale>

#include <cmath>

namespace Whyboard {

namespace {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// U+0000 is kept by no text: a PostgreSQL text cannot hold it, so neither library takes it.
QString holdsNul(qsizetype index)
{
    return SessionLimits::tr("the text holds the character U+0000 (at character %1), which no library keeps")
        .arg(number(index + 1));
}

// The first text of the list longer than the limit or holding U+0000, as "what: message".
template<typename Items, typename Texts>
QString firstLongText(const Items &items, Texts texts)
{
    for (const auto &item : items) {
        for (const auto &[what, text] : texts(item)) {
            if (text.size() > SessionLimits::maxTextLength)
                return QStringLiteral("%1: %2").arg(what, SessionLimits::textTooLong(text.size()));
            if (const qsizetype nul = text.indexOf(QChar(0)); nul >= 0)
                return QStringLiteral("%1: %2").arg(what, holdsNul(nul));
        }
    }
    return {};
}

using Texts = QList<std::pair<QString, QString>>;


} // namespace

int SessionLimits::maxCount(List list)
{
    switch (list) {
    case List::Cards: return maxCards;
    case List::Links: return maxLinks;
    case List::Events: return maxEvents;
    case List::Actions: return maxActions;
    case List::Participants: return maxParticipants;
    case List::ParkedIdeas: return maxParkedIdeas;
    case List::DismissedFindings: return maxDismissedFindings;
    }
    return 0;
}

bool SessionLimits::isCoordinateAllowed(double value)
{
    return std::isfinite(value) && std::fabs(value) <= maxCoordinate;
}

bool SessionLimits::isDateAllowed(const QDate &date)
{
    return date.isValid() && date.year() >= firstYear && date.year() <= lastYear;
}

QString SessionLimits::tooMany(List list, qsizetype count)
{
    const QString n = number(count);
    const QString limit = number(maxCount(list));
    switch (list) {
    case List::Cards: return tr("the session has %1 cards; at most %2 are allowed").arg(n, limit);
    case List::Links: return tr("the session has %1 links; at most %2 are allowed").arg(n, limit);
    case List::Events: return tr("the session has %1 timeline events; at most %2 are allowed").arg(n, limit);
    case List::Actions: return tr("the session has %1 action items; at most %2 are allowed").arg(n, limit);
    case List::Participants: return tr("the session has %1 participants; at most %2 are allowed").arg(n, limit);
    case List::ParkedIdeas: return tr("the session has %1 parked ideas; at most %2 are allowed").arg(n, limit);
    case List::DismissedFindings:
        return tr("the session has %1 dismissed findings; at most %2 are allowed").arg(n, limit);
    }
    return {};
}

QString SessionLimits::textTooLong(qsizetype length)
{
    return tr("the text has %1 characters; at most %2 are allowed").arg(number(length), number(maxTextLength));
}

QString SessionLimits::coordinateOutside(double value)
{
    if (!std::isfinite(value))
        return tr("the position is not a finite number");
    return tr("the position %1 is off the board; at most %2 either way is allowed")
        .arg(QLocale().toString(value, 'g', 10), number(qint64(maxCoordinate)));
}

QString SessionLimits::fileTooLarge(qint64 bytes)
{
    return tr("the file has %1 bytes; a session file may have at most %2 (64 MiB)")
        .arg(number(bytes), number(maxImportFileBytes));
}

QString SessionLimits::check(const Session &s)
{
    const std::pair<List, qsizetype> counts[] = {
        {List::Cards, s.cards.size()},          {List::Links, s.links.size()},
        {List::Events, s.timeline.size()},      {List::Actions, s.actions.size()},
        {List::Participants, s.participants.size()}, {List::ParkedIdeas, s.parkingLot.size()},
        {List::DismissedFindings, s.dismissedFindings.size()},
    };
    for (const auto &[list, count] : counts) {
        if (count > maxCount(list))
            return tooMany(list, count);
    }
    for (const Card &card : s.cards) {
        if (card.tags.size() > maxTagsPerCard)
            return tr("card %1 has %2 tags; at most %3 are allowed")
                .arg(card.id.left(40), number(card.tags.size()), number(maxTagsPerCard));
    }
    const Texts sessionTexts{{tr("the title"), s.title},
                             {tr("the summary"), s.summary},
                             {tr("the facilitator"), s.facilitator},
                             {tr("the impact"), s.impact.description},
                             {tr("the currency"), s.impact.currency}};
    QString found = firstLongText(QList<int>{0}, [&](int) { return sessionTexts; });
    if (found.isEmpty()) {
        found = firstLongText(s.cards, [](const Card &c) {
            const QString what = tr("card %1").arg(c.id.left(40));
            Texts texts{{what, c.id}, {what, c.text}, {what, c.evidence}, {what, c.noActionReason}, {what, c.category}};
            for (const QString &tag : c.tags)
                texts.append({what, tag});
            return texts;
        });
    }
    if (found.isEmpty()) {
        found = firstLongText(s.timeline, [](const TimelineEvent &e) {
            const QString what = tr("timeline event %1").arg(e.id.left(40));
            Texts texts{{what, e.id}, {what, e.text}};
            for (const QString &id : e.cardIds)
                texts.append({what, id});
            return texts;
        });
    }
    if (found.isEmpty()) {
        found = firstLongText(s.actions, [](const ActionItem &a) {
            const QString what = tr("action item %1").arg(a.id.left(40));
            Texts texts{{what, a.id}, {what, a.text}, {what, a.owner}, {what, a.link}};
            for (const QString &id : a.cardIds + a.eventIds)
                texts.append({what, id});
            return texts;
        });
    }
    if (found.isEmpty()) {
        found = firstLongText(s.participants, [](const Participant &p) {
            const QString what = tr("participant %1").arg(p.id.left(40));
            return Texts{{what, p.id}, {what, p.name}};
        });
    }
    if (found.isEmpty()) {
        found = firstLongText(s.parkingLot, [](const ParkedIdea &i) {
            const QString what = tr("parked idea %1").arg(i.id.left(40));
            return Texts{{what, i.id}, {what, i.text}};
        });
    }
    if (found.isEmpty()) {
        found = firstLongText(s.dismissedFindings, [](const DismissedFinding &f) {
            const QString what = tr("dismissed finding %1").arg(f.checkId.left(40));
            return Texts{{what, f.checkId}, {what, f.itemId}, {what, f.reason}};
        });
    }
    if (!found.isEmpty())
        return found;
    for (const Card &card : s.cards) {
        for (const double value : {card.position.x(), card.position.y()}) {
            if (!isCoordinateAllowed(value))
                return tr("card %1: %2").arg(card.id.left(40), coordinateOutside(value));
        }
    }
    if (s.lastItemNumber < 0 || s.lastItemNumber > maxItemNumber)
        return tr("the item counter %1 is outside 0 to %2").arg(number(s.lastItemNumber), number(maxItemNumber));
    return {};
}

} // namespace Whyboard
