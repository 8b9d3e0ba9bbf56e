#include "report/reportflow.h"

#include "report/reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>

namespace Whyboard {

namespace {

QTextBlockFormat blockFormat(qreal topPoints, qreal bottomPoints)
{
    QTextBlockFormat format;
    format.setTopMargin(ReportStyle::px(topPoints));
    format.setBottomMargin(ReportStyle::px(bottomPoints));
    format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    format.setLayoutDirection(ReportFlow::direction());
    return format;
}

// A new block unless the cursor stands in the document's empty first block.
void startBlock(QTextCursor &cursor, const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    if (cursor.block().length() <= 1 && cursor.block().blockNumber() == 0 && cursor.atBlockStart()
        && !cursor.currentTable()) {
        cursor.setBlockFormat(format);
        cursor.setBlockCharFormat(charFormat);
        cursor.setCharFormat(charFormat);
    } else {
        cursor.insertBlock(format, charFormat);
    }
}

} // namespace

Qt::LayoutDirection ReportFlow::direction()
{
    return QGuiApplication::layoutDirection();
}

int ReportFlow::heading(QTextCursor &cursor, const QString &text)
{
    const QTextCharFormat format = ReportStyle::text(15, QFont::DemiBold, ReportStyle::accent());
    startBlock(cursor, blockFormat(20, 8), format);
    cursor.insertText(text, format);
    return cursor.block().blockNumber();
}

int ReportFlow::subheading(QTextCursor &cursor, const QString &text)
{
    const QTextCharFormat format = ReportStyle::text(11, QFont::DemiBold);
    startBlock(cursor, blockFormat(12, 4), format);
    cursor.insertText(text, format);
    return cursor.block().blockNumber();
}

void ReportFlow::paragraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format,
                           qreal spaceAfterPoints)
{
    startBlock(cursor, blockFormat(0, spaceAfterPoints), format);
    // Line breaks the user typed stay line breaks, not new paragraphs with spacing.
    QString body = text;
    body.replace(QLatin1Char('\n'), QChar::LineSeparator);
    cursor.insertText(body, format);
}

void ReportFlow::note(QTextCursor &cursor, const QString &text)
{
    QTextCharFormat format = ReportStyle::text(10, QFont::Normal, ReportStyle::muted());
    format.setFontItalic(true);
    paragraph(cursor, text, format);
}

QTextTable *ReportFlow::table(QTextCursor &cursor, int rows, const QList<qreal> &columnWeights,
                              const QStringList &headers)
{
    qreal total = 0;
    for (qreal weight : columnWeights)
        total += weight;
    QList<QTextLength> widths;
    for (qreal weight : columnWeights)
        widths.append(QTextLength(QTextLength::PercentageLength, 100.0 * weight / total));

    QTextTableFormat format;
    format.setColumnWidthConstraints(widths);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1);
    format.setBorderCollapse(true);
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setTopMargin(ReportStyle::px(2));
    format.setBottomMargin(ReportStyle::px(10));

    QTextTable *table = cursor.insertTable(rows + 1, int(columnWeights.size()), format);

    const QTextCharFormat label = ReportStyle::label();
    for (int column = 0; column < headers.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(ReportStyle::accentTint());
        cellFormat.setPadding(ReportStyle::px(5));
        cellFormat.setBottomBorder(ReportStyle::px(1));
        cellFormat.setBottomBorderBrush(ReportStyle::accent());
        cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cell.setFormat(cellFormat);
        cell.firstCursorPosition().insertText(headers.at(column), label);
    }
    cursor = table->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
    return table;
}

void ReportFlow::setCell(QTextTable *table, int row, int column, const QString &text,
                         const QTextCharFormat &format)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
    cellFormat.setPadding(ReportStyle::px(5));
    cellFormat.setBottomBorder(ReportStyle::px(0.5));
    cellFormat.setBottomBorderBrush(ReportStyle::rule());
    cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cell.setFormat(cellFormat);
    QTextCursor cellCursor = cell.firstCursorPosition();
    QTextBlockFormat block;
    block.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    block.setLayoutDirection(direction());
    cellCursor.setBlockFormat(block);
    QString body = text;
    body.replace(QLatin1Char('\n'), QChar::LineSeparator);
    cellCursor.insertText(body, format);
}

void ReportFlow::keepHeadingsWithNext(QTextDocument *document, const QList<QPair<int, qreal>> &headings)
{
    const qreal pageHeight = document->pageSize().height();
    if (pageHeight <= 0)
        return;
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    QSet<int> moved;
    // Each pass moves every heading that is short of room in one edit block, so a long
    // timeline is laid out again once per pass rather than once per heading. Moving one
    // heading can only push later ones down, so a few passes settle it.
    for (int pass = 0; pass < 3; ++pass) {
        QList<int> toMove;
        for (const auto &[number, room] : headings) {
            const QTextBlock block = document->findBlockByNumber(number);
            if (!block.isValid() || moved.contains(number))
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            const qreal pageBottom = (std::floor(rect.top() / pageHeight) + 1) * pageHeight;
            // Room beyond a page cannot be had anywhere; what is left must then be enough.
            if (pageBottom - rect.bottom() < std::min(room, pageHeight * 0.9))
                toMove.append(number);
        }
        if (toMove.isEmpty())
            return;
        QTextCursor cursor(document);
        cursor.beginEditBlock();
        for (int number : std::as_const(toMove)) {
            const QTextBlock block = document->findBlockByNumber(number);
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            moved.insert(number);
        }
        cursor.endEditBlock();
    }
}

} // namespace Whyboard
