// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/searchsnippetdelegate.h"

#include "ui/namemask.h"

#include "itemmodels/sessionfiltermodel.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

namespace Whyboard {

namespace {
constexpr int margin = 4;
}

SearchSnippetDelegate::SearchSnippetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString SearchSnippetDelegate::fieldLabel(const QString &field)
{
    if (field == QLatin1String("title"))
        return tr("Title");
    if (field == QLatin1String("summary"))
        return tr("Summary");
    if (field == QLatin1String("card"))
        return tr("Card");
    if (field == QLatin1String("evidence"))
        return tr("Evidence");
    if (field == QLatin1String("timeline"))
        return tr("Timeline");
    if (field == QLatin1String("action"))
        return tr("Action");
    if (field == QLatin1String("owner"))
        return tr("Owner");
    return field;
}

int SearchSnippetDelegate::twoLineHeight(const QFontMetrics &metrics)
{
    return 2 * metrics.lineSpacing() + 2 * margin;
}

QColor SearchSnippetDelegate::markColor()
{
    return QColor(255, 212, 0);
}

QString SearchSnippetDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QString text = QStyledItemDelegate::displayText(value, locale);
    return m_mask ? m_mask->apply(text) : text;
}

QSize SearchSnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(SessionFilterModel::SnippetRole).toString().isEmpty())
        size.setHeight(std::max(size.height(), twoLineHeight(option.fontMetrics)));
    return size;
}

void SearchSnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString snippet = index.data(SessionFilterModel::SnippetRole).toString();
    if (snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(margin, margin, -margin, -margin);
    const int line = opt.fontMetrics.lineSpacing();

    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(textColor);
    painter->setFont(opt.font);
    painter->drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(title, Qt::ElideRight, area.width()));

    // "Card: " dimmed, then the snippet with its matches marked.
    const QString label = fieldLabel(index.data(SessionFilterModel::MatchFieldRole).toString());
    const QString prefix = label.isEmpty() ? QString() : tr("%1: ").arg(label);
    QTextLayout layout(prefix + snippet, opt.font);
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat dim;
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.65f);
    dim.setForeground(dimColor);
    formats.append({0, int(prefix.size()), dim});
    QTextCharFormat mark;
    mark.setBackground(markColor());
    mark.setForeground(QColor(Qt::black));
    mark.setFontWeight(QFont::Bold);
    for (const QVariant &value : index.data(SessionFilterModel::SnippetMarksRole).toList()) {
        const QPoint range = value.toPoint();
        formats.append({int(prefix.size()) + range.x(), range.y(), mark});
    }
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid())
        textLine.setLineWidth(1e6);
    layout.endLayout();
    // A match beyond the cell's edge is scrolled into view: the room must see what matched.
    qreal shift = 0;
    if (!formats.isEmpty() && formats.size() > 1 && textLine.isValid()) {
        const QTextLayout::FormatRange &first = formats.at(1);
        const qreal end = textLine.cursorToX(first.start + first.length);
        if (end > area.width())
            shift = end - area.width() + opt.fontMetrics.averageCharWidth() * 4;
    }
    painter->setPen(textColor);
    layout.draw(painter, QPointF(area.left() - shift, area.top() + line));
    painter->restore();
}

} // namespace Whyboard
