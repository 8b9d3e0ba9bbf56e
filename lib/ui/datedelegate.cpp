#include "ui/datedelegate.h"

#include <QDateEdit>

namespace Whyboard {

namespace {
const QDate noDate(2000, 1, 1);
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QDateEdit(parent);
    editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    editor->setMinimumDate(noDate);
    editor->setSpecialValueText(tr("none"));
    editor->setCalendarPopup(true);
    editor->setFrame(false);
    return editor;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QDate date = index.data(Qt::EditRole).toDate();
    static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : noDate);
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QDate date = static_cast<QDateEdit *>(editor)->date();
    model->setData(index, date == noDate ? QVariant() : QVariant(date), Qt::EditRole);
}

} // namespace Whyboard
