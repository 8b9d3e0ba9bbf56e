// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/sessiondocument.h"

#include <QStringList>

namespace Whyboard::Test {

// Records every change signal of a document, in order, as "name(args) counts" where counts
// are the list sizes at the moment of the signal: "about to" signals must come before the
// change, the others after it.
class SignalLog
{
public:
    explicit SignalLog(SessionDocument *document)
        : m_document(document)
    {
        auto *d = document;
        auto one = [this](const char *name) {
            return [this, name](const QString &id) { add(QStringLiteral("%1(%2)").arg(QLatin1String(name), id)); };
        };
        auto pair = [this](const char *name) {
            return [this, name](const QString &a, const QString &b) {
                add(QStringLiteral("%1(%2,%3)").arg(QLatin1String(name), a, b));
            };
        };
        auto rowOnly = [this](const char *name) {
            return [this, name](int row) { add(QStringLiteral("%1(%2)").arg(QLatin1String(name)).arg(row)); };
        };
        auto row = [this](const char *name) {
            return [this, name](int r, const QString &id) {
                add(QStringLiteral("%1(%2,%3)").arg(QLatin1String(name)).arg(r).arg(id));
            };
        };
        QObject::connect(d, &SessionDocument::sessionFieldChanged, d,
                         [this](SessionField f) { add(QStringLiteral("sessionFieldChanged(%1)").arg(int(f))); });
        QObject::connect(d, &SessionDocument::cardAdded, d, one("cardAdded"));
        QObject::connect(d, &SessionDocument::cardAboutToBeRemoved, d, one("cardAboutToBeRemoved"));
        QObject::connect(d, &SessionDocument::cardRemoved, d, one("cardRemoved"));
        QObject::connect(d, &SessionDocument::cardChanged, d, one("cardChanged"));
        QObject::connect(d, &SessionDocument::cardMoved, d, one("cardMoved"));
        QObject::connect(d, &SessionDocument::linkAdded, d, pair("linkAdded"));
        QObject::connect(d, &SessionDocument::linkAboutToBeRemoved, d, pair("linkAboutToBeRemoved"));
        QObject::connect(d, &SessionDocument::linkRemoved, d, pair("linkRemoved"));
        QObject::connect(d, &SessionDocument::linkChanged, d, pair("linkChanged"));
        QObject::connect(d, &SessionDocument::eventAboutToBeInserted, d, rowOnly("eventAboutToBeInserted"));
        QObject::connect(d, &SessionDocument::eventInserted, d, row("eventInserted"));
        QObject::connect(d, &SessionDocument::eventAboutToBeRemoved, d, row("eventAboutToBeRemoved"));
        QObject::connect(d, &SessionDocument::eventRemoved, d, row("eventRemoved"));
        QObject::connect(d, &SessionDocument::eventChanged, d, row("eventChanged"));
        QObject::connect(d, &SessionDocument::actionAboutToBeInserted, d, rowOnly("actionAboutToBeInserted"));
        QObject::connect(d, &SessionDocument::actionInserted, d, row("actionInserted"));
        QObject::connect(d, &SessionDocument::actionAboutToBeRemoved, d, row("actionAboutToBeRemoved"));
        QObject::connect(d, &SessionDocument::actionRemoved, d, row("actionRemoved"));
        QObject::connect(d, &SessionDocument::actionChanged, d, row("actionChanged"));
        QObject::connect(d, &SessionDocument::participantAboutToBeInserted, d, rowOnly("participantAboutToBeInserted"));
        QObject::connect(d, &SessionDocument::participantInserted, d, row("participantInserted"));
        QObject::connect(d, &SessionDocument::participantAboutToBeRemoved, d, row("participantAboutToBeRemoved"));
        QObject::connect(d, &SessionDocument::participantRemoved, d, row("participantRemoved"));
        QObject::connect(d, &SessionDocument::participantChanged, d, row("participantChanged"));
        QObject::connect(d, &SessionDocument::dismissedFindingsChanged, d,
                         [this] { add(QStringLiteral("dismissedFindingsChanged")); });
    }

    // Only the names and arguments, without the counts.
    QStringList names() const
    {
        QStringList result;
        for (const QString &entry : m_entries)
            result.append(entry.section(QLatin1Char(' '), 0, 0));
        return result;
    }
    QStringList entries() const { return m_entries; }
    void clear() { m_entries.clear(); }

private:
    void add(const QString &what)
    {
        const Session &s = m_document->session();
        m_entries.append(QStringLiteral("%1 c%2 l%3 e%4 a%5 p%6")
                             .arg(what)
                             .arg(s.cards.size())
                             .arg(s.links.size())
                             .arg(s.timeline.size())
                             .arg(s.actions.size())
                             .arg(s.participants.size()));
    }

    SessionDocument *m_document;
    QStringList m_entries;
};

} // namespace Whyboard::Test
