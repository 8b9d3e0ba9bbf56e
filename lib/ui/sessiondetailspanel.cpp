// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessiondetailspanel.h"

#include "ui/namemask.h"

#include "data/labels.h"
#include "document/commands/addparticipantcommand.h"
#include "document/commands/editsessionfieldcommand.h"
#include "document/commands/removeparticipantcommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/participantsmodel.h"
#include "ui/sessiontimefield.h"
#include "ui/statusstyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Whyboard {

SessionDetailsPanel::SessionDetailsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(buildDetails());
    layout->addWidget(buildPeople(), 1);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setDocument(nullptr);
}

QWidget *SessionDetailsPanel::buildDetails()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_title = new QLineEdit(box);
    m_title->setPlaceholderText(tr("What broke, in a few words"));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) { pushField(SessionField::Title, text); });
    form->addRow(tr("&Title:"), m_title);

    m_summary = new QPlainTextEdit(box);
    m_summary->setPlaceholderText(tr("What happened, for someone who was not there"));
    m_summary->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (m_summary->hasFocus())
            pushField(SessionField::Summary, m_summary->toPlainText());
    });
    form->addRow(tr("S&ummary:"), m_summary);

    m_severity = new QComboBox(box);
    for (int level = 0; level <= Labels::mildestSeverity; ++level)
        m_severity->addItem(Labels::severityLevel(level), level);
    m_severityDescription = new QLabel(box);
    m_severityDescription->setWordWrap(true);
    m_severityDescription->setEnabled(false); // secondary text colour in both palettes
    connect(m_severity, QOverload<int>::of(&QComboBox::activated), this,
            [this] { pushField(SessionField::Severity, m_severity->currentData().toInt()); });
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(QString(), m_severityDescription);

    m_status = new QComboBox(box);
    for (SessionStatus status : Labels::sessionStatuses())
        m_status->addItem(Labels::sessionStatus(status), int(status));
    connect(m_status, QOverload<int>::of(&QComboBox::activated), this,
            [this] { pushField(SessionField::Status, m_status->currentData().toInt()); });
    form->addRow(tr("St&atus:"), m_status);

    const QString timeLabels[] = {tr("Started:"), tr("Detected:"), tr("Resolved:")};
    const SessionField timeFields[] = {SessionField::StartedAt, SessionField::DetectedAt, SessionField::ResolvedAt};
    for (TimelineTimes::Which which : TimelineTimes::all()) {
        const int i = int(which);
        m_times[i] = new SessionTimeField(which, box);
        const SessionField field = timeFields[i];
        connect(m_times[i], &SessionTimeField::valueEdited, this, [this, field](const QDateTime &v) { timeEdited(field, v); });
        connect(m_times[i], &SessionTimeField::useRequested, this, [this, field](const QDateTime &v) { timeEdited(field, v); });
        form->addRow(timeLabels[i], m_times[i]);
    }
    m_timesMessage = new QLabel(box);
    m_timesMessage->setWordWrap(true);
    QFont bold = m_timesMessage->font();
    bold.setBold(true);
    m_timesMessage->setFont(bold);
    StatusStyle::apply(m_timesMessage, StatusColours::Status::Error, StatusStyle::Kind::Text);
    m_timesMessage->hide();
    form->addRow(QString(), m_timesMessage);

    m_impactDescription = new QPlainTextEdit(box);
    m_impactDescription->setPlaceholderText(tr("Who was affected and how"));
    m_impactDescription->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    connect(m_impactDescription, &QPlainTextEdit::textChanged, this, [this] {
        if (m_impactDescription->hasFocus())
            pushField(SessionField::ImpactDescription, m_impactDescription->toPlainText());
    });
    form->addRow(tr("&Impact:"), m_impactDescription);

    m_usersAffected = new QLineEdit(box);
    m_usersAffected->setPlaceholderText(tr("unknown"));
    connect(m_usersAffected, &QLineEdit::textEdited, this, [this] { numberEdited(SessionField::UsersAffected, m_usersAffected); });
    form->addRow(tr("Users affected:"), m_usersAffected);

    auto *costRow = new QWidget(box);
    auto *costLayout = new QHBoxLayout(costRow);
    costLayout->setContentsMargins(0, 0, 0, 0);
    m_costPerMinute = new QLineEdit(costRow);
    m_costPerMinute->setPlaceholderText(tr("unknown"));
    m_currency = new QLineEdit(costRow);
    m_currency->setPlaceholderText(tr("USD"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMMMM")));
    costLayout->addWidget(m_costPerMinute, 1);
    costLayout->addWidget(m_currency);
    connect(m_costPerMinute, &QLineEdit::textEdited, this, [this] { numberEdited(SessionField::CostPerMinute, m_costPerMinute); });
    connect(m_currency, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString code = text.trimmed().toUpper();
        if (!code.isEmpty() && (code.size() != 3 || !std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isLetter(); }))) {
            setMessage(m_impactMessage, tr("A currency is a three-letter code such as USD or EUR: not saved."));
            return;
        }
        setMessage(m_impactMessage, {});
        pushField(SessionField::Currency, code);
    });
    form->addRow(tr("Cost per minute:"), costRow);
    m_impactMessage = new QLabel(box);
    m_impactMessage->setWordWrap(true);
    m_impactMessage->setFont(bold);
    StatusStyle::apply(m_impactMessage, StatusColours::Status::Error, StatusStyle::Kind::Text);
    m_impactMessage->hide();
    form->addRow(QString(), m_impactMessage);

    m_facilitator = new QLineEdit(box);
    connect(m_facilitator, &QLineEdit::textEdited, this, [this](const QString &text) { pushField(SessionField::Facilitator, text.trimmed()); });
    form->addRow(tr("&Facilitator:"), m_facilitator);
    return box;
}

QWidget *SessionDetailsPanel::buildPeople()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Participants and their part in the incident:"), box));
    m_participants = new ParticipantsModel(this);
    m_participantsView = new QTableView(box);
    m_participantsView->setModel(m_participants);
    m_participantsView->verticalHeader()->hide();
    // Names first and whole; the role columns scroll if the dock is narrow.
    m_participantsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_participantsView->horizontalHeader()->setStretchLastSection(true);
    m_participantsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participantsView->setMinimumHeight(fontMetrics().lineSpacing() * 7);
    layout->addWidget(m_participantsView, 1);

    auto *row = new QHBoxLayout;
    m_newParticipant = new QLineEdit(box);
    m_newParticipant->setPlaceholderText(tr("Name of someone in the room"));
    m_addParticipant = new QPushButton(tr("Add"), box);
    m_removeParticipant = new QPushButton(tr("Remove"), box);
    row->addWidget(m_newParticipant, 1);
    row->addWidget(m_addParticipant);
    row->addWidget(m_removeParticipant);
    layout->addLayout(row);
    connect(m_newParticipant, &QLineEdit::returnPressed, this, &SessionDetailsPanel::addParticipant);
    connect(m_addParticipant, &QPushButton::clicked, this, &SessionDetailsPanel::addParticipant);
    connect(m_removeParticipant, &QPushButton::clicked, this, &SessionDetailsPanel::removeParticipants);
    return box;
}

void SessionDetailsPanel::setDocument(SessionDocument *document)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_participants->setDocument(document);
    if (document) {
        m_connections << connect(document, &SessionDocument::sessionFieldChanged, this, &SessionDetailsPanel::refreshField);
        m_connections << connect(document, &SessionDocument::readOnlyChanged, this, &SessionDetailsPanel::updateReadOnly);
        // The timeline may name other times: what the fields show under them follows it.
        m_connections << connect(document, &SessionDocument::stepFinished, this, &SessionDetailsPanel::refreshTimes);
    }
    setMessage(m_timesMessage, {});
    setMessage(m_impactMessage, {});
    refreshAll();
    updateReadOnly();
}

QString SessionDetailsPanel::validationMessage() const
{
    QStringList messages;
    if (!m_timesMessage->text().isEmpty() && !m_timesMessage->isHidden())
        messages << m_timesMessage->text();
    if (!m_impactMessage->text().isEmpty() && !m_impactMessage->isHidden())
        messages << m_impactMessage->text();
    return messages.join(QLatin1Char('\n'));
}

void SessionDetailsPanel::setNameMask(const NameMask *mask)
{
    if (m_nameMask)
        disconnect(m_nameMask, nullptr, this, nullptr);
    m_nameMask = mask;
    if (mask) {
        connect(mask, &NameMask::changed, this, [this] {
            refreshAll();
            updateReadOnly();
        });
    }
}

void SessionDetailsPanel::refreshAll()
{
    for (SessionField field : {SessionField::Title, SessionField::Summary, SessionField::Severity, SessionField::Status,
                               SessionField::StartedAt, SessionField::DetectedAt, SessionField::ResolvedAt,
                               SessionField::ImpactDescription, SessionField::UsersAffected, SessionField::CostPerMinute,
                               SessionField::Currency, SessionField::Facilitator})
        refreshField(field);
}

void SessionDetailsPanel::refreshField(SessionField field)
{
    QVariant value = m_document ? m_document->sessionField(field) : QVariant();
    if (m_nameMask && m_nameMask->isOn() && value.userType() == QMetaType::QString)
        value = m_nameMask->apply(value.toString());
    // Never rewrite a text the user is typing in: the cursor would jump.
    const auto setLine = [&value](QLineEdit *edit) {
        const QString text = value.isValid() ? value.toString() : QString();
        if (edit->text() != text && !(edit->hasFocus() && edit->isModified())) {
            edit->setText(text);
            edit->setCursorPosition(0); // show the start of a long title
        }
    };
    const auto setText = [&value](QPlainTextEdit *edit) {
        if (edit->toPlainText() != value.toString() && !edit->hasFocus()) {
            const QSignalBlocker blocker(edit);
            edit->setPlainText(value.toString());
        }
    };
    switch (field) {
    case SessionField::Title: setLine(m_title); break;
    case SessionField::Summary: setText(m_summary); break;
    case SessionField::Severity:
        m_severity->setCurrentIndex(m_severity->findData(value.toInt()));
        m_severityDescription->setText(Labels::severityDescription(value.toInt()));
        break;
    case SessionField::Status: m_status->setCurrentIndex(m_status->findData(value.toInt())); break;
    case SessionField::StartedAt:
    case SessionField::DetectedAt:
    case SessionField::ResolvedAt: refreshTimes(); break;
    case SessionField::ImpactDescription: setText(m_impactDescription); break;
    case SessionField::UsersAffected:
        if (!m_usersAffected->hasFocus())
            m_usersAffected->setText(value.isValid() ? QLocale().toString(value.toLongLong()) : QString());
        break;
    case SessionField::CostPerMinute:
        if (!m_costPerMinute->hasFocus())
            m_costPerMinute->setText(value.isValid() ? QLocale().toString(value.toDouble(), 'f', 2) : QString());
        break;
    case SessionField::Currency: setLine(m_currency); break;
    case SessionField::Facilitator: setLine(m_facilitator); break;
    }
}

void SessionDetailsPanel::refreshTimes()
{
    // A new session, or none, shows empty fields: nothing of the session before stays.
    const Session empty;
    for (SessionTimeField *time : m_times)
        time->update(m_document ? m_document->session() : empty);
}

void SessionDetailsPanel::updateReadOnly()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const bool namesShown = !(m_nameMask && m_nameMask->isOn());
    for (QLineEdit *edit : {m_usersAffected, m_costPerMinute, m_currency, m_newParticipant})
        edit->setReadOnly(!editable);
    m_title->setReadOnly(!editable || !namesShown);
    m_facilitator->setReadOnly(!editable || !namesShown);
    m_summary->setReadOnly(!editable || !namesShown);
    m_impactDescription->setReadOnly(!editable || !namesShown);
    m_severity->setEnabled(editable);
    m_status->setEnabled(editable);
    for (SessionTimeField *time : m_times)
        time->setReadOnly(!editable);
    m_addParticipant->setEnabled(editable);
    m_removeParticipant->setEnabled(editable);
    setEnabled(m_document != nullptr);
}

void SessionDetailsPanel::pushField(SessionField field, const QVariant &value)
{
    if (!m_document || m_document->sessionField(field) == value)
        return;
    m_document->push(new EditSessionFieldCommand(m_document, field, value));
}

void SessionDetailsPanel::timeEdited(SessionField field, const QDateTime &value)
{
    if (!m_document)
        return;
    QDateTime started = m_document->session().startedAt;
    QDateTime detected = m_document->session().detectedAt;
    QDateTime resolved = m_document->session().resolvedAt;
    if (field == SessionField::StartedAt)
        started = value;
    else if (field == SessionField::DetectedAt)
        detected = value;
    else
        resolved = value;
    QString problem;
    if (started.isValid() && detected.isValid() && detected < started)
        problem = tr("Detected is before started: not saved. Correct one of the two.");
    else if (started.isValid() && resolved.isValid() && resolved < started)
        problem = tr("Resolved is before started: not saved. Correct one of the two.");
    else if (detected.isValid() && resolved.isValid() && resolved < detected)
        problem = tr("Resolved is before detected: not saved. Correct one of the two.");
    setMessage(m_timesMessage, problem);
    if (problem.isEmpty())
        pushField(field, value.isValid() ? QVariant(value) : QVariant());
}

void SessionDetailsPanel::numberEdited(SessionField field, QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        setMessage(m_impactMessage, {});
        pushField(field, QVariant());
        return;
    }
    bool ok = false;
    if (field == SessionField::UsersAffected) {
        qlonglong users = QLocale().toLongLong(text, &ok);
        if (!ok)
            users = text.toLongLong(&ok);
        if (!ok || users < 0) {
            setMessage(m_impactMessage, tr("Users affected must be a whole number, zero or more: not saved."));
            return;
        }
        setMessage(m_impactMessage, {});
        pushField(field, users);
        return;
    }
    double cost = QLocale().toDouble(text, &ok);
    if (!ok)
        cost = text.toDouble(&ok);
    if (!ok || cost < 0 || !std::isfinite(cost)) {
        setMessage(m_impactMessage, tr("Cost per minute must be a number, zero or more: not saved."));
        return;
    }
    setMessage(m_impactMessage, {});
    pushField(field, cost);
}

void SessionDetailsPanel::setMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void SessionDetailsPanel::addParticipant()
{
    const QString name = m_newParticipant->text().trimmed();
    if (!m_document || name.isEmpty())
        return;
    Participant participant;
    participant.id = m_document->newParticipantId();
    participant.name = name;
    if (m_document->push(new AddParticipantCommand(m_document, participant)))
        m_newParticipant->clear();
}

void SessionDetailsPanel::removeParticipants()
{
    if (!m_document)
        return;
    const QModelIndexList rows = m_participantsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QStringList ids;
    for (const QModelIndex &row : rows)
        ids << m_participants->participantId(row.row());
    SessionDocument::Step step(m_document, tr("Remove participants"));
    for (const QString &id : std::as_const(ids))
        m_document->push(new RemoveParticipantCommand(m_document, id));
}

} // namespace Whyboard
