// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Whyboard {

// A small label that a check (e.g. "no action item", "blames a person") attaches to a card.
// The key identifies the badge so a check can replace its own badges without touching others.
struct CardBadge
{
    QString key;
    QString text;
    QString toolTip;
    QColor color;

    friend bool operator==(const CardBadge &a, const CardBadge &b)
    {
        return a.key == b.key && a.text == b.text && a.toolTip == b.toolTip && a.color == b.color;
    }
};

using CardBadges = QList<CardBadge>;

} // namespace Whyboard
