// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>


namespace Whyboard {

class NameMask;

// The sessions list's title cell while a search is on: the title, and under it where the
// session matched ("Card: …the restart had never been rehearsed") with each match painted
// as a highlighter would. Without a search the cell is the plain title.
class SearchSnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SearchSnippetDelegate(QObject *parent = nullptr);

    // Hide Names covers the titles this delegate paints too.
    void setNameMask(const NameMask *mask) { m_mask = mask; }
    QString displayText(const QVariant &value, const QLocale &locale) const override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "Card", "Timeline", ... for a field the search names.
    static QString fieldLabel(const QString &field);
    // The row height that shows a title and a snippet line.
    static int twoLineHeight(const QFontMetrics &metrics);
    // The marker behind a match: strong enough to find from the back of a room, with the text
    // on it black in light and dark themes alike.
    static QColor markColor();

private:
    const NameMask *m_mask = nullptr; // the window's, which outlives its views
};

} // namespace Whyboard
