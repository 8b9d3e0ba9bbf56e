// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panelstoggle.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

#include <algorithm>
#include <utility>

namespace Whyboard {

PanelsToggle::PanelsToggle(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("panelsToggle"));
    m_action = new QAction(tr("Show &Panels"), this);
    m_action->setObjectName(QStringLiteral("showPanels"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F9));
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    m_action->setStatusTip(tr("Hide every panel so the board has the whole window, or bring them back (F9)"));
    // The window's own action, so that the key works whatever has the focus and in projector mode.
    window->addAction(m_action);
    connect(m_action, &QAction::toggled, this, &PanelsToggle::setPanelsShown);
    for (QDockWidget *dock : docks())
        connect(dock, &QDockWidget::visibilityChanged, this, &PanelsToggle::followDocks);
    m_action->setChecked(panelsShown());
}

QList<QDockWidget *> PanelsToggle::docks() const
{
    return m_window ? m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly) : QList<QDockWidget *>();
}

bool PanelsToggle::panelsShown() const
{
    const QList<QDockWidget *> all = docks();
    return std::any_of(all.cbegin(), all.cend(), [](const QDockWidget *dock) { return !dock->isHidden(); });
}

void PanelsToggle::setPanelsShown(bool shown)
{
    if (m_switching || shown == panelsShown())
        return;
    m_switching = true;
    if (shown) {
        QList<QPointer<QDockWidget>> hidden = std::exchange(m_hidden, {});
        if (hidden.isEmpty()) {
            for (QDockWidget *dock : docks())
                hidden.append(dock);
        }
        for (QDockWidget *dock : std::as_const(hidden)) {
            if (dock)
                dock->show();
        }
    } else {
        m_hidden.clear();
        for (QDockWidget *dock : docks()) {
            if (!dock->isHidden()) {
                m_hidden.append(dock);
                dock->hide();
            }
        }
    }
    m_switching = false;
    followDocks();
}

void PanelsToggle::followDocks()
{
    if (m_switching)
        return;
    const QSignalBlocker blocker(m_action);
    m_action->setChecked(panelsShown());
}

} // namespace Whyboard
