#include "samplesessions.h"

#include "data/labels.h"
#include "data/localeformat.h"
#include "report/boardimageexporter.h"
#include "report/markdownexporter.h"
#include "report/reportwriter.h"
#include "report/sessionexports.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Whyboard;

// A large postmortem (400 cards, 3,000 timeline events, 600 actions) through every export.
// The PDF is measured against its floor: QPdfWriter painting the same texts as plain lines,
// the plainest way Qt writes them, interleaved in one run; memory as each one's peak in a
// process of its own. Run: bench_report; nothing here is asserted on time.
class BenchReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfAgainstFloor();
    void peakMemoryAgainstFloor();
    void png();
    void svg();
    void markdown();

private:
    QTemporaryDir m_dir;
    Session m_session;
};

namespace {

Session largeSession()
{
    return Test::randomSession(7, 400, 3000, 600);
}

// Every text the report prints, each figure and label too, as plain lines on pages of the
// report's size.
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

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

void BenchReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = largeSession();
}

void BenchReport::pdfAgainstFloor()
{
    const QString report = m_dir.filePath(QStringLiteral("large.pdf"));
    const QString floor = m_dir.filePath(QStringLiteral("floor.pdf"));
    ReportOptions options;
    options.findings = SessionExports::findings(m_session);
    QList<qint64> reportTimes;
    QList<qint64> floorTimes;
    QElapsedTimer timer;
    for (int round = 0; round < 3; ++round) {
        timer.start();
        writeFloorPdf(m_session, floor);
        floorTimes.append(timer.elapsed());
        timer.start();
        QCOMPARE(ReportWriter(m_session, options).writePdf(report), QString());
        reportTimes.append(timer.elapsed());
    }
    const qint64 reportMs = median(reportTimes);
    const qint64 floorMs = std::max<qint64>(1, median(floorTimes));
    qInfo("PDF report %lld ms, floor %lld ms, ratio %.2fx (medians of 3)", reportMs, floorMs,
          double(reportMs) / double(floorMs));
}

void BenchReport::peakMemoryAgainstFloor()
{
    auto peakOf = [this](const QString &what) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WHYBOARD_BENCH_CHILD"), what);
        environment.insert(QStringLiteral("WHYBOARD_BENCH_OUT"), m_dir.filePath(what + QStringLiteral(".pdf")));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        child.waitForFinished(600000);
        return QString::fromLatin1(child.readAllStandardOutput()).trimmed().toLongLong();
    };
    const qint64 floorKb = peakOf(QStringLiteral("floor"));
    const qint64 reportKb = peakOf(QStringLiteral("report"));
    QVERIFY(floorKb > 0 && reportKb > 0);
    qInfo("PDF peak memory: report %lld KiB, floor %lld KiB, ratio %.2fx", reportKb, floorKb,
          double(reportKb) / double(floorKb));
}

void BenchReport::png()
{
    const QString path = m_dir.filePath(QStringLiteral("large.png"));
    QBENCHMARK_ONCE {
        QCOMPARE(BoardImageExporter::writePng(m_session, path), QString());
    }
}

void BenchReport::svg()
{
    const QString path = m_dir.filePath(QStringLiteral("large.svg"));
    QBENCHMARK_ONCE {
        QCOMPARE(BoardImageExporter::writeSvg(m_session, path), QString());
    }
}

void BenchReport::markdown()
{
    const QString path = m_dir.filePath(QStringLiteral("large.md"));
    QBENCHMARK_ONCE {
        QCOMPARE(MarkdownExporter::write(m_session, path), QString());
    }
}

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    // A child measures one export's peak memory alone and prints it (KiB).
    const QString child = qEnvironmentVariable("WHYBOARD_BENCH_CHILD");
    if (!child.isEmpty()) {
        const Session session = largeSession();
        const QString out = qEnvironmentVariable("WHYBOARD_BENCH_OUT");
        if (child == QLatin1String("floor"))
            writeFloorPdf(session, out);
        else
            SessionExports::writePdf(session, out);
        printf("%lld\n", peakKilobytes());
        return 0;
    }
    BenchReport bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_report.moc"
