// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/typedtimedelegate.h"

namespace Whyboard {

// Edits a zoned time as text typed over the wall-clock time it was written in (see
// DateTimeLineEdit): a bare "14:05" stays on the event's day, "+20m" counts from the event
// before it (TimelineModel::PreviousTimeRole); the model keeps the event's offset unless the
// text names one. The column is kept wide enough for the editor.
class DateTimeDelegate : public TypedTimeDelegate
{
    Q_OBJECT

public:
    // The model role giving what "+20m" counts from; none when 0.
    explicit DateTimeDelegate(int previousTimeRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_previousTimeRole = 0;
};

} // namespace Whyboard
