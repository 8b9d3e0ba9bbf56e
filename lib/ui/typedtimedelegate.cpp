// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/typedtimedelegate.h"

#include <QKeyEvent>

#include <algorithm>

namespace Whyboard {

TypedTimeDelegate::TypedTimeDelegate(DateTimeLineEdit::Mode mode, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_mode(mode)
{
}

DateTimeLineEdit *TypedTimeDelegate::newEditor(QWidget *parent) const
{
    auto *editor = new DateTimeLineEdit(m_mode, parent);
    editor->setFrame(false);
    return editor;
}

QSize TypedTimeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), DateTimeLineEdit::preferredWidth(option.fontMetrics, m_mode)));
    return size;
}

bool TypedTimeDelegate::eventFilter(QObject *object, QEvent *event)
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
