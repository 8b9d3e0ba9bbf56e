#include "report/reportreadback.h"

#include "analysis/chainpaths.h"
#include "report/reportdiagram.h"
#include "report/reportflow.h"
#include "report/reportstyle.h"

namespace Whyboard {

namespace {

constexpr int maximumReadBackPaths = 200;

} // namespace

ReportReadBack::ReportReadBack(const Session &session)
    : m_session(session)
{
}

void ReportReadBack::write(ReportFlow &flow) const
{
    flow.heading(tr("Read-back"), QStringLiteral("read-back"));
    const QList<QStringList> paths = ChainPaths::readBackPaths(m_session, maximumReadBackPaths + 1);
    if (paths.isEmpty()) {
        flow.note(tr("No chain reaches the problem yet."));
        return;
    }
    flow.paragraph(tr("Each chain read from its root cause up to the problem."),
                   ReportStyle::text(9, QFont::Normal, ReportStyle::muted()), 4)
        .keepWithNext = true;
    const QTextCharFormat number = ReportStyle::text(10, QFont::Bold, ReportStyle::accent());
    const QTextCharFormat root = ReportStyle::text(10.5, QFont::DemiBold);
    const QTextCharFormat step = ReportStyle::text(10.5);
    QTextCharFormat therefore = ReportStyle::text(9.5, QFont::Normal, ReportStyle::muted());
    therefore.setFontItalic(true);
    const QTextCharFormat doesNotHold = ReportStyle::text(9.5, QFont::DemiBold, ReportStyle::warning());

    const int shown = std::min(int(paths.size()), maximumReadBackPaths);
    for (int p = 0; p < shown; ++p) {
        const QStringList &path = paths.at(p);
        for (int i = 0; i < path.size(); ++i) {
            const Card *card = m_session.card(path.at(i));
            const QString text = card ? card->text : QString();
            const QString target = ReportDiagram::anchor(path.at(i));
            ReportFlow::Cell runs;
            if (i == 0) {
                runs << TextRun{QStringLiteral("%1   ").arg(p + 1), number, {}} << TextRun{text, root, target};
            } else {
                const int link = m_session.indexOfLink(path.at(i - 1), path.at(i));
                const bool broken = link >= 0 && m_session.links.at(link).verdict == ReadBackVerdict::DoesNotHold;
                runs << TextRun{tr("therefore") + QLatin1Char(' '), therefore, {}};
                if (broken)
                    runs << TextRun{tr("(the room found this step does not hold)") + QLatin1Char(' '), doesNotHold, {}};
                runs << TextRun{text, i + 1 == path.size() ? root : step, target};
            }
            FlowBox &box = flow.paragraph(runs, 0, ReportStyle::px(i == 0 ? 0 : 22));
            box.marginTop = ReportStyle::px(i == 0 ? 10 : 2);
            box.keepWithNext = i == 0;
        }
    }
    if (paths.size() > maximumReadBackPaths)
        flow.note(tr("The board has more chains than a reader can follow; the first %1 are shown.")
                      .arg(maximumReadBackPaths));
}

} // namespace Whyboard
