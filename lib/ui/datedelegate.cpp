#include "ui/datedelegate.h"

#include "ui/datetimelineedit.h"

#include <QKeyEvent>

namespace Whyboard {

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new DateTimeLineEdit(DateTimeLineEdit::Mode::Date, parent);
    editor->setFrame(false);
    return editor;
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

QSize DateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), DateTimeLineEdit::preferredWidth(option.fontMetrics, DateTimeLineEdit::Mode::Date)));
    return size;
}

bool DateDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (auto *edit = qobject_cast<DateTimeLineEdit *>(object); edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !edit->isAcceptable()) {
            edit->markValidity();
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Whyboard
