// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/sessionfield.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Whyboard {

class NameMask;

class ParticipantsModel;
class SessionDocument;
class SessionTimeField;

// The session's details: title, summary, severity, status, times, impact, people.
// Every edit is one EditSessionFieldCommand (typing merges); invalid input is shown
// next to the field and not pushed.
class SessionDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionDetailsPanel(QWidget *parent = nullptr);

    void setDocument(SessionDocument *document);
    // While the mask hides names, the texts that may hold them (title, summary, impact,
    // facilitator) show "Person A", … and are read-only, so no masked text is written back.
    void setNameMask(const NameMask *mask);

    // The message shown under the times and impact fields; empty when all is valid.
    QString validationMessage() const;
    // The started (0), detected (1) and resolved (2) time fields.
    SessionTimeField *timeField(int which) const { return m_times[which]; }

private:
    QWidget *buildDetails();
    QWidget *buildPeople();
    void refreshAll();
    void refreshField(SessionField field);
    void refreshTimes();
    void updateReadOnly();
    void pushField(SessionField field, const QVariant &value);
    void timeEdited(SessionField field, const QDateTime &value);
    void numberEdited(SessionField field, QLineEdit *edit);
    void setMessage(QLabel *label, const QString &message);
    void addParticipant();
    void removeParticipants();

    QPointer<SessionDocument> m_document;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_severityDescription = nullptr;
    QComboBox *m_status = nullptr;
    SessionTimeField *m_times[3] = {nullptr, nullptr, nullptr}; // started, detected, resolved
    QLabel *m_timesMessage = nullptr;
    QPlainTextEdit *m_impactDescription = nullptr;
    QLineEdit *m_usersAffected = nullptr;
    QLineEdit *m_costPerMinute = nullptr;
    QLineEdit *m_currency = nullptr;
    QLabel *m_impactMessage = nullptr;
    QLineEdit *m_facilitator = nullptr;
    ParticipantsModel *m_participants = nullptr;
    QTableView *m_participantsView = nullptr;
    QLineEdit *m_newParticipant = nullptr;
    QPushButton *m_addParticipant = nullptr;
    QPushButton *m_removeParticipant = nullptr;
    QList<QMetaObject::Connection> m_connections;
    const NameMask *m_nameMask = nullptr;
};

} // namespace Whyboard
