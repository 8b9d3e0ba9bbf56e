// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/datedelegate.h"

#include "ui/datetimelineedit.h"

namespace Whyboard {

DateDelegate::DateDelegate(QObject *parent)
    : TypedTimeDelegate(DateTimeLineEdit::Mode::Date, parent)
{
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    return newEditor(parent);
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<DateTimeLineEdit *>(editor);
    edit->setDate(index.data(Qt::EditRole).toDate());
    edit->selectAll();
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const TimeInput::Result read = static_cast<DateTimeLineEdit *>(editor)->result();
    if (!read.isValid())
        return;
    model->setData(index, read.empty ? QVariant() : QVariant(read.at.date()), Qt::EditRole);
}

} // namespace Whyboard
