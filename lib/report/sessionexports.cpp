#include "report/sessionexports.h"

#include "analysis/chainchecks.h"
#include "report/boardimageexporter.h"
#include "report/markdownexporter.h"
#include "report/reportwriter.h"

namespace Whyboard {

QList<CheckFinding> SessionExports::findings(const Session &session)
{
    ChainCheckOptions options;
    options.includeDismissed = true;
    return ChainChecks::run(session, options);
}

QString SessionExports::writePdf(const Session &session, const QString &path)
{
    ReportOptions options;
    options.findings = findings(session);
    return ReportWriter(session, options).writePdf(path);
}

QString SessionExports::writePng(const Session &session, const QString &path)
{
    return BoardImageExporter::writePng(session, path);
}

QString SessionExports::writeSvg(const Session &session, const QString &path)
{
    return BoardImageExporter::writeSvg(session, path);
}

QString SessionExports::writeMarkdown(const Session &session, const QString &path)
{
    return MarkdownExporter::write(session, path, findings(session));
}

} // namespace Whyboard
