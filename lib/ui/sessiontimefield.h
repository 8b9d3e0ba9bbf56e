// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timelinetimes.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace Whyboard {

class ZonedDateTimeEdit;

// One of the session's times in the details panel: the field typed like text and, under it,
// the timeline event that gives this time ("from timeline: alert fired"), with "Use" when the
// event says something else. Use is next in the tab order after the field: Tab, Space.
class SessionTimeField : public QWidget
{
    Q_OBJECT

public:
    SessionTimeField(TimelineTimes::Which which, QWidget *parent = nullptr);

    ZonedDateTimeEdit *edit() const { return m_edit; }
    QToolButton *useButton() const { return m_use; }
    // What the line under the field says; empty when the timeline has no such event.
    QString sourceText() const;

    // Shows the session's value, reads bare times and steps against the session's other times
    // and shows what the timeline says.
    void update(const Session &session);
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void valueEdited(const QDateTime &value);
    void useRequested(const QDateTime &value);

private:
    TimelineTimes::Which m_which;
    ZonedDateTimeEdit *m_edit = nullptr;
    QWidget *m_sourceRow = nullptr;
    QLabel *m_source = nullptr;
    QToolButton *m_use = nullptr;
    QDateTime m_proposed;
    bool m_readOnly = false;
};

} // namespace Whyboard
