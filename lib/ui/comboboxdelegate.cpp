// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comboboxdelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QStyle>
#include <QStyleOptionComboBox>

namespace Whyboard {

ComboBoxDelegate::ComboBoxDelegate(Choices choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget *ComboBoxDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QComboBox(parent);
    for (const auto &choice : m_choices)
        editor->addItem(choice.first, choice.second);
    // Commit as soon as a choice is made, as a spreadsheet would.
    connect(editor, QOverload<int>::of(&QComboBox::activated), this, [this, editor] {
        auto *self = const_cast<ComboBoxDelegate *>(this);
        Q_EMIT self->commitData(editor);
        Q_EMIT self->closeEditor(editor);
    });
    return editor;
}

void ComboBoxDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void ComboBoxDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

QSize ComboBoxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_editorWidth < 0 || option.font != m_measuredFont) {
        int widest = 0;
        for (const auto &choice : m_choices)
            widest = std::max(widest, option.fontMetrics.horizontalAdvance(choice.first));
        QStyleOptionComboBox combo;
        combo.fontMetrics = option.fontMetrics;
        combo.frame = false;
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        m_editorWidth = style->sizeFromContents(QStyle::CT_ComboBox, &combo, QSize(widest, option.fontMetrics.height()), option.widget).width();
        m_measuredFont = option.font;
    }
    size.setWidth(std::max(size.width(), m_editorWidth + 4));
    return size;
}

} // namespace Whyboard
