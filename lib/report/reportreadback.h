#pragma once

#include "data/session.h"

#include <QCoreApplication>

namespace Whyboard {

class ReportFlow;

// The read-back in the report: each root cause's chain up to the problem, "…, therefore …",
// steps the room found do not hold marked, each card linked to its place on the diagram.
class ReportReadBack
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportReadBack(const Session &session);

    void write(ReportFlow &flow) const;

private:
    const Session &m_session;
};

} // namespace Whyboard
