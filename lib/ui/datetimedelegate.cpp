#include "ui/datetimedelegate.h"

#include <QDateTimeEdit>

namespace Whyboard {

QWidget *DateTimeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QDateTimeEdit(parent);
    editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // UTC as a neutral wall clock: no daylight-saving gaps while typing.
    editor->setTimeSpec(Qt::UTC);
    editor->setCalendarPopup(true);
    editor->setFrame(false);
    return editor;
}

void DateTimeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    QDateTime time = index.data(Qt::EditRole).toDateTime();
    if (!time.isValid())
        time = QDateTime::currentDateTime();
    static_cast<QDateTimeEdit *>(editor)->setDateTime(QDateTime(time.date(), time.time(), Qt::UTC));
}

void DateTimeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QDateTime edited = static_cast<QDateTimeEdit *>(editor)->dateTime();
    // Hand over a local wall-clock time; the model applies the event's own offset.
    model->setData(index, QDateTime(edited.date(), edited.time(), Qt::LocalTime), Qt::EditRole);
}

} // namespace Whyboard
