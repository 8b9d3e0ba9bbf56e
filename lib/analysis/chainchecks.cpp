// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainchecks.h"
#include "analysis/repeatcauses.h"

#include "analysis/chainchecksmatcher.h"
#include "analysis/chainpaths.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace Whyboard {

namespace {

QString quoted(const QString &text)
{
    return ChainChecks::tr("“%1”").arg(text.simplified());
}

// Collects findings, marks the dismissed ones and leaves them out unless asked for.
class FindingSink
{
public:
    FindingSink(const Session &session, const ChainCheckOptions &options)
        : m_options(options)
    {
        for (const DismissedFinding &d : session.dismissedFindings)
            m_dismissed.insert(key(d.checkId, d.itemId), d.reason);
    }

    bool wants(const QString &checkId) const
    {
        return m_options.checkIds.isEmpty() || m_options.checkIds.contains(checkId);
    }

    void add(const QString &checkId, CheckItemKind kind, const QString &itemId, const QString &message,
             const QString &suggestion)
    {
        CheckFinding finding{checkId, itemId, message, suggestion, kind, false, {}};
        const auto it = m_dismissed.constFind(key(checkId, itemId));
        if (it != m_dismissed.constEnd()) {
            if (!m_options.includeDismissed)
                return;
            finding.dismissed = true;
            finding.dismissalReason = it.value();
        }
        m_findings.append(finding);
    }

    QList<CheckFinding> findings() const { return m_findings; }

private:
    static QString key(const QString &checkId, const QString &itemId) { return checkId + QLatin1Char('\n') + itemId; }

    const ChainCheckOptions &m_options;
    QHash<QString, QString> m_dismissed;
    QList<CheckFinding> m_findings;
};

struct Context
{
    const Session &session;
    const ChainChecksMatcher &matcher;
    QStringList names;
    QHash<QString, int> depths;
    QSet<QString> explained;       // cards some other card explains
    QSet<QString> addressedCards;  // cards some action item addresses
    QSet<QString> addressedEvents; // events some action item addresses
};

void checkShallow(const Context &c, FindingSink &sink, int minimumWhys)
{
    for (const Card &card : c.session.cards) {
        if (card.kind == CardKind::Problem && !c.explained.contains(card.id)) {
            sink.add(CheckIds::shallow, CheckItemKind::Card, card.id, ChainChecks::tr("No whys yet."),
                     ChainChecks::tr("Ask why the problem happened."));
        } else if (card.kind == CardKind::Why && !c.explained.contains(card.id)) {
            const int depth = c.depths.value(card.id, -1);
            if (depth > 0 && depth < minimumWhys)
                sink.add(CheckIds::shallow, CheckItemKind::Card, card.id,
                         ChainChecks::tr("Only %1 of %2 whys deep: this may still be a symptom.")
                             .arg(depth)
                             .arg(minimumWhys),
                         ChainChecks::tr("Ask why again."));
        }
    }
}

void checkCompound(const Context &c, FindingSink &sink)
{
    for (const Card &card : c.session.cards) {
        if (card.kind != CardKind::Why)
            continue;
        const QStringList causes = c.matcher.causes(card.text);
        if (causes.size() < 2)
            continue;
        QStringList quotedCauses;
        for (const QString &cause : causes)
            quotedCauses.append(quoted(cause));
        sink.add(CheckIds::compound, CheckItemKind::Card, card.id,
                 causes.size() == 2 ? ChainChecks::tr("This card states two causes.")
                                    : ChainChecks::tr("This card states %n causes.", nullptr, int(causes.size())),
                 ChainChecks::tr("Split it into %1.").arg(QLocale().createSeparatedList(quotedCauses)));
    }
}

void checkUnverified(const Context &c, FindingSink &sink)
{
    for (const Card &card : c.session.cards) {
        if (card.kind != CardKind::Why)
            continue;
        if (card.evidence.trimmed().isEmpty())
            sink.add(CheckIds::unverified, CheckItemKind::Card, card.id,
                     ChainChecks::tr("No evidence for this cause yet."),
                     ChainChecks::tr("How do you know? Add the evidence and mark it verified."));
        else if (!card.isVerified())
            sink.add(CheckIds::unverified, CheckItemKind::Card, card.id,
                     ChainChecks::tr("The evidence is not verified yet."),
                     ChainChecks::tr("How do you know? Check the evidence and mark it verified."));
    }
}

void checkHumanError(const Context &c, FindingSink &sink)
{
    const QRegularExpression names = ChainChecksMatcher::namesExpression(c.names);
    const QString suggestion = ChainChecks::tr("Human error is a symptom, never the cause: what let it happen?");
    for (const Card &card : c.session.cards) {
        if (card.kind != CardKind::Why || c.explained.contains(card.id))
            continue;
        const QString name = names.match(card.text).captured(0);
        if (!name.isEmpty()) {
            sink.add(CheckIds::humanError, CheckItemKind::Card, card.id,
                     ChainChecks::tr("This root cause names a person: %1.").arg(quoted(name)), suggestion);
            continue;
        }
        const QString words = c.matcher.humanError(card.text);
        if (!words.isEmpty())
            sink.add(CheckIds::humanError, CheckItemKind::Card, card.id,
                     ChainChecks::tr("This root cause is a human error: %1.").arg(quoted(words)), suggestion);
    }
}

void checkBlame(const Context &c, FindingSink &sink)
{
    const QString rewording =
        ChainChecks::tr("Reword it neutrally: say what happened and what made it possible, not who is to blame.");
    const auto blameIn = [&](CheckItemKind kind, const QString &id, const QString &text) {
        const QString words = c.matcher.blame(text);
        if (words.isEmpty())
            return false;
        sink.add(CheckIds::blame, kind, id, ChainChecks::tr("Blame language: %1.").arg(quoted(words)), rewording);
        return true;
    };
    // A name as the subject of a why turns a cause into a culprit; in the timeline and the
    // action items names are facts (who responded, who owns it), so only words count there.
    const QRegularExpression subject = c.matcher.namesAsSubjectExpression(c.names);
    for (const Card &card : c.session.cards) {
        if (blameIn(CheckItemKind::Card, card.id, card.text))
            continue;
        const QString name = subject.match(card.text).captured(1);
        if (!name.isEmpty())
            sink.add(CheckIds::blame, CheckItemKind::Card, card.id,
                     ChainChecks::tr("A person is the subject here: %1.").arg(quoted(name)),
                     ChainChecks::tr(
                         "Name the role or the system instead (“the deploy script”, “the on-call engineer”)."));
    }
    for (const TimelineEvent &event : c.session.timeline)
        blameIn(CheckItemKind::Event, event.id, event.text);
    for (const ActionItem &action : c.session.actions)
        blameIn(CheckItemKind::Action, action.id, action.text);
}

void checkNoAction(const Context &c, FindingSink &sink)
{
    const QString suggestion = ChainChecks::tr("Add a process, technology or training action.");
    for (const Card &card : c.session.cards) {
        // A cause the room accepted without action, for a reason the report keeps, is covered.
        if (card.kind == CardKind::Why && !c.addressedCards.contains(card.id) && !card.noActionAccepted)
            sink.add(CheckIds::noAction, CheckItemKind::Card, card.id,
                     ChainChecks::tr("No action item addresses this cause."),
                     suggestion);
    }
    for (const TimelineEvent &event : c.session.timeline) {
        if (c.addressedEvents.contains(event.id))
            continue;
        QString message;
        switch (event.kind) {
        case EventKind::Detection:
            message = ChainChecks::tr("No improvement considered for detecting this sooner.");
            break;
        case EventKind::Escalation:
            message = ChainChecks::tr("No improvement considered for escalating this faster.");
            break;
        case EventKind::Mitigation:
            message = ChainChecks::tr("No improvement considered for mitigating this faster.");
            break;
        default:
            continue;
        }
        sink.add(CheckIds::noAction, CheckItemKind::Event, event.id, message, suggestion);
    }
}

void checkActionQuality(const Context &c, FindingSink &sink)
{
    for (const ActionItem &action : c.session.actions) {
        QStringList missing;
        // A done action needs no owner or date any more; its wording still goes in the report.
        if (action.status != ActionStatus::Done) {
            if (action.owner.trimmed().isEmpty())
                missing.append(ChainChecks::tr("no owner"));
            if (!action.due.isValid())
                missing.append(ChainChecks::tr("no due date"));
        }
        // "Be more careful with config" says what to do but not what will be different.
        const QString vague = c.matcher.vagueAction(action.text);
        if (!vague.isEmpty())
            missing.append(ChainChecks::tr("vague, no outcome anyone could check: %1").arg(quoted(vague)));
        else if (!c.matcher.startsWithVerb(action.text))
            missing.append(ChainChecks::tr("does not start with a verb"));
        if (missing.isEmpty())
            continue;
        QString message = ChainChecks::tr("%1.").arg(missing.join(ChainChecks::tr("; ")));
        message[0] = message.at(0).toUpper();
        sink.add(CheckIds::actionQuality, CheckItemKind::Action, action.id, message,
                 vague.isEmpty()
                     ? ChainChecks::tr(
                           "Make it doable: who does it, by when, starting with what to do (“Add…”, “Automate…”).")
                     : ChainChecks::tr("Name a change the room can verify later (“Require a second reviewer for "
                                       "config changes”), with an owner and a date."));
    }
}

} // namespace

QList<CheckFinding> ChainChecks::run(const Session &session, const ChainCheckOptions &options)
{
    FindingSink sink(session, options);
    Context c{session, ChainChecksMatcher::instance(), namesIn(session), ChainPaths::depths(session), {}, {}, {}};
    for (const CausalLink &link : session.links)
        c.explained.insert(link.effectId);
    for (const ActionItem &action : session.actions) {
        for (const QString &id : action.cardIds)
            c.addressedCards.insert(id);
        for (const QString &id : action.eventIds)
            c.addressedEvents.insert(id);
    }

    if (sink.wants(CheckIds::shallow))
        checkShallow(c, sink, options.minimumWhys);
    if (sink.wants(CheckIds::compound))
        checkCompound(c, sink);
    if (sink.wants(CheckIds::unverified))
        checkUnverified(c, sink);
    if (sink.wants(CheckIds::humanError))
        checkHumanError(c, sink);
    if (sink.wants(CheckIds::blame))
        checkBlame(c, sink);
    if (sink.wants(CheckIds::noAction))
        checkNoAction(c, sink);
    if (sink.wants(CheckIds::actionQuality))
        checkActionQuality(c, sink);
    return sink.findings();
}

std::optional<QPair<QString, QString>> ChainChecks::splitSuggestion(const QString &text)
{
    return ChainChecksMatcher::instance().split(text);
}

QStringList ChainChecks::causesIn(const QString &text)
{
    return ChainChecksMatcher::instance().causes(text);
}

bool ChainChecks::isVagueAction(const QString &actionText)
{
    return !ChainChecksMatcher::instance().vagueAction(actionText).isEmpty();
}

bool ChainChecks::startsWithVerb(const QString &actionText)
{
    return ChainChecksMatcher::instance().startsWithVerb(actionText);
}

QString ChainChecks::hideNames(const QString &text, const QStringList &names)
{
    QHash<QString, QString> placeholders; // lower-case variant -> "Person A"
    QStringList distinctNames;
    for (const QString &name : names) {
        const QString simplified = name.simplified();
        if (simplified.isEmpty() || distinctNames.contains(simplified, Qt::CaseInsensitive))
            continue;
        const int index = distinctNames.size();
        distinctNames.append(simplified);
        const QString label = index < 26 ? QString(QChar(u'A' + index)) : QString::number(index + 1);
        const QString placeholder = ChainChecks::tr("Person %1").arg(label);
        for (const QString &variant : ChainChecksMatcher::nameVariants(simplified)) {
            if (!placeholders.contains(variant.toLower()))
                placeholders.insert(variant.toLower(), placeholder);
        }
    }
    if (placeholders.isEmpty())
        return text;
    // One pass over the text, so a placeholder is never itself rewritten.
    const QRegularExpression expression = ChainChecksMatcher::namesExpression(distinctNames);
    QString result;
    int copied = 0;
    auto it = expression.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += text.mid(copied, m.capturedStart() - copied);
        result += placeholders.value(m.captured(0).toLower(), m.captured(0));
        copied = m.capturedEnd();
    }
    result += text.mid(copied);
    return result;
}

QString ChainChecks::hideNames(const QString &text, const QList<Participant> &participants)
{
    QStringList names;
    for (const Participant &p : participants)
        names.append(p.name);
    return hideNames(text, names);
}

QStringList ChainChecks::namesIn(const Session &session)
{
    QStringList names;
    for (const Participant &p : session.participants) {
        if (!p.name.trimmed().isEmpty())
            names.append(p.name.trimmed());
    }
    const QString facilitator = session.facilitator.trimmed();
    if (!facilitator.isEmpty() && !names.contains(facilitator, Qt::CaseInsensitive))
        names.append(facilitator);
    return names;
}

QString ChainChecks::toLine(const CheckFinding &finding)
{
    return finding.checkId + QLatin1Char('\t') + finding.itemId + QLatin1Char('\t') + finding.message.simplified();
}

QString ChainChecks::checkTitle(const QString &checkId)
{
    if (checkId == CheckIds::shallow)
        return ChainChecks::tr("Too shallow");
    if (checkId == CheckIds::compound)
        return ChainChecks::tr("Several causes on one card");
    if (checkId == CheckIds::unverified)
        return ChainChecks::tr("Unverified");
    if (checkId == CheckIds::humanError)
        return ChainChecks::tr("Human error as a root cause");
    if (checkId == CheckIds::blame)
        return ChainChecks::tr("Blame language");
    if (checkId == CheckIds::noAction)
        return ChainChecks::tr("No action");
    if (checkId == CheckIds::actionQuality)
        return ChainChecks::tr("Action quality");
    if (checkId == CheckIds::repeat)
        return ChainChecks::tr("Seen before");
    return checkId;
}

} // namespace Whyboard
