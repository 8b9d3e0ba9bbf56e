// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/sessionexports.h"

#include "analysis/chainchecks.h"
#include "report/boardimageexporter.h"
#include "report/markdownexporter.h"
#include "report/reportlanguage.h"
#include "report/reportwriter.h"

namespace Whyboard {

namespace {

// The options with the findings filled in, in the report's language (the scope is open).
ReportOptions withFindings(const Session &session, ReportOptions options)
{
    if (!options.findings)
        options.findings = SessionExports::findings(session);
    return options;
}

} // namespace

QList<CheckFinding> SessionExports::findings(const Session &session)
{
    ChainCheckOptions options;
    options.includeDismissed = true;
    return ChainChecks::run(session, options);
}

QString SessionExports::writePdf(const Session &session, const QString &path, const ReportOptions &options)
{
    const ReportLanguage language(options.language);
    if (!language.isValid())
        return language.error();
    return ReportWriter(session, withFindings(session, options)).writePdf(path);
}

QString SessionExports::writePng(const Session &session, const QString &path, const ReportOptions &options,
                                 qreal scale)
{
    const ReportLanguage language(options.language);
    if (!language.isValid())
        return language.error();
    if (options.summaryOnly)
        return ReportWriter(session, withFindings(session, options)).writeSummaryPng(path);
    return BoardImageExporter::writePng(session, path, scale);
}

QString SessionExports::writeSvg(const Session &session, const QString &path, const ReportOptions &options)
{
    const ReportLanguage language(options.language);
    if (!language.isValid())
        return language.error();
    return BoardImageExporter::writeSvg(session, path);
}

QString SessionExports::writeMarkdown(const Session &session, const QString &path, const ReportOptions &options)
{
    const ReportLanguage language(options.language);
    if (!language.isValid())
        return language.error();
    return MarkdownExporter::write(session, path, withFindings(session, options).findings);
}

} // namespace Whyboard
