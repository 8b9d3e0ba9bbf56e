// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkfinding.h"
#include "data/session.h"
#include "report/reportoptions.h"

#include <QList>
#include <QString>

namespace Whyboard {

// Every export of a session in one shape, (session, output path, options) -> error for the
// user or empty, as the command line's verb table and the window's File › Export actions call
// them. Each export runs inside a ReportLanguage scope for options.language, so its words,
// check findings, dates, times, numbers and money are the report's language; an unknown
// language is refused before anything is written. The report and the Markdown include the
// chain checks' findings, dismissed ones with their reasons (options.findings, when unset).
// writePdf follows options.sections and options.summaryOnly; writePng writes the report's
// one-page summary instead of the board when options.summaryOnly is set (scale: the board
// image's, 2 = sharp on high-density screens).
class SessionExports
{
public:
    static QString writePdf(const Session &session, const QString &path, const ReportOptions &options = {});
    static QString writePng(const Session &session, const QString &path, const ReportOptions &options = {},
                            qreal scale = 2.0);
    static QString writeSvg(const Session &session, const QString &path, const ReportOptions &options = {});
    static QString writeMarkdown(const Session &session, const QString &path, const ReportOptions &options = {});

    // Run in the current language: call inside the export's ReportLanguage scope.
    static QList<CheckFinding> findings(const Session &session);
};

} // namespace Whyboard
