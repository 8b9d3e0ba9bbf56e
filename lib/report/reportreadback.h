// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>

namespace Whyboard {

class ReportFlow;

// The read-back in the report, as ReadBackPlan reads a board of any size: each chain from its
// root cause up, "…, therefore …", printed once; a chain that joins one already read says
// where to read on (a link). Steps the room found do not hold are marked; each card links to
// its place on the diagram.
class ReportReadBack
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportReadBack(const Session &session);

    void write(ReportFlow &flow) const;

    // Where a card is read in the read-back, for the references between chains.
    static QString anchor(const QString &cardId);

private:
    const Session &m_session;
};

} // namespace Whyboard
