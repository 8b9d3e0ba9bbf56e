// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/steadytoolaction.h"

#include <QAction>

namespace Whyboard {

QAction *SteadyToolAction::create(QAction *real, const QString &steadyText, QObject *parent)
{
    real->setProperty("steadyText", steadyText);
    auto *tool = new QAction(real->icon(), steadyText, parent);
    tool->setEnabled(real->isEnabled());
    tool->setToolTip(real->text());
    QObject::connect(tool, &QAction::triggered, real, &QAction::trigger);
    QObject::connect(real, &QAction::changed, tool, [tool, real] {
        tool->setEnabled(real->isEnabled());
        tool->setToolTip(QString(real->text()).remove(QLatin1Char('&')));
    });
    return tool;
}

} // namespace Whyboard
