// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/editsessionfieldcommand.h"

#include "document/commands/mergeid.h"
#include "document/sessiondocument.h"
#include "data/zonedtime.h"

namespace Whyboard {

namespace {

QString textFor(SessionField field)
{
    switch (field) {
    case SessionField::Title:
        return EditSessionFieldCommand::tr("Edit title");
    case SessionField::Summary:
        return EditSessionFieldCommand::tr("Edit summary");
    case SessionField::Severity:
        return EditSessionFieldCommand::tr("Change severity");
    case SessionField::Status:
        return EditSessionFieldCommand::tr("Change status");
    case SessionField::StartedAt:
        return EditSessionFieldCommand::tr("Change start time");
    case SessionField::DetectedAt:
        return EditSessionFieldCommand::tr("Change detection time");
    case SessionField::ResolvedAt:
        return EditSessionFieldCommand::tr("Change resolution time");
    case SessionField::ImpactDescription:
        return EditSessionFieldCommand::tr("Edit impact");
    case SessionField::UsersAffected:
        return EditSessionFieldCommand::tr("Change users affected");
    case SessionField::CostPerMinute:
        return EditSessionFieldCommand::tr("Change cost per minute");
    case SessionField::Currency:
        return EditSessionFieldCommand::tr("Change currency");
    case SessionField::Facilitator:
        return EditSessionFieldCommand::tr("Edit facilitator");
    }
    return {};
}

// Whether setting either value gives the same session (times compare their offsets too).
bool sameValue(SessionField field, const QVariant &a, const QVariant &b)
{
    switch (field) {
    case SessionField::StartedAt:
    case SessionField::DetectedAt:
    case SessionField::ResolvedAt:
        return sameZonedTime(a.toDateTime(), b.toDateTime());
    case SessionField::UsersAffected:
        return a.isValid() == b.isValid() && a.toLongLong() == b.toLongLong();
    case SessionField::CostPerMinute:
        return a.isValid() == b.isValid() && a.toDouble() == b.toDouble();
    case SessionField::Severity:
    case SessionField::Status:
        return a.toInt() == b.toInt();
    default:
        return a.toString() == b.toString();
    }
}

} // namespace

EditSessionFieldCommand::EditSessionFieldCommand(SessionDocument *document, SessionField field,
                                                 const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_field(field)
    , m_old(document->sessionField(field))
    , m_new(value)
{
    setText(textFor(field));
    setObsolete(sameValue(field, m_old, m_new));
}

void EditSessionFieldCommand::redo() { m_document->setSessionField(m_field, m_new); }

void EditSessionFieldCommand::undo() { m_document->setSessionField(m_field, m_old); }

int EditSessionFieldCommand::id() const { return int(MergeId::EditSessionField); }

bool EditSessionFieldCommand::isTextField() const
{
    switch (m_field) {
    case SessionField::Title:
    case SessionField::Summary:
    case SessionField::ImpactDescription:
    case SessionField::Currency:
    case SessionField::Facilitator:
        return true;
    default:
        return false;
    }
}

bool EditSessionFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditSessionFieldCommand *>(other);
    if (!isTextField() || next->m_document != m_document || next->m_field != m_field)
        return false;
    m_new = next->m_new;
    setObsolete(sameValue(m_field, m_old, m_new));
    return true;
}

} // namespace Whyboard
