// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Whyboard {

class SessionDocument;

// "How do you know?": the evidence for one cause and whether the room has checked it. A cause
// counts as verified only with evidence, so the check box waits for some text, and clearing the
// text un-verifies. OK saves both as one EditCardCommand (one undo step).
//
// The one way into evidence editing, for the board (Ctrl+E, the card's menu), the outline and
// the Checks panel's "Add evidence" finding: EvidenceDialog::editEvidence().
class EvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    EvidenceDialog(SessionDocument *document, const QString &cardId, QWidget *parent = nullptr);

    // Opens the dialog for the card (window-modal, deleted when closed) and returns it; nullptr
    // when the card is unknown or is the problem, and when the document is read-only (the
    // refusal is announced like any other).
    static EvidenceDialog *editEvidence(SessionDocument *document, const QString &cardId, QWidget *parent);

    QString cardId() const { return m_cardId; }
    QPlainTextEdit *evidenceEdit() const { return m_evidence; }
    QCheckBox *verifiedBox() const { return m_verified; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void updateVerifiedBox();

    QPointer<SessionDocument> m_document;
    QString m_cardId;
    QLabel *m_cardText;
    QPlainTextEdit *m_evidence;
    QCheckBox *m_verified;
    QDialogButtonBox *m_buttons;
};

} // namespace Whyboard
