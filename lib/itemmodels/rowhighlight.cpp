// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/rowhighlight.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace Whyboard {

namespace {
bool hasPalette()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}
} // namespace

QColor RowHighlight::relatedBackground()
{
    QColor color = hasPalette() ? QGuiApplication::palette().color(QPalette::Highlight) : QColor(48, 140, 198);
    color.setAlpha(90);
    return color;
}

QColor RowHighlight::linkForeground()
{
    return hasPalette() ? QGuiApplication::palette().color(QPalette::Link) : QColor(0, 0, 238);
}

} // namespace Whyboard
