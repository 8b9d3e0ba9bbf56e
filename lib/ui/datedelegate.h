// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/typedtimedelegate.h"

namespace Whyboard {

// Edits an optional date as text (see DateTimeLineEdit): empty clears it; "tomorrow", "+2w",
// "6.4." and a pasted long date are read; the calendar opens on the date, or today. The
// column is kept wide enough for the editor.
class DateDelegate : public TypedTimeDelegate
{
    Q_OBJECT

public:
    explicit DateDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Whyboard
