// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/markdownreadback.h"

#include "analysis/readbackplan.h"
#include "analysis/textexcerpt.h"
#include "data/localeformat.h"
#include "report/markdownexporter.h"

namespace Whyboard {

namespace {

QString place(const ReadBackPlace &at)
{
    return MarkdownReadBack::tr("chain %1, step %2")
        .arg(LocaleFormat::number(at.chain + 1), LocaleFormat::number(at.step + 1));
}

QString therefore(ReadBackVerdict verdict)
{
    if (verdict == ReadBackVerdict::DoesNotHold)
        return QStringLiteral("_%1_ **(%2)**").arg(MarkdownReadBack::tr("therefore"), MarkdownReadBack::tr("the room found this step does not hold"));
    return QStringLiteral("_%1_").arg(MarkdownReadBack::tr("therefore"));
}

QString shortText(const Session &session, const QString &cardId)
{
    const Card *card = session.card(cardId);
    return MarkdownExporter::escape(TextExcerpt::oneLine(card ? card->text : QString(), 60));
}

} // namespace

QString MarkdownReadBack::section(const Session &session)
{
    const ReadBackPlan plan = ReadBackPlan::build(session);
    if (plan.chains.isEmpty())
        return QStringLiteral("_%1_\n\n").arg(tr("No chain reaches the problem yet."));
    QString out;
    if (plan.chains.size() > 1)
        out += QStringLiteral("_%1_\n\n").arg(tr("Each chain is read once, from its root cause up. A chain that reaches a "
                                                 "cause already read ends with where it continues."));
    for (int c = 0; c < plan.chains.size(); ++c) {
        const ReadBackChain &chain = plan.chains.at(c);
        out += QStringLiteral("**%1**").arg(tr("Chain %1").arg(LocaleFormat::number(c + 1)));
        if (!chain.startsAtRootCause)
            out += QStringLiteral(" _(%1)_").arg(tr("its first cause is explained in another chain"));
        out += QStringLiteral("\n\n");
        for (int i = 0; i < chain.steps.size(); ++i) {
            const ReadBackStep &step = chain.steps.at(i);
            const Card *card = session.card(step.cardId);
            const QString number = QString::number(i + 1) + QStringLiteral(". ");
            const QString stepIndent(number.size(), QLatin1Char(' '));
            QString text = MarkdownExporter::field(card ? card->text : QString());
            text.replace(QLatin1Char('\n'), QStringLiteral("  \n") + stepIndent);
            out += number + (i == 0 ? text : therefore(chain.steps.at(i - 1).verdict) + QLatin1Char(' ') + text);
            QStringList branches;
            for (const ReadBackBranch &branch : step.alsoLeadsTo) {
                QString where = place(branch.effectAt);
                if (branch.verdict == ReadBackVerdict::DoesNotHold)
                    where += QStringLiteral(", ") + tr("does not hold");
                branches.append(where);
            }
            if (!branches.isEmpty())
                out += QStringLiteral(" _(%1)_").arg(tr("also leads to %1").arg(branches.join(QStringLiteral("; "))));
            if (i + 1 == chain.steps.size() && chain.joins.isValid()) {
                const QString joined = plan.chains.at(chain.joins.chain).steps.at(chain.joins.step).cardId;
                out += QStringLiteral("  \n") + stepIndent + therefore(step.verdict) + QStringLiteral(" → ")
                       + tr("continues as in %1: “%2”").arg(place(chain.joins), shortText(session, joined));
            }
            out += QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Whyboard
