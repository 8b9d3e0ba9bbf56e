// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/markdownexporter.h"

#include "analysis/chainpaths.h"
#include "analysis/textexcerpt.h"
#include "data/labels.h"
#include "data/localeformat.h"
#include "data/safetext.h"
#include "report/markdownchecks.h"
#include "report/markdownreadback.h"
#include "report/mermaidchart.h"
#include "report/reportcauses.h"
#include "report/reportfigures.h"
#include "report/reporttables.h"
#include "report/reporttext.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

namespace Whyboard {

namespace {

// Whether text[at], an "&", starts a character reference a Markdown renderer would decode:
// "&name;", "&#123;" or "&#x1F;".
bool startsEntity(const QString &text, qsizetype at)
{
    qsizetype i = at + 1;
    const qsizetype end = std::min(text.size(), at + 34); // the longest entity name is 31 letters
    const bool numeric = i < end && text.at(i) == QLatin1Char('#');
    if (numeric)
        ++i;
    const bool hex = numeric && i < end && (text.at(i) == QLatin1Char('x') || text.at(i) == QLatin1Char('X'));
    if (hex)
        ++i;
    const qsizetype first = i;
    while (i < end && text.at(i).unicode() < 0x80 && text.at(i).isLetterOrNumber())
        ++i;
    return i > first && i < end && text.at(i) == QLatin1Char(';');
}

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

// A value the room has not chosen yet is an empty cell.
template<typename Enum>
QString unlessNone(Enum value, QString (*name)(Enum))
{
    return value == Enum::None ? QString() : name(value);
}

// A table cell of free text: bounded, pipes escaped, line breaks as <br>.
QString cell(const QString &text)
{
    return MarkdownExporter::field(text, MarkdownExporter::cellCharacters).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString tableHead(const QStringList &headers)
{
    QStringList rule;
    for (int i = 0; i < headers.size(); ++i)
        rule << QStringLiteral("---");
    return row(headers) + row(rule);
}

QString cardLine(const Card &card)
{
    QString line = MarkdownExporter::field(card.text);
    QStringList notes;
    notes << (card.isVerified() ? MarkdownExporter::tr("verified") : MarkdownExporter::tr("not verified"));
    if (!TextExcerpt::isBlank(card.evidence))
        notes << MarkdownExporter::tr("evidence: %1").arg(MarkdownExporter::field(card.evidence));
    if (card.noActionAccepted)
        notes << MarkdownExporter::field(ReportCauses::noActionText(card));
    if (card.kind == CardKind::Why)
        line += QStringLiteral(" _(") + notes.join(QStringLiteral("; ")) + QStringLiteral(")_");
    return line;
}

// Line breaks inside a list item continue on an indented line.
QString indentedBreaks(const QString &text, int indent)
{
    QString result = text;
    return result.replace(QLatin1Char('\n'), QStringLiteral("  \n") + QString(indent, QLatin1Char(' ')));
}

// A list nested deeper than this reads no better, and its indentation would grow with the
// square of a long chain; deeper causes stay at this depth (their "Why 12" says how deep).
constexpr int deepestListLevel = 8;

struct ChainWriter
{
    const Session &session;
    QHash<QString, ChainDepth> depths; // the why-numbers, as the board shows them
    QHash<QString, QStringList> causes;
    QSet<QString> written;
    QString out;

    // Depth first, without recursion: a chain of ten thousand causes is ten thousand levels.
    void write(const QString &problemId)
    {
        QList<std::pair<QString, int>> pending{{problemId, 0}};
        while (!pending.isEmpty()) {
            const auto [cardId, depth] = pending.takeLast();
            const Card *card = session.card(cardId);
            if (!card)
                continue;
            const QString indent(std::min(depth, deepestListLevel) * 2, QLatin1Char(' '));
            const ChainDepth step = depths.value(cardId);
            const QString label = Labels::chainStep(card->kind, step.shortest, step.longest);
            if (written.contains(cardId)) {
                // A cause of two effects is spelled out once; here it is only named.
                out += indent + QStringLiteral("- **%1:** %2 _(%3)_\n")
                                    .arg(label, indentedBreaks(MarkdownExporter::field(card->text, MarkdownExporter::cellCharacters), indent.size() + 2),
                                         MarkdownExporter::tr("see above"));
                continue;
            }
            written.insert(cardId);
            out += indent + QStringLiteral("- **%1:** %2\n").arg(label, indentedBreaks(cardLine(*card), indent.size() + 2));
            const QStringList &next = causes[cardId];
            for (qsizetype i = next.size() - 1; i >= 0; --i)
                pending.append({next.at(i), depth + 1});
        }
    }
};

} // namespace

QString MarkdownExporter::escape(const QString &text)
{
    // Directional controls in the text reorder only the text itself (SafeText::isolated).
    const QString source = SafeText::isolated(text);
    QString result;
    result.reserve(source.size() + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == QLatin1Char('\r'))
            continue;
        static const QString special = QStringLiteral("\\`*_[]>|~");
        static const QString lineStarts = QStringLiteral("#-+=");
        if (c == QLatin1Char('<')) {
            // "<" opens raw HTML and autolinks; an entity is literal text in every renderer.
            result += QLatin1String("&lt;");
        } else if (c == QLatin1Char('&') && startsEntity(source, i)) {
            // "&amp;" or "&#x41;" as typed, not the character they name.
            result += QLatin1String("&amp;");
        } else {
            if (special.contains(c) || (lineStart && lineStarts.contains(c)))
                result += QLatin1Char('\\');
            result += c;
        }
        // "1. " at the start of a line would become a numbered list.
        if (lineStart && c.isDigit()) {
            qsizetype j = i + 1;
            while (j < source.size() && source.at(j).isDigit())
                ++j;
            if (j < source.size() && (source.at(j) == QLatin1Char('.') || source.at(j) == QLatin1Char(')'))) {
                result += source.mid(i + 1, j - i - 1) + QLatin1Char('\\') + source.at(j);
                i = j;
            }
        }
        // The isolate a line may start with is invisible: what follows it still starts the line.
        lineStart = c == QLatin1Char('\n') || (lineStart && (c.isSpace() || c.unicode() == SafeText::firstStrongIsolate));
    }
    return result;
}

QString MarkdownExporter::linkCell(const QString &url)
{
    const QString trimmed = url.trimmed();
    const bool plain = std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
        // No space, control, format character (the directional controls) or unpaired surrogate.
        return !c.isSpace() && c.category() != QChar::Other_Control && c.category() != QChar::Other_Format
               && c.category() != QChar::Other_Surrogate && c != QLatin1Char('<') && c != QLatin1Char('>');
    });
    if (plain && !trimmed.isEmpty() && trimmed.size() <= cellCharacters) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        const bool allowed = scheme == QLatin1String("http") || scheme == QLatin1String("https")
                             || scheme == QLatin1String("mailto");
        if (parsed.isValid() && allowed && (scheme == QLatin1String("mailto") || !parsed.host().isEmpty())) {
            // As typed, but "|" would end the table cell.
            QString shown = trimmed;
            return QStringLiteral("<%1>").arg(shown.replace(QLatin1Char('|'), QLatin1String("%7C")));
        }
    }
    // Any other address (javascript:, data:, a file, a typo) is shown, never linked.
    return cell(url);
}

QString MarkdownExporter::escapeCell(const QString &text)
{
    QString result = escape(text);
    result.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return result;
}

QString MarkdownExporter::field(const QString &text, int maxChars)
{
    qsizetype leftOut = 0;
    const QString kept = TextExcerpt::head(text, maxChars, &leftOut);
    if (leftOut == 0)
        return escape(kept);
    return escape(kept) + QStringLiteral("… _(%1)_").arg(tr("%1 more characters left out").arg(LocaleFormat::number(leftOut)));
}

QString MarkdownExporter::name(const QString &text, int maxChars)
{
    return escape(TextExcerpt::oneLine(text, maxChars));
}

QString MarkdownExporter::markdown(const Session &session, const std::optional<QList<CheckFinding>> &findings)
{
    QString out;
    QTextStream stream(&out);
    const QString title = session.title.isEmpty() ? tr("Untitled incident") : session.title;
    stream << "# " << name(title) << "\n\n";

    QStringList facts;
    facts << QStringLiteral("**%1:** %2").arg(tr("Severity"), escape(Labels::severityTag(session.severity)));
    facts << QStringLiteral("**%1:** %2").arg(tr("Status"), Labels::sessionStatus(session.status));
    if (session.startedAt.isValid())
        facts << QStringLiteral("**%1:** %2").arg(tr("Date"), LocaleFormat::longDate(session.startedAt.date()));
    if (!session.facilitator.isEmpty())
        facts << QStringLiteral("**%1:** %2").arg(tr("Facilitator"), name(session.facilitator));
    stream << facts.join(QStringLiteral("  \n")) << "\n\n";
    stream << "_" << escape(Labels::severityDescription(session.severity)) << "_\n\n";

    stream << "## " << tr("Figures") << "\n\n" << tableHead({tr("Figure"), tr("Value")});
    const QList<ReportFigures::Figure> figures = ReportFigures(session).figures();
    const QDateTime times[] = {session.startedAt, session.detectedAt, session.resolvedAt};
    for (int i = 0; i < figures.size(); ++i) {
        const ReportFigures::Figure &figure = figures.at(i);
        // Times in full here: a wiki table has room for the date and the offset.
        QString value = i < 3 && times[i].isValid() ? ReportText::dateTime(times[i]) : figure.value;
        if (i >= 3 && !figure.detail.isEmpty())
            value += QStringLiteral(" (%1)").arg(figure.detail);
        stream << row({figure.label, escapeCell(value)});
    }
    stream << "\n";

    stream << "## " << tr("Summary") << "\n\n"
           << (TextExcerpt::isBlank(session.summary) ? QStringLiteral("_%1_").arg(tr("No summary written yet."))
                                                   : field(session.summary).replace(QLatin1Char('\n'), QStringLiteral("  \n")))
           << "\n\n";

    stream << "## " << tr("Impact") << "\n\n";
    if (!TextExcerpt::isBlank(session.impact.description))
        stream << field(session.impact.description).replace(QLatin1Char('\n'), QStringLiteral("  \n")) << "\n\n";
    if (session.impact.usersAffected)
        stream << "- " << tr("Users affected: %1").arg(LocaleFormat::number(*session.impact.usersAffected)) << "\n";
    if (session.impact.costPerMinute)
        stream << "- " << tr("Cost per minute: %1").arg(escape(ReportText::money(session.impact.costPerMinute, session.impact.currency)))
               << "\n";
    stream << "\n";

    if (!session.participants.isEmpty()) {
        stream << "## " << tr("People") << "\n\n" << tableHead({tr("Name"), tr("Part in the incident")});
        for (const Participant &participant : session.participants)
            stream << row({name(participant.name), Labels::participantRoles(participant.roles)});
        stream << "\n";
    }

    stream << "## " << tr("Why chain") << "\n\n";
    bool chartTooLarge = false;
    const QString chart = MermaidChart::flowchart(session, &chartTooLarge);
    if (!chart.isEmpty())
        stream << "```mermaid\n" << chart << "```\n\n";
    else if (chartTooLarge)
        stream << "_" << tr("The chain has %1 cards and %2 links, more than a wiki draws as a diagram; the list below and the read-back hold all of it.")
                             .arg(LocaleFormat::number(session.cards.size()), LocaleFormat::number(session.links.size()))
               << "_\n\n";
    ChainWriter chain{session, ChainPaths::depthRanges(session), {}, {}, {}};
    for (const CausalLink &link : session.links)
        chain.causes[link.effectId].append(link.causeId);
    if (const Card *problem = session.problemCard())
        chain.write(problem->id);
    QStringList loose;
    for (const Card &card : session.cards) {
        if (!chain.written.contains(card.id))
            loose << QStringLiteral("- ") + indentedBreaks(cardLine(card), 2);
    }
    stream << (chain.out.isEmpty() && loose.isEmpty() ? QStringLiteral("_%1_\n").arg(tr("The board has no cards yet.")) : chain.out)
           << "\n";
    if (!loose.isEmpty())
        stream << "### " << tr("Not yet connected to the problem") << "\n\n" << loose.join(QLatin1Char('\n')) << "\n\n";

    stream << "## " << tr("Read-back") << "\n\n";
    stream << MarkdownReadBack::section(session);

    stream << "## " << tr("Timeline") << "\n\n";
    const QList<TimelineEvent> events = ReportTables::sortedTimeline(session);
    if (events.isEmpty()) {
        stream << "_" << tr("No timeline recorded.") << "_\n\n";
    } else {
        stream << tableHead({tr("Time"), tr("Kind"), tr("What happened")});
        for (const TimelineEvent &event : events)
            stream << row({ReportText::dateTime(event.at), Labels::eventKind(event.kind), cell(event.text)});
        stream << "\n";
    }

    stream << "## " << tr("Action items") << "\n\n";
    if (session.actions.isEmpty()) {
        stream << "_" << tr("No action items yet.") << "_\n\n";
    } else {
        stream << tableHead({tr("Action"), tr("Owner"), tr("Due"), tr("Category"), tr("Horizon"), tr("Status"), tr("Tracker")});
        for (const ActionItem &action : session.actions) {
            const QString link = action.link.isEmpty() ? QString() : linkCell(action.link);
            stream << row({cell(action.text), name(action.owner),
                           LocaleFormat::date(action.due),
                           unlessNone(action.category, &Labels::actionCategory),
                           unlessNone(action.horizon, &Labels::actionHorizon), Labels::actionStatus(action.status), link});
        }
        stream << "\n";
    }

    if (!session.parkingLot.isEmpty()) {
        stream << "## " << tr("Parking lot") << "\n\n"
               << "_" << tr("Ideas raised during the meeting, not yet action items.") << "_\n\n";
        for (const ParkedIdea &idea : session.parkingLot)
            stream << "- " << indentedBreaks(field(idea.text, cellCharacters), 2) << "\n";
        stream << "\n";
    }

    if (findings) {
        stream << "## " << tr("Chain checks") << "\n\n";
        stream << MarkdownChecks::section(session, *findings);
    }

    stream << "---\n\n_" << tr("Exported from Whyboard on %1.").arg(LocaleFormat::longDate(QDate::currentDate())) << "_\n";
    stream.flush();
    return out;
}

QString MarkdownExporter::write(const Session &session, const QString &path,
                                const std::optional<QList<CheckFinding>> &findings)
{
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    file.write(markdown(session, findings).toUtf8());
    if (!file.commit())
        return tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    return {};
}

} // namespace Whyboard
