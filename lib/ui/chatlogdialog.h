// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/timelineevent.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Whyboard {

class DateTimeLineEdit;

// "Paste chat log…": the pasted text, a preview of the events each recognised line becomes,
// and every line that was not recognised, listed so that nothing is dropped silently.
class ChatLogDialog : public QDialog
{
    Q_OBJECT

public:
    // The date and offset apply to lines that give only a time ("18:42 alice: ...").
    ChatLogDialog(const QDate &defaultDate, int utcOffsetSeconds, QWidget *parent = nullptr);

    void setText(const QString &text);
    // Events for the recognised lines; ids are left empty for the caller to assign.
    QList<TimelineEvent> events() const { return m_events; }
    int unrecognisedCount() const { return m_unrecognised; }

private:
    void reparse();

    QPlainTextEdit *m_text = nullptr;
    DateTimeLineEdit *m_date = nullptr;
    QComboBox *m_offset = nullptr;
    QTreeWidget *m_preview = nullptr;
    QListWidget *m_rejected = nullptr;
    QWidget *m_rejectedBox = nullptr;
    QLabel *m_counts = nullptr;
    QPushButton *m_addButton = nullptr;
    QList<TimelineEvent> m_events;
    int m_unrecognised = 0;
};

} // namespace Whyboard
