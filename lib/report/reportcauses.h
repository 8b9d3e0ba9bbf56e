// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>


namespace Whyboard {

class ReportFlow;

// The report's list of causes: each why with its number in the chain ("Why 3 / 5"), its
// evidence and whether the room checked it, and what addresses it (action items, or the
// room's decision that it needs no action, with the reason). Shared wording for the PDF and
// the Markdown export, so both say what the board and the checks say.
class ReportCauses
{
    Q_DECLARE_TR_FUNCTIONS(ReportCauses)

public:
    // listsActions: the report lists every action item further on, so causes may refer to them.
    explicit ReportCauses(const Session &session, bool listsActions = false);

    // Writes the heading and table.
    void write(ReportFlow &flow) const;

    // "Verified", "Not verified", "No evidence": Card::isVerified() in words.
    static QString evidenceState(const Card &card);
    // "Accepted, no action: <reason>" ("no reason given" when the room left none); empty when
    // the card is not marked.
    static QString noActionText(const Card &card);

private:
    const Session &m_session;
    bool m_listsActions;
};

} // namespace Whyboard
