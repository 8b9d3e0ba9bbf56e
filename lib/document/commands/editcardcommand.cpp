// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editcardcommand.h"

#include "data/boundedvalues.h"
#include "data/causecategories.h"
#include "document/commands/mergeid.h"
#include "document/sessiondocument.h"

namespace Whyboard {

EditCardCommand::EditCardCommand(SessionDocument *document, const Card &newCard, int editRun,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_editRun(editRun)
{
    const Card *card = document->session().card(newCard.id);
    Q_ASSERT(card);
    if (card)
        m_old = *card;
    m_new = m_old;
    m_new.text = newCard.text;
    m_new.evidence = newCard.evidence;
    m_new.verified = newCard.isVerified();
    m_new.noActionAccepted = newCard.noActionAccepted;
    m_new.noActionReason = newCard.noActionReason;
    m_new.category = BoundedValues::text(newCard.category.trimmed());
    m_new.tags = BoundedValues::tags(newCard.tags);
    m_field = changedField(m_old, m_new);
    switch (m_field) {
    case Field::Text:
        setText(tr("Edit card text"));
        break;
    case Field::Evidence:
        setText(tr("Edit evidence"));
        break;
    case Field::Verified:
        setText(m_new.verified ? tr("Mark evidence verified") : tr("Mark evidence unverified"));
        break;
    case Field::NoAction:
        setText(m_new.noActionAccepted == m_old.noActionAccepted ? tr("Edit reason for no action")
                : m_new.noActionAccepted                          ? tr("Accept without action")
                                                                  : tr("Withdraw \"no action\""));
        break;
    case Field::Category:
        setText(m_new.category.isEmpty() ? tr("Clear cause category")
                                         : tr("Set cause category to %1").arg(CauseCategories::displayName(m_new.category)));
        break;
    case Field::Tags:
        setText(tr("Edit card tags"));
        break;
    case Field::None:
    case Field::Several:
        setText(tr("Edit card"));
        break;
    }
    setObsolete(m_field == Field::None);
}

EditCardCommand::Field EditCardCommand::changedField(const Card &before, const Card &after)
{
    // The mark and its reason are one field: accepting with a reason typed is one step.
    const bool noActionChanged = before.noActionAccepted != after.noActionAccepted
                                 || before.noActionReason != after.noActionReason;
    const int changes = int(before.text != after.text) + int(before.evidence != after.evidence)
                        + int(before.verified != after.verified) + int(noActionChanged)
                        + int(before.category != after.category) + int(before.tags != after.tags);
    if (changes == 0)
        return Field::None;
    if (changes > 1)
        return Field::Several;
    if (before.text != after.text)
        return Field::Text;
    if (noActionChanged)
        return Field::NoAction;
    if (before.category != after.category)
        return Field::Category;
    if (before.tags != after.tags)
        return Field::Tags;
    return before.evidence != after.evidence ? Field::Evidence : Field::Verified;
}

void EditCardCommand::redo() { m_document->updateCard(m_new); }

void EditCardCommand::undo() { m_document->updateCard(m_old); }

int EditCardCommand::newEditRun()
{
    static int lastRun = 0;
    return ++lastRun;
}

int EditCardCommand::id() const { return m_editRun != 0 ? int(MergeId::EditCard) : -1; }

bool EditCardCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCardCommand *>(other);
    if (next->m_editRun != m_editRun || next->m_document != m_document || next->m_new.id != m_new.id)
        return false;
    m_new = next->m_new;
    m_field = changedField(m_old, m_new);
    setText(next->text());
    if (m_field == Field::Several)
        setText(tr("Edit card"));
    setObsolete(m_field == Field::None);
    return true;
}

} // namespace Whyboard
