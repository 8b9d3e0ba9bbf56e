// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/datetimedelegate.h"

#include "ui/datetimelineedit.h"

namespace Whyboard {

DateTimeDelegate::DateTimeDelegate(int previousTimeRole, QObject *parent)
    : TypedTimeDelegate(DateTimeLineEdit::Mode::DateTime, parent)
    , m_previousTimeRole(previousTimeRole)
{
}

QWidget *DateTimeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    return newEditor(parent);
}

void DateTimeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<DateTimeLineEdit *>(editor);
    const QDateTime time = index.data(Qt::EditRole).toDateTime();
    TimeInput::Context context;
    context.date = time.isValid() ? time.date() : QDate::currentDate();
    context.utcOffsetSeconds = time.isValid() ? time.offsetFromUtc() : QDateTime::currentDateTime().offsetFromUtc();
    if (m_previousTimeRole)
        context.relativeTo = index.data(m_previousTimeRole).toDateTime();
    edit->setContext(context);
    edit->setDateTime(time);
    edit->selectAll(); // like a spreadsheet cell: typing replaces, an arrow key starts overtyping

}

void DateTimeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const TimeInput::Result read = static_cast<DateTimeLineEdit *>(editor)->result();
    // An event always has a time: an emptied or unreadable field changes nothing.
    if (read.empty || !read.at.isValid())
        return;
    model->setData(index, read.at, Qt::EditRole);
}

} // namespace Whyboard
