// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportreadback.h"

#include "analysis/readbackplan.h"
#include "analysis/textexcerpt.h"
#include "report/reportdiagram.h"
#include "report/reportflow.h"
#include "report/reportstyle.h"

namespace Whyboard {

ReportReadBack::ReportReadBack(const Session &session)
    : m_session(session)
{
}

QString ReportReadBack::anchor(const QString &cardId)
{
    return QStringLiteral("read-back-") + cardId;
}

void ReportReadBack::write(ReportFlow &flow) const
{
    flow.heading(tr("Read-back"), QStringLiteral("read-back"));
    const ReadBackPlan plan = ReadBackPlan::build(m_session);
    if (plan.chains.isEmpty()) {
        flow.note(tr("No chain reaches the problem yet."));
        return;
    }
    flow.paragraph(plan.chains.size() > 1
                       ? tr("Each chain read from its root cause up to the problem, \"…, therefore …\". Where a chain "
                            "joins one already read, it says where to read on instead of repeating it.")
                       : tr("The chain read from its root cause up to the problem."),
                   ReportStyle::text(9, QFont::Normal, ReportStyle::muted()), 4)
        .keepWithNext = true;

    // A read-back of hundreds of steps is set a size smaller and closer, as a reference.
    const qreal size = plan.printedLines() > 120 ? 9.5 : 10.5;
    const QTextCharFormat number = ReportStyle::text(size - 0.5, QFont::Bold, ReportStyle::accent());
    const QTextCharFormat root = ReportStyle::text(size, QFont::DemiBold);
    const QTextCharFormat step = ReportStyle::text(size);
    QTextCharFormat therefore = ReportStyle::text(size - 1, QFont::Normal, ReportStyle::muted());
    therefore.setFontItalic(true);
    const QTextCharFormat doesNotHold = ReportStyle::text(size - 1, QFont::DemiBold, ReportStyle::warning());
    const QTextCharFormat reference = ReportStyle::text(size - 1, QFont::Normal, ReportStyle::accent());
    const QTextCharFormat small = ReportStyle::text(size - 2, QFont::Normal, ReportStyle::muted());
    const qreal chainGap = ReportStyle::px(size < 10 ? 6 : 10);
    const qreal stepGap = ReportStyle::px(size < 10 ? 1 : 2);
    const qreal indent = ReportStyle::px(22);

    auto textOf = [this](const QString &id) {
        const Card *card = m_session.card(id);
        return card ? card->text : QString();
    };
    auto where = [&](const ReadBackPlace &place, const QString &cardId) {
        return tr("chain %1, step %2: “%3”").arg(place.chain + 1).arg(place.step + 1).arg(TextExcerpt::oneLine(textOf(cardId), 50));
    };
    auto brokenMark = [&](ReadBackVerdict verdict, ReportFlow::Cell &runs) {
        if (verdict == ReadBackVerdict::DoesNotHold)
            runs << TextRun{tr("(the room found this step does not hold)") + QLatin1Char(' '), doesNotHold, {}};
    };

    for (int c = 0; c < plan.chains.size(); ++c) {
        const ReadBackChain &chain = plan.chains.at(c);
        for (int s = 0; s < chain.steps.size(); ++s) {
            const ReadBackStep &current = chain.steps.at(s);
            const bool last = s + 1 == chain.steps.size() && !chain.joins.isValid();
            ReportFlow::Cell runs;
            if (s == 0) {
                runs << TextRun{QStringLiteral("%1   ").arg(c + 1), number, {}};
                if (!chain.startsAtRootCause)
                    runs << TextRun{tr("(its causes are read in other chains)") + QLatin1Char(' '), small, {}};
                runs << TextRun{textOf(current.cardId), root, ReportDiagram::anchor(current.cardId)};
            } else {
                runs << TextRun{tr("therefore") + QLatin1Char(' '), therefore, {}};
                brokenMark(chain.steps.at(s - 1).verdict, runs);
                runs << TextRun{textOf(current.cardId), last ? root : step, ReportDiagram::anchor(current.cardId)};
            }
            // The card's other effects, read elsewhere, follow on the same line.
            for (const ReadBackBranch &branch : current.alsoLeadsTo) {
                runs << TextRun{QStringLiteral("  ") + tr("also leads to") + QLatin1Char(' '), therefore, {}};
                brokenMark(branch.verdict, runs);
                runs << TextRun{where(branch.effectAt, branch.effectId), reference, anchor(branch.effectId)};
            }
            FlowBox &box = flow.paragraph(runs, 0, s == 0 ? 0 : indent);
            box.marginTop = s == 0 ? chainGap : stepGap;
            box.keepWithNext = s == 0;
            box.anchors.append({anchor(current.cardId), 0, {}, -1});
        }
        if (chain.joins.isValid()) {
            const QString joined = plan.chains.at(chain.joins.chain).steps.at(chain.joins.step).cardId;
            ReportFlow::Cell runs{{tr("therefore") + QLatin1Char(' '), therefore, {}}};
            brokenMark(chain.steps.last().verdict, runs);
            runs << TextRun{tr("read on at %1").arg(where(chain.joins, joined)), reference, anchor(joined)};
            flow.paragraph(runs, 0, indent).marginTop = stepGap;
        }
    }
    if (!plan.unreached.isEmpty()) {
        flow.subheading(tr("Not linked to the problem yet"));
        QStringList texts;
        for (const QString &id : plan.unreached)
            texts << TextExcerpt::oneLine(textOf(id), 80);
        flow.paragraph(texts.join(QStringLiteral("  ·  ")), step);
    }
}

} // namespace Whyboard
