#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;

namespace Whyboard {

// An optional date-time with its UTC offset: a "known" box, the wall-clock time and the offset.
class ZonedDateTimeEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ZonedDateTimeEdit(QWidget *parent = nullptr);

    // Invalid when the time is not known.
    QDateTime value() const;
    void setValue(const QDateTime &value); // does not emit valueEdited
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void valueEdited(const QDateTime &value);

private:
    void emitEdited();

    QCheckBox *m_known = nullptr;
    QDateTimeEdit *m_edit = nullptr;
    QComboBox *m_offset = nullptr;
};

} // namespace Whyboard
