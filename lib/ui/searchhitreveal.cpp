// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/searchhitreveal.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "ui/actionitemspanel.h"
#include "ui/mainwindow.h"
#include "ui/sessionspanel.h"
#include "ui/timelinepanel.h"

#include <QDockWidget>
#include <QPointer>

namespace Whyboard {

void SearchHitReveal::install(MainWindow *window)
{
    const QPointer<MainWindow> guarded(window);
    QObject::connect(window->sessionsPanel(), &SessionsPanel::searchHitActivated, window,
                     [guarded](SearchItemKind kind, const QString &itemId) {
                         if (!guarded)
                             return;
                         const auto raise = [&](const char *dockName) {
                             if (QDockWidget *dock = guarded->dock(QLatin1String(dockName))) {
                                 dock->show();
                                 dock->raise();
                             }
                         };
                         if (kind == SearchItemKind::Card && guarded->boardScene()) {
                             guarded->boardScene()->selectCards({itemId});
                         } else if (kind == SearchItemKind::Event && guarded->timelinePanel()) {
                             raise("timelineDock");
                             guarded->timelinePanel()->selectEvent(itemId);
                         } else if (kind == SearchItemKind::Action && guarded->actionItemsPanel()) {
                             raise("actionItemsDock");
                             guarded->actionItemsPanel()->selectAction(itemId);
                         }
                     });
}

} // namespace Whyboard
