#pragma once

#include "analysis/checkfinding.h"
#include "data/session.h"

#include <QList>
#include <QString>

namespace Whyboard {

// Every export of a session in one shape, (session, output path) -> error for the user or
// empty, as the command line's verb table and the window's File › Export actions call them.
// The report and the Markdown include the chain checks' findings, dismissed ones with their
// reasons.
class SessionExports
{
public:
    static QString writePdf(const Session &session, const QString &path);
    static QString writePng(const Session &session, const QString &path);
    static QString writeSvg(const Session &session, const QString &path);
    static QString writeMarkdown(const Session &session, const QString &path);

    static QList<CheckFinding> findings(const Session &session);
};

} // namespace Whyboard
