// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "samplesessions.h"
#include "postgrestesthelpers.h"
#include "storage/sessionjsonformat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Whyboard;

// `whyboard --search TEXT [--json] [LIBRARY]` and the repeat finding of `--check`, through
// the real binary on a library of the example stories.
class TestSearchCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bool m_onServer = false;
    std::unique_ptr<Test::ScratchLibrary> m_server;
    QString m_library;
    QString m_s3;
    QString m_repeat;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Test::CommandRun run(const QStringList &arguments) const { return Test::runWhyboard(arguments, m_dir.path()); }

    QString import(const QString &jsonPath)
    {
        const Test::CommandRun imported = run({QStringLiteral("--import"), jsonPath, m_library});
        return imported.exitCode == 0 ? imported.out.trimmed() : QString();
    }

public:
    explicit TestSearchCommand(bool onServer)
        : m_onServer(onServer)
    {
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_onServer)
            WHYBOARD_REQUIRE_POSTGRES();
        QVERIFY2(QFile::exists(QStringLiteral(WHYBOARD_BINARY)), WHYBOARD_BINARY);
        QVERIFY(QDir().mkpath(path(QStringLiteral("runtime"))));
        QFile::setPermissions(path(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_library = path(QStringLiteral("stories.whyboard"));
        if (m_onServer) {
            m_server = std::make_unique<Test::ScratchLibrary>(Test::LibraryBackend::Postgres);
            QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
            m_library = m_server->location();
            qInfo("on a PostgreSQL server");
        }
        m_s3 = import(QStringLiteral(WHYBOARD_EXAMPLES_DIR "/aws-s3-outage.json"));
        QVERIFY(!m_s3.isEmpty());
        QVERIFY(!import(QStringLiteral(WHYBOARD_EXAMPLES_DIR "/gitlab-database-outage.json")).isEmpty());
        QVERIFY(!import(QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json")).isEmpty());

        // A later incident whose cause the S3 story already had.
        Session later = Test::chainSession(2);
        later.title = QStringLiteral("Search cluster down");
        later.startedAt = QDateTime(QDate(2024, 5, 2), QTime(10, 0), Qt::UTC);
        later.cards[1].text = QStringLiteral("Search results stayed empty for an hour");
        later.cards[2].text = QStringLiteral("Nobody had rehearsed a full restart of the index subsystem");
        QString error;
        const QByteArray json = SessionJsonFormat::write(later, &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        QFile file(path(QStringLiteral("later.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        m_repeat = import(file.fileName());
        QVERIFY(!m_repeat.isEmpty());
    }

    void printsOneMatchALineBestFirst()
    {
        const Test::CommandRun found = run({QStringLiteral("--search"), QStringLiteral("rehearsed"), m_library});
        QCOMPARE(found.exitCode, 0);
        QVERIFY2(found.err.isEmpty(), qPrintable(found.err));
        const QStringList lines = found.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the S3 card and the later card
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 4);
            QVERIFY2(fields.at(2).startsWith(QLatin1String("card:")), qPrintable(line));
            QVERIFY2(fields.at(3).contains(QStringLiteral("»rehearsed«")), qPrintable(line));
        }
        const QStringList sessions{lines.at(0).section(QLatin1Char('\t'), 0, 0), lines.at(1).section(QLatin1Char('\t'), 0, 0)};
        QVERIFY(sessions.contains(m_s3));
        QVERIFY(sessions.contains(m_repeat));

        // The story named LinkedIn comes first, its match marked.
        const Test::CommandRun linkedIn = run({QStringLiteral("--search"), QStringLiteral("LinkedIn"), m_library});
        QCOMPARE(linkedIn.exitCode, 0);
        const QStringList first = linkedIn.out.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('\t'));
        QCOMPARE(first.value(1), QStringLiteral("That time the LinkedIn app was deleted"));
        QVERIFY2(first.value(3).contains(QStringLiteral("»LinkedIn«")), qPrintable(first.value(3)));
    }

    void jsonMarksTheMatchAsOffsetsAndAsText()
    {
        const Test::CommandRun found =
            run({QStringLiteral("--search"), QStringLiteral("pg_dump"), QStringLiteral("--json"), m_library});
        QCOMPARE(found.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(found.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray hits = document.array();
        QVERIFY(!hits.isEmpty());
        const QJsonObject hit = hits.at(0).toObject();
        QCOMPARE(hit.value(QStringLiteral("title")).toString(), QStringLiteral("GitLab.com production database deleted"));
        QCOMPARE(hit.value(QStringLiteral("kind")).toString(), QStringLiteral("card"));
        QCOMPARE(hit.value(QStringLiteral("field")).toString(), QStringLiteral("card"));
        QVERIFY(!hit.value(QStringLiteral("item")).toString().isEmpty());
        const QString snippet = hit.value(QStringLiteral("snippet")).toString();
        const QJsonObject mark = hit.value(QStringLiteral("marks")).toArray().at(0).toObject();
        const QList<uint> points = snippet.toUcs4();
        const QList<uint> marked = points.mid(mark.value(QStringLiteral("start")).toInt(), mark.value(QStringLiteral("length")).toInt());
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(marked.constData()), marked.size()), QStringLiteral("pg_dump"));
        QVERIFY(hit.value(QStringLiteral("marked")).toString().contains(QStringLiteral("»pg_dump«")));
    }

    void searchSyntaxInTheTextIsText_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"\"", "\"rehearsed", "*", "rehears*", "NEAR(restart rehearsed)", "-restart",
                                 "title:S3", "OR(", "(", "^"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void searchSyntaxInTheTextIsText()
    {
        QFETCH(QString, text);
        const Test::CommandRun found = run({QStringLiteral("--search"), text, m_library});
        QCOMPARE(found.exitCode, 0);
        QVERIFY2(found.err.isEmpty(), qPrintable(found.err));
        QVERIFY2(found.out.isEmpty(), qPrintable(found.out)); // no story holds these characters
    }

    void anEmptyTextIsAUsageError()
    {
        QCOMPARE(run({QStringLiteral("--search"), QStringLiteral("  "), m_library}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("--search")}).exitCode, 1);
    }

    void checkNamesACauseSeenInAnotherSession()
    {
        const Test::CommandRun checked = run({QStringLiteral("--check"), QStringLiteral("--session"), m_repeat, m_library});
        QCOMPARE(checked.exitCode, 0);
        QStringList repeats;
        for (const QString &line : checked.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("repeat\t")))
                repeats << line;
        }
        QCOMPARE(repeats.size(), 1);
        const QStringList fields = repeats.constFirst().split(QLatin1Char('\t'));
        QCOMPARE(fields.at(1), QStringLiteral("c3"));
        QVERIFY2(fields.at(2).startsWith(QStringLiteral("Seen in ‘S3 outage in US-EAST-1’ (Feb 2017): …")), qPrintable(fields.at(2)));
        QVERIFY2(fields.at(2).endsWith(QStringLiteral("the restart had never been rehearsed.")), qPrintable(fields.at(2)));

        // The S3 session itself sees the later one.
        const Test::CommandRun s3 = run({QStringLiteral("--check"), QStringLiteral("--session"), m_s3, m_library});
        QVERIFY2(s3.out.contains(QStringLiteral("Seen in ‘Search cluster down’ (May 2024)")), qPrintable(s3.out));
    }
};

// The same run twice: on a library file, and on a library on a PostgreSQL server (skipped,
// with the reason, when there is no test server).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestSearchCommand onFile(false);
    TestSearchCommand onServer(true);
    const int fileFailures = QTest::qExec(&onFile, argc, argv);
    return fileFailures + QTest::qExec(&onServer, argc, argv);
}
#include "tst_searchcommand.moc"
