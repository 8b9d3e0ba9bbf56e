// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/mermaidchart.h"

#include "analysis/chainpaths.h"
#include "analysis/textexcerpt.h"
#include "data/labels.h"
#include "data/safetext.h"

#include <QHash>

namespace Whyboard {

QString MermaidChart::label(const QString &text, int maxChars)
{
    // A label is one line of the chart's source: its directional controls stay inside it.
    const QString line = SafeText::isolated(TextExcerpt::oneLine(text, maxChars));
    QString result;
    result.reserve(line.size() + 16);
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u == u'"') {
            result += QStringLiteral("#quot;");
        } else if (u < 0x20 || u == 0x7f) {
            result += QLatin1Char(' ');
        } else if (u < 0x80 ? QStringLiteral("#&<>`|[]{}();%\\*_~").contains(c)
                            // Mermaid marks entities internally with these characters.
                            : (u == 0xb6 || u == 0xfb02 || u == 0xb0)) {
            result += QStringLiteral("#%1;").arg(int(u));
        } else {
            result += c;
        }
    }
    return result;
}

QString MermaidChart::flowchart(const Session &session, bool *tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    if (session.cards.isEmpty())
        return {};
    if (session.links.size() > maximumLinks) {
        if (tooLarge)
            *tooLarge = true;
        return {};
    }
    const QHash<QString, ChainDepth> depths = ChainPaths::depthRanges(session);
    const Card *problem = session.problemCard();
    QHash<QString, QString> nodes;
    QString out = QStringLiteral("flowchart BT\n");
    QStringList loose;
    for (int i = 0; i < session.cards.size(); ++i) {
        const Card &card = session.cards.at(i);
        if (nodes.contains(card.id))
            continue;
        const QString node = QStringLiteral("c%1").arg(i + 1);
        nodes.insert(card.id, node);
        const ChainDepth depth = depths.value(card.id);
        const QString step = Labels::chainStep(card.kind, depth.shortest, depth.longest);
        // The text is shortened before the step is put in front, so a huge text is never copied.
        const QString text = TextExcerpt::oneLine(card.text, labelCharacters + 1);
        out += QStringLiteral("  %1[\"%2\"]\n").arg(node, label(step + QStringLiteral(": ") + text,
                                                                 labelCharacters + int(step.size()) + 2));
        if (!depth.reaches())
            loose.append(node);
        if (out.size() > maximumCharacters) {
            if (tooLarge)
                *tooLarge = true;
            return {};
        }
    }
    const QString refuted = label(tr("does not hold"));
    for (const CausalLink &link : session.links) {
        const QString cause = nodes.value(link.causeId);
        const QString effect = nodes.value(link.effectId);
        if (cause.isEmpty() || effect.isEmpty())
            continue;
        if (link.verdict == ReadBackVerdict::DoesNotHold)
            out += QStringLiteral("  %1 -.->|\"%2\"| %3\n").arg(cause, refuted, effect);
        else
            out += QStringLiteral("  %1 --> %2\n").arg(cause, effect);
    }
    // Colours that read on a light and on a dark wiki theme alike.
    out += QStringLiteral("  classDef problem fill:#fde2e1,stroke:#b3261e,stroke-width:3px,color:#000\n");
    if (problem)
        out += QStringLiteral("  class %1 problem\n").arg(nodes.value(problem->id));
    if (!loose.isEmpty())
        out += QStringLiteral("  classDef loose stroke-dasharray:3 3\n  class %1 loose\n").arg(loose.join(QLatin1Char(',')));
    if (out.size() > maximumCharacters) {
        if (tooLarge)
            *tooLarge = true;
        return {};
    }
    return out;
}

} // namespace Whyboard
