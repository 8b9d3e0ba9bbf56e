// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportmeasures.h"

#include "benchsessions.h"
#include "timing.h"

#include "data/labels.h"
#include "data/localeformat.h"
#include "report/reportwriter.h"
#include "report/sessionexports.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>

namespace Whyboard::Bench {

namespace {

constexpr int reportCards = 400;
constexpr int reportEvents = 3000;
constexpr int reportActions = 600;

Session reportSession()
{
    return BenchSessions::dag(reportCards, 12, reportEvents, reportActions);
}

// Every text the report prints, each figure and label too, as plain lines.
void writeFloorPdf(const Session &session, const QString &path)
{
    QStringList texts{session.title, session.summary, session.impact.description};
    for (const Card &card : session.cards)
        texts << card.text << card.evidence << Labels::cardKind(card.kind);
    for (const TimelineEvent &event : session.timeline)
        texts << LocaleFormat::time(event.at.time()) << Labels::eventKind(event.kind) << event.text;
    for (int i = 0; i < session.actions.size(); ++i) {
        const ActionItem &action = session.actions.at(i);
        texts << QString::number(i + 1) << action.text << action.link << action.owner << LocaleFormat::date(action.due)
              << Labels::actionCategory(action.category) << Labels::actionStatus(action.status);
    }
    for (const CheckFinding &finding : SessionExports::findings(session))
        texts << finding.message;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("sans"), 10));
    qreal y = 20;
    for (const QString &text : std::as_const(texts)) {
        if (y > 1000) {
            writer.newPage();
            y = 20;
        }
        painter.drawText(QPointF(0, y), text);
        y += 16;
    }
}

qint64 peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("VmHWM:\\s*(\\d+)")).match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

double childPeakMegabytes(const QString &what, const QString &outPath)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), what, outPath});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        qFatal("the %s child failed", qPrintable(what));
    return QString::fromLatin1(child.readAllStandardOutput()).trimmed().toDouble() / 1024.0;
}

} // namespace

ReportMeasures::ReportMeasures(const BenchOptions &options, const QString &folder)
    : m_options(options)
    , m_folder(folder)
{
}

QList<Measurement> ReportMeasures::pdf(int cards, int events, int actions) const
{
    Q_ASSERT(cards == reportCards && events == reportEvents && actions == reportActions);
    const Session session = reportSession();
    ReportOptions options;
    options.findings = SessionExports::findings(session);
    const QString report = m_folder + QStringLiteral("/report.pdf");
    const QString floor = m_folder + QStringLiteral("/floor.pdf");
    const TimedPair time = interleaved(
        std::max(1, m_options.rounds / 2),
        [&] {
            return millisecondsOf([&] {
                if (!ReportWriter(session, options).writePdf(report).isEmpty())
                    qFatal("the report was not written");
            });
        },
        [&] { return millisecondsOf([&] { writeFloorPdf(session, floor); }); });
    const double reportPeak = childPeakMegabytes(QStringLiteral("pdf-report"), report);
    const double floorPeak = childPeakMegabytes(QStringLiteral("pdf-floor"), floor);
    const QLocale english(QLocale::English);
    const QString size = QStringLiteral("%1 cards, %2 events, %3 actions")
                             .arg(english.toString(cards), english.toString(events), english.toString(actions));
    return {{QStringLiteral("pdf_%1").arg(cards), QStringLiteral("PDF report, %1").arg(size), time.ours, time.floor,
             std::nullopt, QStringLiteral("ms")},
            {QStringLiteral("pdf_%1_memory").arg(cards), QStringLiteral("PDF report's peak memory, %1").arg(size),
             reportPeak, floorPeak, std::nullopt, QStringLiteral("MB")}};
}

int ReportMeasures::runChild(const QString &what, const QString &outPath)
{
    const Session session = reportSession();
    if (what == QLatin1String("pdf-floor"))
        writeFloorPdf(session, outPath);
    else if (!SessionExports::writePdf(session, outPath).isEmpty())
        return 1;
    printf("%lld\n", peakKilobytes());
    return 0;
}

} // namespace Whyboard::Bench
