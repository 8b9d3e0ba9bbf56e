// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelinesourceactions.h"

#include "ui/timelinepanel.h"

#include <QAction>
#include <QDockWidget>
#include <QIcon>

namespace Whyboard {

TimelineSourceActions::TimelineSourceActions(TimelinePanel *timeline, QObject *parent)
    : QObject(parent)
    , m_timeline(timeline)
{
    m_pasteChatLog = new QAction(tr("&Paste Chat Log…"), this);
    m_pasteChatLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_pasteChatLog, &QAction::triggered, this, [this] {
        raiseTimeline();
        m_timeline->pasteChatLog();
    });
    m_importTimeline = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Timeline…"), this);
    m_importTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    m_importTimeline->setStatusTip(tr("Add events from a Slack or Mattermost export, a PagerDuty or Opsgenie log, or a CSV file"));
    connect(m_importTimeline, &QAction::triggered, this, [this] {
        raiseTimeline();
        m_timeline->importTimeline();
    });
}

void TimelineSourceActions::setEditable(bool editable)
{
    m_pasteChatLog->setEnabled(editable);
    m_importTimeline->setEnabled(editable);
}

void TimelineSourceActions::raiseTimeline()
{
    if (auto *dock = qobject_cast<QDockWidget *>(m_timeline->parentWidget())) {
        dock->show();
        dock->raise();
    }
}

} // namespace Whyboard
