// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "analysis/chainchecks.h"
#include "facilitationsessions.h"
#include "storage/sessionjsonformat.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// `whyboard --check --session ID [LIBRARY]` through the real binary.
class TestCheckCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Test::CommandRun run(const QStringList &arguments) const { return Test::runWhyboard(arguments, m_dir.path()); }

    QString importFile(const QString &jsonPath, const QString &library)
    {
        const Test::CommandRun imported = run({QStringLiteral("--import"), jsonPath, library});
        if (imported.exitCode != 0)
            return {};
        return imported.out.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WHYBOARD_BINARY)), WHYBOARD_BINARY);
        QVERIFY(QDir().mkpath(path(QStringLiteral("runtime"))));
        QFile::setPermissions(path(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void printsOneFindingPerLine()
    {
        const QString library = path(QStringLiteral("example.whyboard"));
        const QString id = importFile(QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json"), library);
        QVERIFY(!id.isEmpty());
        const Test::CommandRun checked = run({QStringLiteral("--check"), QStringLiteral("--session"), id, library});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY2(checked.err.isEmpty(), qPrintable(checked.err));

        // The same session as --export-json writes it: its ids and the findings it gives.
        const QString exported = path(QStringLiteral("example.json"));
        QCOMPARE(run({QStringLiteral("--export-json"), exported, QStringLiteral("--session"), id, library}).exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const SessionJsonFormat::ReadResult read = SessionJsonFormat::read(file.readAll());
        QVERIFY2(read.session, qPrintable(read.error));
        QSet<QString> ids;
        for (const Card &c : read.session->cards)
            ids.insert(c.id);
        for (const TimelineEvent &e : read.session->timeline)
            ids.insert(e.id);
        for (const ActionItem &a : read.session->actions)
            ids.insert(a.id);

        const QStringList lines = checked.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 5); // the example has shallow roots, missing evidence, missing dates
        QSet<QString> checks;
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 3);
            QVERIFY2(CheckIds::all().contains(fields.at(0)), qPrintable(line));
            QVERIFY2(ids.contains(fields.at(1)), qPrintable(line));
            QVERIFY(!fields.at(2).trimmed().isEmpty());
            checks.insert(fields.at(0));
        }
        QVERIFY(checks.contains(CheckIds::shallow));
        QVERIFY(checks.contains(CheckIds::actionQuality));
        QStringList expected;
        for (const CheckFinding &f : ChainChecks::run(*read.session))
            expected.append(ChainChecks::toLine(f));
        QCOMPARE(lines, expected);
    }

    void noFindingsIsNotAnError()
    {
        // Five verified whys, each addressed by a well-formed action.
        Session s = FacilitationTest::chain(5);
        s.title = QStringLiteral("A clean chain");
        for (Card &c : s.cards) {
            if (c.kind == CardKind::Problem)
                continue;
            c.evidence = QStringLiteral("Logs");
            c.verified = true;
        }
        ActionItem a;
        a.id = QStringLiteral("a1");
        a.text = QStringLiteral("Add an alert for expiring certificates");
        a.owner = QStringLiteral("Platform team");
        a.due = QDate(2030, 1, 31);
        a.cardIds = QStringList{"w1", "w2", "w3", "w4", "w5"};
        s.actions.append(a);
        QVERIFY(ChainChecks::run(s).isEmpty());
        const QString json = path(QStringLiteral("clean.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SessionJsonFormat::write(s));
        file.close();
        const QString library = path(QStringLiteral("clean.whyboard"));
        const QString id = importFile(json, library);
        QVERIFY(!id.isEmpty());
        const Test::CommandRun checked = run({QStringLiteral("--check"), QStringLiteral("--session"), id, library});
        QCOMPARE(checked.exitCode, 0);
        QCOMPARE(checked.out, QString());
    }

    void vocabularyIsBuiltIntoTheBinary()
    {
        // Only the word lists (resources/checks/) find these: English and German blame, French human error.
        Session s = FacilitationTest::chain(3);
        s.cards[1].text = QStringLiteral("The deploy was Bob's fault");
        s.cards[2].text = QStringLiteral("Daran ist der Admin schuld");
        s.cards[3].text = QStringLiteral("Une erreur humaine");
        const QString json = path(QStringLiteral("words.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SessionJsonFormat::write(s));
        file.close();
        const QString library = path(QStringLiteral("words.whyboard"));
        const QString id = importFile(json, library);
        QVERIFY(!id.isEmpty());
        const Test::CommandRun checked = run({QStringLiteral("--check"), QStringLiteral("--session"), id, library});
        QCOMPARE(checked.exitCode, 0);
        QVERIFY2(checked.err.isEmpty(), qPrintable(checked.err)); // no vocabulary failed to load
        // Check and message; the ids are the library's.
        QStringList found;
        for (const QString &line : checked.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            found.append(QString(line.section(QLatin1Char('\t'), 0, 0) + QLatin1Char('\t') + line.section(QLatin1Char('\t'), 2)));
        QVERIFY2(found.contains(QStringLiteral("blame\tBlame language: “Bob's fault”.")), qPrintable(checked.out));
        QVERIFY2(found.contains(QStringLiteral("blame\tBlame language: “schuld”.")), qPrintable(checked.out));
        QVERIFY2(found.contains(QStringLiteral("human-error\tThis root cause is a human error: “erreur humaine”.")),
                 qPrintable(checked.out));
    }

    void unknownSessionFails()
    {
        const QString library = path(QStringLiteral("example.whyboard"));
        const QByteArray before = [&] {
            QFile f(library);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!before.isEmpty());
        const Test::CommandRun checked = run({QStringLiteral("--check"), QStringLiteral("--session"), QStringLiteral("999"), library});
        QCOMPARE(checked.exitCode, 2);
        QCOMPARE(checked.out, QString());
        QVERIFY(checked.err.contains(QStringLiteral("999")));
        QFile after(library);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // checking never writes
        QCOMPARE(run({QStringLiteral("--check"), QStringLiteral("--session"), QStringLiteral("1"),
                      path(QStringLiteral("missing.whyboard"))}).exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.whyboard"))));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
