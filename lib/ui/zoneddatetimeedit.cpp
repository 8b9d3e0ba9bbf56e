// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/zoneddatetimeedit.h"

#include "ui/datetimelineedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace Whyboard {

namespace {
QString offsetLabel(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ZonedDateTimeEdit::ZonedDateTimeEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new DateTimeLineEdit(DateTimeLineEdit::Mode::DateTime, this))
    , m_offset(new QComboBox(this))
{
    for (int quarter = -12 * 4; quarter <= 14 * 4; ++quarter)
        m_offset->addItem(offsetLabel(quarter * 900), quarter * 900);
    m_offset->setToolTip(tr("The offset from UTC the time is written in"));
    selectOffset(QDateTime::currentDateTime().offsetFromUtc());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_offset);
    setFocusProxy(m_edit);
    m_edit->setMinimumWidth(DateTimeLineEdit::preferredWidth(m_edit->fontMetrics(), DateTimeLineEdit::Mode::DateTime));

    connect(m_edit, &DateTimeLineEdit::committed, this, &ZonedDateTimeEdit::committed);
    connect(m_offset, QOverload<int>::of(&QComboBox::activated), this, [this] {
        if (m_value.isValid()) {
            m_value = QDateTime(m_value.date(), m_value.time(), Qt::OffsetFromUTC, offset());
            Q_EMIT valueEdited(m_value);
        }
        setContext(m_edit->context().date, m_edit->context().relativeTo, m_edit->context().notBefore);
    });
}

int ZonedDateTimeEdit::offset() const
{
    return m_offset->currentData().toInt();
}

void ZonedDateTimeEdit::selectOffset(int seconds)
{
    int index = m_offset->findData(seconds);
    if (index < 0) {
        m_offset->addItem(offsetLabel(seconds), seconds);
        index = m_offset->count() - 1;
    }
    m_offset->setCurrentIndex(index);
}

QDateTime ZonedDateTimeEdit::value() const
{
    return m_value;
}

void ZonedDateTimeEdit::setValue(const QDateTime &value)
{
    // An unknown time shows an empty field: nothing of an earlier value stays in view to be
    // taken for this session's.
    m_value = value.isValid() ? value.toOffsetFromUtc(value.offsetFromUtc()) : QDateTime();
    if (value.isValid())
        selectOffset(value.offsetFromUtc());
    m_edit->setDateTime(m_value);
}

void ZonedDateTimeEdit::setContext(const QDate &date, const QDateTime &relativeTo, const QDateTime &notBefore)
{
    TimeInput::Context context;
    context.date = date;
    context.relativeTo = relativeTo;
    context.notBefore = notBefore;
    // An unknown time is most likely written in the offset of the times around it.
    if (!m_value.isValid() && relativeTo.isValid())
        selectOffset(relativeTo.offsetFromUtc());
    context.utcOffsetSeconds = offset();
    m_edit->setContext(context);
}

void ZonedDateTimeEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_offset->setEnabled(!readOnly);
}

void ZonedDateTimeEdit::committed()
{
    const TimeInput::Result read = m_edit->result();
    if (read.empty) {
        m_value = {};
    } else {
        // Typed times take the box's offset, a pasted one its own, a step ("+20m") that of the
        // time it counts from: the box follows.
        m_value = read.at;
        selectOffset(m_value.offsetFromUtc());
    }
    Q_EMIT valueEdited(m_value);
}

} // namespace Whyboard
