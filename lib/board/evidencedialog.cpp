// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/evidencedialog.h"

#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Whyboard {

EvidenceDialog::EvidenceDialog(SessionDocument *document, const QString &cardId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_cardId(cardId)
    , m_cardText(new QLabel(this))
    , m_evidence(new QPlainTextEdit(this))
    , m_verified(new QCheckBox(tr("The room has &checked this evidence"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Evidence"));
    const Card *card = document ? document->session().card(cardId) : nullptr;
    m_cardText->setWordWrap(true);
    m_cardText->setText(card && !card->text.isEmpty() ? card->text : tr("(no text yet)"));
    auto *question = new QLabel(tr("&How do you know? (a log line, a graph, a ticket, what someone saw)"), this);
    question->setBuddy(m_evidence);
    question->setWordWrap(true);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setPlainText(card ? card->evidence : QString());
    m_verified->setObjectName(QStringLiteral("verified"));
    m_verified->setChecked(card && card->isVerified());
    m_verified->setToolTip(tr("A cause counts as verified only when its evidence is written down and checked"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cardText);
    layout->addWidget(question);
    layout->addWidget(m_evidence);
    layout->addWidget(m_verified);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, &EvidenceDialog::updateVerifiedBox);
    updateVerifiedBox();
    m_evidence->setFocus();
}

EvidenceDialog *EvidenceDialog::editEvidence(SessionDocument *document, const QString &cardId, QWidget *parent)
{
    const Card *card = document ? document->session().card(cardId) : nullptr;
    if (!card || card->kind == CardKind::Problem)
        return nullptr;
    if (document->isReadOnly()) {
        document->refuseEdit(tr("This session is open read-only; changes are not possible."));
        return nullptr;
    }
    auto *dialog = new EvidenceDialog(document, cardId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void EvidenceDialog::updateVerifiedBox()
{
    const bool hasEvidence = !m_evidence->toPlainText().trimmed().isEmpty();
    m_verified->setEnabled(hasEvidence);
    if (!hasEvidence)
        m_verified->setChecked(false);
}

void EvidenceDialog::accept()
{
    const Card *card = m_document ? m_document->session().card(m_cardId) : nullptr;
    if (card) {
        Card edited = *card;
        edited.evidence = m_evidence->toPlainText().trimmed();
        edited.verified = m_verified->isChecked();
        m_document->push(new EditCardCommand(m_document, edited));
    }
    QDialog::accept();
}

} // namespace Whyboard
