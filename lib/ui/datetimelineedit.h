// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timeinput.h"

#include <QLineEdit>

namespace Whyboard {

// A date or date-time field that types like text. Digits overwrite the character under the
// cursor (separators are stepped over), so "1405" typed on the hour of "2017-04-06 18:42"
// makes it 14:05; anything else is free text read by TimeInput when the field is left or
// Enter is pressed ("14:05", "+20m", a pasted "Donnerstag, 6. April 2017 18:42"). Up and
// Down step the section under the cursor; a pasted full date replaces the whole field. Text
// that cannot be read stays, marked, with the reason as the tool tip. The calendar button
// opens on the field's date, or today.
class DateTimeLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    enum class Mode { Date, DateTime };
    explicit DateTimeLineEdit(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }

    // What bare times and steps are read against (date, relativeTo, offset...).
    void setContext(const TimeInput::Context &context);
    const TimeInput::Context &context() const { return m_context; }

    // Shows the value in the editor's fixed form; invalid shows an empty field.
    void setDateTime(const QDateTime &value);
    void setDate(const QDate &value);

    // Focused with text not yet committed: the user is typing here.
    bool isEditing() const { return hasFocus() && text() != m_committedText; }

    // The text read now.
    TimeInput::Result result() const;
    bool isAcceptable() const { return result().isValid(); }
    QDate date() const; // Date mode: invalid when empty or unreadable

    // The fixed form the field shows, e.g. "2017-04-06 18:42" or "06.04.2017 18:42".
    QString displayFormat() const;

    // The calendar opens on the field's date, else the context's day, else today.
    QDate calendarStartDate() const;
    void showCalendar();

    // Wide enough for the longest text the field shows in this font, with its calendar button.
    static int preferredWidth(const QFontMetrics &metrics, Mode mode, const QLocale &locale = {});
    // Shows why the text cannot be read (after Enter on such a text, for instance).
    void markValidity();

Q_SIGNALS:
    // Enter was pressed or the field was left with readable, changed text.
    void committed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool overwriteDigit(const QString &digit);
    bool stepSection(int direction);
    void smartPaste();
    void commit();

    Mode m_mode;
    TimeInput::Context m_context;
    QString m_committedText; // what Escape goes back to
    QDateTime m_value;       // the value last set or committed
    QString m_shownText;     // how m_value was shown: while untouched, m_value is the result
};

} // namespace Whyboard
