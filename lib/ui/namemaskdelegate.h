// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Whyboard {

class NameMask;

// The standard delegate, painting and explaining (tool tips) through a NameMask.
class NameMaskDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    NameMaskDelegate(const NameMask *mask, QObject *parent);

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    const NameMask *m_mask;
};

} // namespace Whyboard
