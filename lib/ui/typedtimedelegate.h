// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/datetimelineedit.h"

#include <QStyledItemDelegate>

namespace Whyboard {

// What the date and the date-time cells share: a DateTimeLineEdit of one mode as the editor,
// a column kept wide enough for it, and Enter on unreadable text keeping the editor open and
// saying why instead of dropping what was typed.
class TypedTimeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    TypedTimeDelegate(DateTimeLineEdit::Mode mode, QObject *parent);

    DateTimeLineEdit *newEditor(QWidget *parent) const;
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    DateTimeLineEdit::Mode m_mode;
};

} // namespace Whyboard
