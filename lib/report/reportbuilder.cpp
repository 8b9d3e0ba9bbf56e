#include "report/reportbuilder.h"

#include "analysis/chainpaths.h"
#include "data/labels.h"
#include "data/localeformat.h"
#include "report/diagramtextobject.h"
#include "report/reportcauses.h"
#include "report/diagramtiling.h"
#include "report/reportfigures.h"
#include "report/reportflow.h"
#include "report/reportstyle.h"
#include "report/reporttables.h"
#include "report/reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace Whyboard {

namespace {

// Read-backs of a dense board can run into thousands of routes; past this many the report
// stops listing them and says so.
constexpr int maximumReadBackPaths = 200;

QTextTableCellFormat paddedCell(qreal horizontal, qreal vertical, const QColor &background)
{
    QTextTableCellFormat format;
    format.setLeftPadding(ReportStyle::px(horizontal));
    format.setRightPadding(ReportStyle::px(horizontal));
    format.setTopPadding(ReportStyle::px(vertical));
    format.setBottomPadding(ReportStyle::px(vertical));
    if (background.isValid())
        format.setBackground(background);
    return format;
}

QTextTableFormat plainTable()
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    return format;
}

} // namespace

ReportBuilder::ReportBuilder(const Session &session, const ReportOptions &options, const QSizeF &bodySize)
    : m_session(session)
    , m_options(options)
    , m_bodySize(bodySize)
{
}

void ReportBuilder::setDiagram(QGraphicsScene *scene, const QRectF &contentRect, const QList<QRectF> &cardRects)
{
    m_scene = scene;
    m_contentRect = contentRect;
    m_cardRects = cardRects;
}

std::unique_ptr<QTextDocument> ReportBuilder::build(QPaintDevice *layoutDevice) const
{
    auto document = std::make_unique<QTextDocument>();
    if (layoutDevice)
        document->documentLayout()->setPaintDevice(layoutDevice);
    document->setDocumentMargin(0);
    document->setPageSize(m_bodySize);
    document->setDefaultFont(ReportStyle::font(10));
    QTextOption option = document->defaultTextOption();
    // Design metrics keep line breaks the same on every device; long unbroken words still wrap.
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setMetaInformation(QTextDocument::DocumentTitle, m_session.title);

    QTextCursor cursor(document.get());
    // One edit block: the layout runs once at the end instead of after every cell.
    cursor.beginEditBlock();
    QList<QPair<int, qreal>> headings;
    writeCover(cursor);
    writeFigures(cursor);
    writeSummaryAndImpact(cursor, headings);
    writePeople(cursor, headings);
    writeDiagram(cursor, document.get(), headings);
    writeReadBack(cursor, headings);
    headings.append({ReportCauses(m_session).write(cursor), ReportStyle::px(80)});
    ReportTables tables(m_session);
    headings.append({tables.writeTimeline(cursor), ReportStyle::px(80)});
    headings.append({tables.writeActions(cursor), ReportStyle::px(80)});
    if (!m_session.parkingLot.isEmpty())
        headings.append({tables.writeParkingLot(cursor), ReportStyle::px(80)});
    if (m_options.findings)
        headings.append({tables.writeFindings(cursor, *m_options.findings), ReportStyle::px(80)});
    cursor.endEditBlock();
    ReportFlow::keepHeadingsWithNext(document.get(), headings);
    return document;
}

void ReportBuilder::writeCover(QTextCursor &cursor) const
{
    QTextCharFormat eyebrow = ReportStyle::label();
    eyebrow.setForeground(ReportStyle::accent());
    ReportFlow::paragraph(cursor, tr("Postmortem"), eyebrow, 2);

    const QString title = m_session.title.isEmpty() ? tr("Untitled incident") : m_session.title;
    ReportFlow::paragraph(cursor, title, ReportStyle::text(24, QFont::Bold), 8);

    // Severity and status as chips: a one-row table whose cells carry the colour.
    QTextTableFormat chips = plainTable();
    chips.setAlignment(Qt::AlignLeft);
    chips.setBottomMargin(ReportStyle::px(6));
    QTextTable *row = cursor.insertTable(1, 3, chips);
    const QColor severityColor = ReportStyle::severityColor(m_session.severity);
    QTextTableCell severity = row->cellAt(0, 0);
    severity.setFormat(paddedCell(7, 3, severityColor));
    severity.firstCursorPosition().insertText(Labels::severityTag(m_session.severity),
                                              ReportStyle::text(9, QFont::Bold, Qt::white));
    QTextTableCell gap = row->cellAt(0, 1);
    gap.setFormat(paddedCell(3, 3, QColor()));
    QTextTableCell status = row->cellAt(0, 2);
    status.setFormat(paddedCell(7, 3, ReportStyle::accentTint()));
    status.firstCursorPosition().insertText(Labels::sessionStatus(m_session.status),
                                            ReportStyle::text(9, QFont::DemiBold, ReportStyle::accent()));
    cursor = row->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);

    QTextCharFormat description = ReportStyle::text(9, QFont::Normal, ReportStyle::muted());
    description.setFontItalic(true);
    ReportFlow::paragraph(cursor, Labels::severityDescription(m_session.severity), description, 4);

    QStringList meta;
    if (m_session.startedAt.isValid())
        meta << LocaleFormat::longDate(m_session.startedAt.date());
    if (!m_session.facilitator.isEmpty())
        meta << tr("Facilitated by %1").arg(m_session.facilitator);
    if (!meta.isEmpty())
        ReportFlow::paragraph(cursor, meta.join(QStringLiteral("  ·  ")),
                              ReportStyle::text(10, QFont::Normal, ReportStyle::muted()), 10);
}

void ReportBuilder::writeFigures(QTextCursor &cursor) const
{
    const ReportFigures figures(m_session);
    const QList<ReportFigures::Figure> items = figures.figures();

    QTextTableFormat format = plainTable();
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBackground(ReportStyle::accentTint());
    format.setTopMargin(ReportStyle::px(4));
    format.setBottomMargin(ReportStyle::px(6));
    // Times are short; the durations and the cost get a little more room.
    QList<qreal> weights{1, 1, 1, 1.1, 1.1, 1.05, 1.35};
    while (weights.size() < items.size())
        weights.append(1);
    qreal total = 0;
    for (int i = 0; i < items.size(); ++i)
        total += weights.at(i);
    QList<QTextLength> widths;
    for (int i = 0; i < items.size(); ++i)
        widths.append(QTextLength(QTextLength::PercentageLength, 100.0 * weights.at(i) / total));
    format.setColumnWidthConstraints(widths);
    QTextTable *table = cursor.insertTable(2, int(items.size()), format);

    const QTextCharFormat value = ReportStyle::text(13, QFont::DemiBold);
    const QTextCharFormat detail = ReportStyle::text(7.5, QFont::Normal, ReportStyle::muted());
    for (int column = 0; column < items.size(); ++column) {
        const ReportFigures::Figure &figure = items.at(column);
        QTextTableCell label = table->cellAt(0, column);
        QTextTableCellFormat labelFormat = paddedCell(6, 0, QColor());
        labelFormat.setTopPadding(ReportStyle::px(8));
        label.setFormat(labelFormat);
        label.firstCursorPosition().insertText(figure.label, ReportStyle::label());

        QTextTableCell cell = table->cellAt(1, column);
        QTextTableCellFormat valueFormat = paddedCell(6, 0, QColor());
        valueFormat.setTopPadding(ReportStyle::px(2));
        valueFormat.setBottomPadding(ReportStyle::px(8));
        cell.setFormat(valueFormat);
        QTextCursor cellCursor = cell.firstCursorPosition();
        cellCursor.insertText(figure.value, value);
        if (!figure.detail.isEmpty()) {
            cellCursor.insertText(QString(QChar::LineSeparator), detail);
            cellCursor.insertText(figure.detail, detail);
        }
    }
    cursor = table->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
}

void ReportBuilder::writePeople(QTextCursor &cursor, QList<QPair<int, qreal>> &headings) const
{
    if (m_session.participants.isEmpty() && m_session.facilitator.isEmpty())
        return;
    headings.append({ReportFlow::heading(cursor, tr("People")), ReportStyle::px(60)});
    QList<QPair<QString, QString>> rows;
    if (!m_session.facilitator.isEmpty())
        rows.append({m_session.facilitator, tr("Facilitator")});
    for (const Participant &participant : m_session.participants)
        rows.append({participant.name, Labels::participantRoles(participant.roles)});
    QTextTable *table = ReportFlow::table(cursor, int(rows.size()), {2, 3}, {tr("Name"), tr("Part in the incident")});
    const QTextCharFormat name = ReportStyle::text(10, QFont::DemiBold);
    const QTextCharFormat roles = ReportStyle::text(10, QFont::Normal, ReportStyle::muted());
    for (int i = 0; i < rows.size(); ++i) {
        ReportFlow::setCell(table, i + 1, 0, rows.at(i).first, name);
        ReportFlow::setCell(table, i + 1, 1, rows.at(i).second, roles);
    }
}

void ReportBuilder::writeSummaryAndImpact(QTextCursor &cursor, QList<QPair<int, qreal>> &headings) const
{
    const QTextCharFormat body = ReportStyle::text(10.5);
    headings.append({ReportFlow::heading(cursor, tr("Summary")), ReportStyle::px(60)});
    if (m_session.summary.trimmed().isEmpty())
        ReportFlow::note(cursor, tr("No summary written yet."));
    else
        ReportFlow::paragraph(cursor, m_session.summary, body);

    const Impact &impact = m_session.impact;
    headings.append({ReportFlow::heading(cursor, tr("Impact")), ReportStyle::px(60)});
    if (impact.description.trimmed().isEmpty())
        ReportFlow::note(cursor, tr("No impact described yet."));
    else
        ReportFlow::paragraph(cursor, impact.description, body);
    QStringList facts;
    if (impact.usersAffected)
        facts << tr("Users affected: %1").arg(QLocale().toString(*impact.usersAffected));
    if (impact.costPerMinute)
        facts << tr("Cost per minute: %1").arg(ReportText::money(impact.costPerMinute, impact.currency));
    if (!facts.isEmpty())
        ReportFlow::paragraph(cursor, facts.join(QStringLiteral("  ·  ")),
                              ReportStyle::text(9.5, QFont::Normal, ReportStyle::muted()));
}

void ReportBuilder::writeDiagram(QTextCursor &cursor, QTextDocument *document,
                                 QList<QPair<int, qreal>> &headings) const
{
    const int heading = ReportFlow::heading(cursor, tr("Why chain"));
    if (!m_scene || m_contentRect.isEmpty()) {
        headings.append({heading, ReportStyle::px(60)});
        ReportFlow::note(cursor, tr("The board has no cards yet."));
        return;
    }
    document->documentLayout()->registerHandler(DiagramTextObject::objectType,
                                                new DiagramTextObject(m_scene, document));
    // Room for one part: the page minus the heading, the note and a part caption above it.
    const QSizeF space(m_bodySize.width(), m_bodySize.height() - ReportStyle::px(100));
    const QList<DiagramTiling::Tile> tiles =
        DiagramTiling::tiles(m_contentRect, m_cardRects, space, m_options.minimumDiagramScale);
    const qreal fit = std::min(space.width() / m_contentRect.width(), space.height() / m_contentRect.height());
    const QSizeF overview = m_contentRect.size() * fit;
    headings.append({heading, tiles.isEmpty()    ? ReportStyle::px(60)
                              : tiles.size() > 1 ? overview.height()
                                                 : tiles.first().size.height()});

    ReportFlow::paragraph(cursor,
                          tiles.size() > 1
                              ? tr("Each arrow points from a cause to what it explains. The board is large, so it "
                                   "follows in %n parts, row by row.", nullptr, int(tiles.size()))
                              : tr("Each arrow points from a cause to what it explains."),
                          ReportStyle::text(9, QFont::Normal, ReportStyle::muted()), 6);
    if (tiles.size() > 1) {
        // The whole board first, small, so the reader sees its shape before the parts.
        ReportFlow::paragraph(cursor, tr("Overview"), ReportStyle::label(), 4);
        QTextBlockFormat center;
        center.setAlignment(Qt::AlignHCenter);
        center.setLayoutDirection(ReportFlow::direction());
        cursor.insertBlock(center);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                          DiagramTextObject::format(m_contentRect, overview));
    }
    int rows = 0;
    int columns = 0;
    for (const DiagramTiling::Tile &tile : tiles) {
        rows = std::max(rows, tile.row + 1);
        columns = std::max(columns, tile.column + 1);
    }
    for (int i = 0; i < tiles.size(); ++i) {
        const DiagramTiling::Tile &tile = tiles.at(i);
        if (tiles.size() > 1) {
            QTextCharFormat caption = ReportStyle::label();
            ReportFlow::paragraph(cursor,
                                  tr("Part %1 of %2 · row %3 of %4, column %5 of %6")
                                      .arg(i + 1).arg(tiles.size()).arg(tile.row + 1).arg(rows)
                                      .arg(tile.column + 1).arg(columns),
                                  caption, 4);
            // The caption goes to the next page with its part when the part does not fit.
            headings.append({cursor.block().blockNumber(), tile.size.height() + ReportStyle::px(12)});
        }
        QTextBlockFormat center;
        center.setAlignment(Qt::AlignHCenter);
        center.setLayoutDirection(ReportFlow::direction());
        center.setBottomMargin(ReportStyle::px(8));
        cursor.insertBlock(center);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                          DiagramTextObject::format(tile.source, tile.size));
    }
}

void ReportBuilder::writeReadBack(QTextCursor &cursor, QList<QPair<int, qreal>> &headings) const
{
    headings.append({ReportFlow::heading(cursor, tr("Read-back")), ReportStyle::px(90)});
    const QList<QStringList> paths = ChainPaths::readBackPaths(m_session, maximumReadBackPaths + 1);
    if (paths.isEmpty()) {
        ReportFlow::note(cursor, tr("No chain reaches the problem yet."));
        return;
    }
    ReportFlow::paragraph(cursor, tr("Each chain read from its root cause up to the problem."),
                          ReportStyle::text(9, QFont::Normal, ReportStyle::muted()), 4);

    const QTextCharFormat number = ReportStyle::text(10, QFont::Bold, ReportStyle::accent());
    const QTextCharFormat root = ReportStyle::text(10.5, QFont::DemiBold);
    const QTextCharFormat step = ReportStyle::text(10.5);
    QTextCharFormat therefore = ReportStyle::text(9.5, QFont::Normal, ReportStyle::muted());
    therefore.setFontItalic(true);
    QTextCharFormat doesNotHold = ReportStyle::text(9.5, QFont::DemiBold, ReportStyle::warning());

    const int shown = std::min(int(paths.size()), maximumReadBackPaths);
    for (int p = 0; p < shown; ++p) {
        const QStringList &path = paths.at(p);
        for (int i = 0; i < path.size(); ++i) {
            const Card *card = m_session.card(path.at(i));
            const QString text = card ? card->text : QString();
            QTextBlockFormat block;
            block.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
            block.setLeftMargin(ReportStyle::px(i == 0 ? 0 : 22));
            block.setTopMargin(ReportStyle::px(i == 0 ? 10 : 2));
            block.setLayoutDirection(ReportFlow::direction());
            cursor.insertBlock(block, step);
            QString body = text;
            body.replace(QLatin1Char('\n'), QChar::LineSeparator);
            if (i == 0) {
                cursor.insertText(QStringLiteral("%1   ").arg(p + 1), number);
                cursor.insertText(body, root);
                continue;
            }
            const int link = m_session.indexOfLink(path.at(i - 1), path.at(i));
            const bool broken = link >= 0 && m_session.links.at(link).verdict == ReadBackVerdict::DoesNotHold;
            cursor.insertText(tr("therefore") + QLatin1Char(' '), therefore);
            if (broken)
                cursor.insertText(tr("(the room found this step does not hold)") + QLatin1Char(' '), doesNotHold);
            cursor.insertText(body, i + 1 == path.size() ? root : step);
        }
    }
    if (paths.size() > maximumReadBackPaths)
        ReportFlow::note(cursor, tr("The board has more chains than a reader can follow; the first %1 are shown.")
                                     .arg(maximumReadBackPaths));
}

} // namespace Whyboard
