// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcover.h"

#include "data/labels.h"
#include "data/localeformat.h"
#include "report/picturebox.h"
#include "report/reportfigures.h"
#include "report/reportflow.h"
#include "report/reportstyle.h"
#include "report/reporttext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace Whyboard {

namespace {

// Severity and status as coloured chips, side by side on the leading edge.
void writeChips(ReportFlow &flow, const Session &session)
{
    struct Chip
    {
        QString text;
        QFont font;
        QColor fill;
        QColor ink;
    };
    const QList<Chip> chips{
        {Labels::severityTag(session.severity), ReportStyle::pixelFont(9, QFont::Bold),
         ReportStyle::severityColor(session.severity), Qt::white},
        {Labels::sessionStatus(session.status), ReportStyle::pixelFont(9, QFont::DemiBold), ReportStyle::accentTint(),
         ReportStyle::accent()},
    };
    const qreal padX = ReportStyle::px(7);
    const qreal padY = ReportStyle::px(3);
    const qreal gap = ReportStyle::px(4);
    QList<qreal> widths;
    qreal height = 0;
    qreal total = 0;
    for (const Chip &chip : chips) {
        const QFontMetricsF metrics(chip.font, flow.device());
        widths.append(metrics.horizontalAdvance(chip.text) + 2 * padX);
        total += widths.last() + gap;
        height = std::max(height, metrics.height() + 2 * padY);
    }
    const bool rightToLeft = ReportFlow::direction() == Qt::RightToLeft;
    FlowBox &box = flow.picture(
        QSizeF(total, height),
        [chips, widths, padX, gap, rightToLeft](QPainter &painter, const QRectF &area) {
            qreal x = rightToLeft ? area.right() : area.left();
            for (int i = 0; i < chips.size(); ++i) {
                const qreal width = widths.at(i);
                const QRectF rect(rightToLeft ? x - width : x, area.top(), width, area.height());
                painter.setPen(Qt::NoPen);
                painter.setBrush(chips.at(i).fill);
                painter.drawRoundedRect(rect, ReportStyle::px(2), ReportStyle::px(2));
                painter.setPen(chips.at(i).ink);
                painter.setFont(chips.at(i).font);
                painter.drawText(rect.adjusted(padX, 0, -padX, 0), Qt::AlignCenter, chips.at(i).text);
                x += rightToLeft ? -(width + gap) : width + gap;
            }
        },
        rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    box.marginBottom = ReportStyle::px(6);
}

} // namespace

ReportCover::ReportCover(const Session &session)
    : m_session(session)
{
}

void ReportCover::writeTitle(ReportFlow &flow) const
{
    QTextCharFormat eyebrow = ReportStyle::label();
    eyebrow.setForeground(ReportStyle::accent());
    flow.paragraph(tr("Postmortem"), eyebrow, 2).keepWithNext = true;
    const QString title = m_session.title.isEmpty() ? tr("Untitled incident") : m_session.title;
    flow.paragraph(title, ReportStyle::text(24, QFont::Bold), 8).keepWithNext = true;
    writeChips(flow, m_session);

    QTextCharFormat description = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    description.setFontItalic(true);
    flow.paragraph(Labels::severityDescription(m_session.severity), description, 4);

    QStringList meta;
    if (m_session.startedAt.isValid())
        meta << LocaleFormat::longDate(m_session.startedAt.date());
    if (!m_session.facilitator.isEmpty())
        meta << tr("Facilitated by %1").arg(m_session.facilitator);
    if (!meta.isEmpty())
        flow.paragraph(meta.join(QStringLiteral("  ·  ")), ReportStyle::text(10, QFont::Normal, ReportStyle::muted()), 10);
}

void ReportCover::writeFigures(ReportFlow &flow) const
{
    const QList<ReportFigures::Figure> items = ReportFigures(m_session).figures();
    const QTextCharFormat value = ReportStyle::text(13, QFont::DemiBold);
    const QTextCharFormat detail = ReportStyle::text(7.5, QFont::Normal, ReportStyle::muted());
    QList<ReportFlow::Cell> labels;
    QList<ReportFlow::Cell> values;
    qreal needed = 0;
    const qreal padding = ReportStyle::px(6);
    for (const ReportFigures::Figure &figure : items) {
        labels.append(ReportFlow::cell(figure.label, ReportStyle::label()));
        ReportFlow::Cell cell{{figure.value, value, {}}};
        if (!figure.detail.isEmpty())
            cell << TextRun{QString(QChar::LineSeparator) + figure.detail, detail, {}};
        values.append(cell);
        // A label may wrap between its words; a figure never wraps.
        const qreal label = TextLines(labels.last(), ReportStyle::font(10), flow.device()).minimumWidth();
        const qreal figureWidth = TextLines(cell, ReportStyle::font(10), flow.device(), TextLines::Wrap::Never).minimumWidth();
        needed += std::max(label, figureWidth) + 2 * padding;
    }
    // Every figure stays whole: when seven do not fit side by side (long amounts, German
    // words), they go in two rows rather than break "17 h 53 min" or an amount.
    const int perRow = needed <= flow.width() ? int(items.size()) : int(items.size() + 1) / 2;
    const TableRowBox::Style style{padding, ReportStyle::px(4), ReportStyle::accentTint(), 0, QColor()};
    for (int first = 0; first < items.size(); first += perRow) {
        QList<FlowTable::Column> columns;
        for (int i = 0; i < perRow; ++i)
            columns.append({1, true, false}); // figures are one word each: their spaces do not break
        flow.plainTable(columns, style);
        FlowBox &top = flow.row(labels.mid(first, perRow));
        top.keepWithNext = true;
        top.marginTop = ReportStyle::px(first == 0 ? 4 : 0);
        FlowBox &bottom = flow.row(values.mid(first, perRow), TextLines::Wrap::Never);
        bottom.keepWithNext = first + perRow < items.size();
        bottom.marginBottom = ReportStyle::px(first + perRow < items.size() ? 0 : 6);
    }
}

void ReportCover::writeSummaryAndImpact(ReportFlow &flow) const
{
    const QTextCharFormat body = ReportStyle::text(10.5);
    flow.heading(tr("Summary"));
    if (m_session.summary.trimmed().isEmpty())
        flow.note(tr("No summary written yet."));
    else
        flow.paragraph(m_session.summary, body);

    const Impact &impact = m_session.impact;
    flow.heading(tr("Impact"));
    if (impact.description.trimmed().isEmpty())
        flow.note(tr("No impact described yet."));
    else
        flow.paragraph(impact.description, body);
    QStringList facts;
    if (impact.usersAffected)
        facts << tr("Users affected: %1").arg(LocaleFormat::number(*impact.usersAffected));
    if (impact.costPerMinute)
        facts << tr("Cost per minute: %1").arg(ReportText::money(impact.costPerMinute, impact.currency));
    if (!facts.isEmpty())
        flow.paragraph(facts.join(QStringLiteral("  ·  ")), ReportStyle::text(9.5, QFont::Normal, ReportStyle::muted()));
}

void ReportCover::writePeople(ReportFlow &flow) const
{
    if (m_session.participants.isEmpty() && m_session.facilitator.isEmpty())
        return;
    flow.heading(tr("People"));
    flow.table({{2, true, false}, {3, false, false}}, {tr("Name"), tr("Part in the incident")});
    const QTextCharFormat name = ReportStyle::text(10, QFont::DemiBold);
    const QTextCharFormat roles = ReportStyle::text(10, QFont::Normal, ReportStyle::muted());
    if (!m_session.facilitator.isEmpty())
        flow.row({ReportFlow::cell(m_session.facilitator, name), ReportFlow::cell(tr("Facilitator"), roles)});
    for (const Participant &participant : m_session.participants)
        flow.row({ReportFlow::cell(participant.name, name),
                  ReportFlow::cell(Labels::participantRoles(participant.roles), roles)});
}

} // namespace Whyboard
