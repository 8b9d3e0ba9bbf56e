#include "ui/zoneddatetimeedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
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
    , m_known(new QCheckBox(this))
    , m_edit(new QDateTimeEdit(this))
    , m_offset(new QComboBox(this))
{
    m_known->setToolTip(tr("Known"));
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setTimeSpec(Qt::UTC); // a neutral wall clock; the offset box says where
    m_edit->setCalendarPopup(true);
    for (int quarter = -12 * 4; quarter <= 14 * 4; ++quarter)
        m_offset->addItem(offsetLabel(quarter * 900), quarter * 900);
    // An unknown time starts from this hour here when the user ticks "known".
    const QDateTime now = QDateTime::currentDateTime();
    m_edit->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC));
    m_offset->setCurrentIndex(std::max(0, m_offset->findData(now.offsetFromUtc())));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_offset);

    connect(m_known, &QCheckBox::toggled, this, [this](bool known) {
        m_edit->setEnabled(known);
        m_offset->setEnabled(known);
        emitEdited();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &ZonedDateTimeEdit::emitEdited);
    connect(m_offset, QOverload<int>::of(&QComboBox::activated), this, &ZonedDateTimeEdit::emitEdited);
    setValue({});
}

QDateTime ZonedDateTimeEdit::value() const
{
    if (!m_known->isChecked())
        return {};
    const QDateTime wall = m_edit->dateTime();
    return QDateTime(wall.date(), wall.time(), Qt::OffsetFromUTC, m_offset->currentData().toInt());
}

void ZonedDateTimeEdit::setValue(const QDateTime &value)
{
    const QSignalBlocker blockKnown(m_known);
    const QSignalBlocker blockEdit(m_edit);
    const QSignalBlocker blockOffset(m_offset);
    m_known->setChecked(value.isValid());
    m_edit->setEnabled(value.isValid());
    m_offset->setEnabled(value.isValid());
    if (value.isValid()) {
        m_edit->setDateTime(QDateTime(value.date(), value.time(), Qt::UTC));
        int index = m_offset->findData(value.offsetFromUtc());
        if (index < 0) {
            m_offset->addItem(offsetLabel(value.offsetFromUtc()), value.offsetFromUtc());
            index = m_offset->count() - 1;
        }
        m_offset->setCurrentIndex(index);
    }
}

void ZonedDateTimeEdit::setReadOnly(bool readOnly)
{
    m_known->setEnabled(!readOnly);
    m_edit->setReadOnly(readOnly);
    m_offset->setEnabled(!readOnly && m_known->isChecked());
}

void ZonedDateTimeEdit::emitEdited()
{
    Q_EMIT valueEdited(value());
}

} // namespace Whyboard
