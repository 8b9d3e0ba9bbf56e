// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/namemaskdelegate.h"

#include "ui/namemask.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace Whyboard {

NameMaskDelegate::NameMaskDelegate(const NameMask *mask, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_mask(mask)
{
}

QString NameMaskDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    return m_mask->apply(QStyledItemDelegate::displayText(value, locale));
}

bool NameMaskDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && m_mask->isOn() && index.isValid()) {
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPos(), m_mask->apply(tip), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Whyboard
