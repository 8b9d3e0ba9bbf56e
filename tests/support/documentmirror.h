// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/sessiondocument.h"

#include <QHash>
#include <QObject>

namespace Whyboard::Test {

// Keeps a copy of a document's session up to date from its change signals alone, the way a
// view or the library writer does. If a change ever happened without its signal, the copy
// would fall behind: compare copy() with the document's session.
class DocumentMirror
{
public:
    explicit DocumentMirror(SessionDocument *document)
        : m_document(document)
        , m_copy(document->session())
    {
        auto *d = document;
        const Session &s = document->session();
        QObject::connect(d, &SessionDocument::sessionFieldChanged, d, [this](SessionField f) { copyField(f); });
        QObject::connect(d, &SessionDocument::cardAdded, d, [this, &s](const QString &id) {
            m_copy.cards.insert(s.indexOfCard(id), *s.card(id));
        });
        QObject::connect(d, &SessionDocument::cardRemoved, d, [this](const QString &id) {
            m_copy.cards.removeAt(m_copy.indexOfCard(id));
        });
        auto refreshCard = [this, &s](const QString &id) { m_copy.cards[m_copy.indexOfCard(id)] = *s.card(id); };
        QObject::connect(d, &SessionDocument::cardChanged, d, refreshCard);
        QObject::connect(d, &SessionDocument::cardMoved, d, refreshCard);
        QObject::connect(d, &SessionDocument::linkAdded, d, [this, &s](const QString &cause, const QString &effect) {
            const int index = s.indexOfLink(cause, effect);
            m_copy.links.insert(index, s.links.at(index));
        });
        QObject::connect(d, &SessionDocument::linkRemoved, d, [this](const QString &cause, const QString &effect) {
            m_copy.links.removeAt(m_copy.indexOfLink(cause, effect));
        });
        QObject::connect(d, &SessionDocument::linkChanged, d, [this, &s](const QString &cause, const QString &effect) {
            m_copy.links[m_copy.indexOfLink(cause, effect)] = s.links.at(s.indexOfLink(cause, effect));
        });
        QObject::connect(d, &SessionDocument::eventInserted, d,
                         [this, &s](int row) { m_copy.timeline.insert(row, s.timeline.at(row)); });
        QObject::connect(d, &SessionDocument::eventRemoved, d, [this](int row) { m_copy.timeline.removeAt(row); });
        QObject::connect(d, &SessionDocument::eventChanged, d,
                         [this, &s](int row) { m_copy.timeline[row] = s.timeline.at(row); });
        QObject::connect(d, &SessionDocument::actionInserted, d,
                         [this, &s](int row) { m_copy.actions.insert(row, s.actions.at(row)); });
        QObject::connect(d, &SessionDocument::actionRemoved, d, [this](int row) { m_copy.actions.removeAt(row); });
        QObject::connect(d, &SessionDocument::actionChanged, d,
                         [this, &s](int row) { m_copy.actions[row] = s.actions.at(row); });
        QObject::connect(d, &SessionDocument::participantInserted, d,
                         [this, &s](int row) { m_copy.participants.insert(row, s.participants.at(row)); });
        QObject::connect(d, &SessionDocument::participantRemoved, d,
                         [this](int row) { m_copy.participants.removeAt(row); });
        QObject::connect(d, &SessionDocument::participantChanged, d,
                         [this, &s](int row) { m_copy.participants[row] = s.participants.at(row); });
        QObject::connect(d, &SessionDocument::dismissedFindingsChanged, d,
                         [this, &s] { m_copy.dismissedFindings = s.dismissedFindings; });
    }

    const Session &copy() const { return m_copy; }

private:
    // Only the field the signal names, so that a change without its signal shows.
    void copyField(SessionField field)
    {
        const Session &s = m_document->session();
        switch (field) {
        case SessionField::Title:
            m_copy.title = s.title;
            break;
        case SessionField::Summary:
            m_copy.summary = s.summary;
            break;
        case SessionField::Severity:
            m_copy.severity = s.severity;
            break;
        case SessionField::Status:
            m_copy.status = s.status;
            break;
        case SessionField::StartedAt:
            m_copy.startedAt = s.startedAt;
            break;
        case SessionField::DetectedAt:
            m_copy.detectedAt = s.detectedAt;
            break;
        case SessionField::ResolvedAt:
            m_copy.resolvedAt = s.resolvedAt;
            break;
        case SessionField::ImpactDescription:
            m_copy.impact.description = s.impact.description;
            break;
        case SessionField::UsersAffected:
            m_copy.impact.usersAffected = s.impact.usersAffected;
            break;
        case SessionField::CostPerMinute:
            m_copy.impact.costPerMinute = s.impact.costPerMinute;
            break;
        case SessionField::Currency:
            m_copy.impact.currency = s.impact.currency;
            break;
        case SessionField::Facilitator:
            m_copy.facilitator = s.facilitator;
            break;
        }
    }

    SessionDocument *m_document;
    Session m_copy;
};

} // namespace Whyboard::Test
