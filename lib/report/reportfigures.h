// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Whyboard {

// The figures row of a report, as label, value and a small detail line: started, detected,
// resolved, time to detect, time to resolve, duration and estimated cost.
class ReportFigures
{
    Q_DECLARE_TR_FUNCTIONS(ReportFigures)

public:
    struct Figure
    {
        QString label;
        QString value;  // a dash when unknown
        QString detail; // the date and offset under a time, the rate under a cost
    };

    explicit ReportFigures(const Session &session);

    QList<Figure> figures() const;

private:
    const Session &m_session;
};

} // namespace Whyboard
