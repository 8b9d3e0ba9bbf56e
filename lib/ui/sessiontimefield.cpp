// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessiontimefield.h"

#include "data/localeformat.h"
#include "ui/datetimelineedit.h"
#include "ui/zoneddatetimeedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace Whyboard {

SessionTimeField::SessionTimeField(TimelineTimes::Which which, QWidget *parent)
    : QWidget(parent)
    , m_which(which)
    , m_edit(new ZonedDateTimeEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    m_sourceRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_sourceRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_source = new QLabel(m_sourceRow);
    // One line, cut to fit with the whole event in the tool tip: a wrapped label here would
    // push the form's rows over each other.
    m_source->setTextFormat(Qt::PlainText);
    m_source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_use = new QToolButton(m_sourceRow);
    m_use->setText(tr("Use"));
    m_use->setFocusPolicy(Qt::StrongFocus);
    row->addWidget(m_source, 1);
    row->addWidget(m_use);
    layout->addWidget(m_sourceRow);
    m_sourceRow->hide();
    setFocusProxy(m_edit);
    QWidget::setTabOrder(m_edit->lineEdit(), m_use);
    QWidget::setTabOrder(m_use, m_edit->offsetBox());

    const QString steps[] = {tr("not known: type 14:05 or a date"), tr("not known: type 14:05, or +20m after started"),
                             tr("not known: type 14:05, or +20m after detected")};
    m_edit->lineEdit()->setPlaceholderText(steps[int(which)]);
    connect(m_edit, &ZonedDateTimeEdit::valueEdited, this, &SessionTimeField::valueEdited);
    connect(m_use, &QToolButton::clicked, this, [this] {
        if (m_proposed.isValid())
            Q_EMIT useRequested(m_proposed);
    });
}

QString SessionTimeField::sourceText() const
{
    return m_sourceRow->isHidden() ? QString() : m_source->text();
}

void SessionTimeField::update(const Session &session)
{
    using Which = TimelineTimes::Which;
    const QDateTime value = TimelineTimes::sessionTime(session, m_which);
    if (!m_edit->lineEdit()->isEditing())
        m_edit->setValue(value);
    // "14:05" lands on the incident's day; "+20m" counts from the time above this one.
    QDateTime relativeTo;
    QDate day;
    if (m_which == Which::Detected) {
        relativeTo = session.startedAt;
    } else if (m_which == Which::Resolved) {
        relativeTo = session.detectedAt.isValid() ? session.detectedAt : session.startedAt;
    }
    for (const QDateTime &known : {relativeTo, session.startedAt, session.detectedAt, session.resolvedAt}) {
        if (!day.isValid() && known.isValid())
            day = known.date();
    }
    m_edit->setContext(day, relativeTo, relativeTo);

    const std::optional<TimelineTimes::Source> source = TimelineTimes::source(session, m_which);
    m_proposed = {};
    if (!source) {
        m_sourceRow->hide();
        return;
    }
    const QString text = source->eventText.simplified();
    const QString shortText = text.size() > 40 ? QString(text.left(39) + QStringLiteral("…")) : text;
    if (sameZonedTime(source->at, value)) {
        m_source->setText(tr("from timeline: %1").arg(shortText));
        m_use->hide();
    } else {
        m_proposed = source->at;
        m_source->setText(tr("timeline: %1 · %2").arg(LocaleFormat::time(source->at.time()), shortText));
        m_use->setToolTip(tr("Set this time from the timeline event"));
        m_use->setVisible(!m_readOnly);
    }
    m_source->setToolTip(tr("%1: %2").arg(LocaleFormat::dateTime(source->at), text));
    m_sourceRow->show();
}

void SessionTimeField::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setReadOnly(readOnly);
    m_use->setVisible(!readOnly && m_proposed.isValid());
}

} // namespace Whyboard
