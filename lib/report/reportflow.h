#pragma once

#include <QList>
#include <QString>
#include <QTextCharFormat>

class QTextCursor;
class QTextDocument;
class QTextTable;

namespace Whyboard {

// The building blocks of the report's text flow (headings, paragraphs, ruled tables), so the
// sections share one look.
class ReportFlow
{
public:
    // A section heading ("Timeline"); returns its block number so pagination can keep it
    // with what follows.
    static int heading(QTextCursor &cursor, const QString &text);
    static int subheading(QTextCursor &cursor, const QString &text);
    static void paragraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format,
                          qreal spaceAfterPoints = 6);
    // A muted one-liner for an empty section ("No action items yet.").
    static void note(QTextCursor &cursor, const QString &text);

    // A table with a repeated header row, columns by relative width, ruled between rows.
    // The cursor ends after the table.
    static QTextTable *table(QTextCursor &cursor, int rows, const QList<qreal> &columnWeights,
                             const QStringList &headers);
    // Sets the text of a body cell (row counts from 1 below the header).
    static void setCell(QTextTable *table, int row, int column, const QString &text,
                        const QTextCharFormat &format);

    // Paragraphs follow the reader's language, not the first letter of their text: a card
    // written in Arabic must not move the chain's numbering to the right margin.
    static Qt::LayoutDirection direction();

    // Moves a heading to the next page when less than its room (layout units) is left
    // below it on its page.
    static void keepHeadingsWithNext(QTextDocument *document, const QList<QPair<int, qreal>> &headings);
};

} // namespace Whyboard
