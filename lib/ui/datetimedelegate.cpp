#include "ui/datetimedelegate.h"

#include "ui/datetimelineedit.h"

#include <QKeyEvent>

namespace Whyboard {

DateTimeDelegate::DateTimeDelegate(int previousTimeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_previousTimeRole(previousTimeRole)
{
}

QWidget *DateTimeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new DateTimeLineEdit(DateTimeLineEdit::Mode::DateTime, parent);
    editor->setFrame(false);
    return editor;
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

QSize DateTimeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), DateTimeLineEdit::preferredWidth(option.fontMetrics, DateTimeLineEdit::Mode::DateTime)));
    return size;
}

bool DateTimeDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Enter on a text that cannot be read keeps the editor open and says why.
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
