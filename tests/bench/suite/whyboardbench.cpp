// SPDX-License-Identifier: GPL-3.0-or-later
// whyboard_bench: every speed figure of Whyboard next to its floor, the same work done the
// plainest way Qt (or sqlite3) allows, measured in the same run, interleaved; see
// tests/bench/README.md. It asserts nothing about speed: it fails only when a measure could
// not do its work.
#include "benchsessions.h"
#include "boardmeasures.h"
#include "reportmeasures.h"
#include "postgresmeasures.h"
#include "startmeasures.h"
#include "storagemeasures.h"

#include "storage/sessionjsonwriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Whyboard::Bench;

int main(int argc, char *argv[])
{
    // Offscreen unless asked otherwise (QT_QPA_PLATFORM=xcb): the figures CI sees, no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The memory measure's child writes one PDF and prints its peak.
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0) {
        QApplication application(argc, argv);
        return ReportMeasures::runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window measures must not touch the user's settings
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Whyboard's speed next to the toolkit's floor."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object, a key per measure."));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("One round, few frames, a smaller library: checks that every measure runs."));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only the groups named (board, layout, edit, "
                                                                         "open, library, pdf, start, postgres), comma-separated."),
                                  QStringLiteral("groups"));
    const QCommandLineOption writeSession(
        QStringLiteral("write-session"),
        QStringLiteral("Write the generated session of that many cards (12 levels, 3,000 events, 600 actions) as a "
                       "session file, to look at it in Whyboard, and stop."),
        QStringLiteral("cards:file"));
    parser.addOptions({json, quick, only, writeSession});
    parser.process(application);
    if (parser.isSet(writeSession)) {
        const QStringList parts = parser.value(writeSession).split(u':');
        QFile file(parts.value(1));
        const int cards = parts.value(0).toInt();
        if (parts.size() != 2 || cards < 1 || !file.open(QIODevice::WriteOnly))
            qFatal("--write-session wants CARDS:FILE");
        file.write(Whyboard::SessionJsonWriter::write(BenchSessions::dag(cards, cards >= 5000 ? 16 : 12, 3000, 600)));
        return 0;
    }

    BenchOptions options;
    if (parser.isSet(quick)) {
        options.quick = true;
        options.rounds = 1;
        options.dragRounds = 1;
        options.frames = 6;
    }
    QTemporaryDir folder;
    if (!folder.isValid())
        qFatal("no temporary folder");
    const QString path = folder.path();
    const QStringList groups = parser.value(only).split(u',', Qt::SkipEmptyParts);
    MeasurementReport report;
    QElapsedTimer clock;
    clock.start();
    auto run = [&](const char *group, const std::function<QList<Measurement>()> &measure) {
        if (!groups.isEmpty() && !groups.contains(QLatin1String(group)))
            return;
        std::fprintf(stderr, "measuring %s...", group);
        const QList<Measurement> measured = measure();
        std::fprintf(stderr, " %.0f s\n", double(clock.restart()) / 1000);
        for (const Measurement &m : measured)
            report.add(m);
    };
    const BoardMeasures board(options);
    const StorageMeasures storage(options, path);
    run("board", [&] {
        QList<Measurement> all;
        // Quick runs prove the measures work; the sizes that matter take minutes.
        const QList<int> sizes = options.quick ? QList<int>{500, 2000} : QList<int>{1000, 5000, 10000};
        for (const int cards : sizes)
            all += board.dragAndRepaint(cards, cards >= 5000 ? 16 : 12, cards == sizes.last());
        return all;
    });
    run("layout", [&] { return board.layout(400, 12); });
    run("edit", [&] { return QList<Measurement>{storage.edit()}; });
    run("open", [&] { return storage.open(1000, 3000); });
    run("library", [&] { return storage.library(options.quick ? 100 : 1000, 100); });
    run("pdf", [&] { return ReportMeasures(options, path).pdf(400, 3000, 600); });
    run("start", [&] { return StartMeasures(options, path).start(); });
    run("postgres", [&] { return PostgresMeasures(options, path).measure(); });

    const QByteArray output = parser.isSet(json) ? report.json(options.quick) : report.table();
    std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
    return report.isEmpty() ? 1 : 0;
}
