// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace Whyboard {

class TimelinePanel;

// Session › Paste Chat Log… and Import Timeline…: the timeline from the incident's own
// records, a pasted log or a tool's export. Both bring the timeline panel forward.
class TimelineSourceActions : public QObject
{
    Q_OBJECT

public:
    TimelineSourceActions(TimelinePanel *timeline, QObject *parent = nullptr);

    QList<QAction *> actions() const { return {m_pasteChatLog, m_importTimeline}; }
    QAction *importTimeline() const { return m_importTimeline; }
    void setEditable(bool editable);

private:
    void raiseTimeline();

    TimelinePanel *m_timeline;
    QAction *m_pasteChatLog = nullptr;
    QAction *m_importTimeline = nullptr;
};

} // namespace Whyboard
