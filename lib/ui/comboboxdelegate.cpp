#include "ui/comboboxdelegate.h"

#include <QComboBox>

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

} // namespace Whyboard
