// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/commands/removedfindings.h"

#include "document/sessiondocument.h"

namespace Whyboard {

void RemovedFindings::plan(const SessionDocument *document, const QSet<QString> &itemIds)
{
    m_findings.clear();
    const QList<DismissedFinding> &findings = document->session().dismissedFindings;
    for (int i = 0; i < findings.size(); ++i) {
        if (itemIds.contains(findings.at(i).itemId))
            m_findings.append({i, findings.at(i)});
    }
}

void RemovedFindings::remove(SessionDocument *document) const
{
    for (auto it = m_findings.crbegin(); it != m_findings.crend(); ++it)
        document->removeDismissedFinding(it->first);
}

void RemovedFindings::restore(SessionDocument *document) const
{
    for (const auto &[index, finding] : m_findings)
        document->insertDismissedFinding(index, finding);
}

} // namespace Whyboard
