// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timeinput.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;

namespace Whyboard {

class DateTimeLineEdit;

// An optional date-time with its UTC offset: the wall-clock time typed like text (empty when
// not known) and the offset it was written in. A time pasted with its own offset sets the box.
class ZonedDateTimeEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ZonedDateTimeEdit(QWidget *parent = nullptr);

    // Invalid when the time is not known.
    QDateTime value() const;
    void setValue(const QDateTime &value); // does not emit valueEdited
    void setReadOnly(bool readOnly);

    // The day of a bare "14:05" and what "+20m" counts from; the offset box supplies the offset.
    void setContext(const QDate &date, const QDateTime &relativeTo, const QDateTime &notBefore = {});

    DateTimeLineEdit *lineEdit() const { return m_edit; }
    QComboBox *offsetBox() const { return m_offset; }

Q_SIGNALS:
    void valueEdited(const QDateTime &value);

private:
    void committed();
    void selectOffset(int seconds);
    int offset() const;

    DateTimeLineEdit *m_edit = nullptr;
    QComboBox *m_offset = nullptr;
    QDateTime m_value;
};

} // namespace Whyboard
