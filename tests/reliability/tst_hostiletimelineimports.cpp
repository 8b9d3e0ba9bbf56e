// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline exports are files people e-mail each other: a damaged ZIP, a 2 GB file, a CSV with
// broken quoting, JSON cut short. Every format, given each of them, ends in an error that names
// the file (and the line where there is one) and no records at all: never a crash, a hang, a
// partial import or memory that grows with the file. Through the real binary, the library is
// byte for byte what it was.
#include "commandruns.h"
#include "timelineimport/timelineimporter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

class TestHostileTimelineImports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // A file of `size` bytes that takes no room: zeros, as a cut-off download leaves them.
    QString sparse(const QString &name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
            return {};
        return path;
    }

private Q_SLOTS:
    void everyFormatRefusesEveryHostileFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("line"); // what the error names besides the file; empty: the file alone
        QTest::addColumn<QStringList>("formats"); // --format keys that must refuse it ("detect" too)
        const QStringList all{QStringLiteral("detect"), QStringLiteral("slack"), QStringLiteral("mattermost"),
                              QStringLiteral("pagerduty"), QStringLiteral("pagerduty-csv"), QStringLiteral("opsgenie"),
                              QStringLiteral("opsgenie-csv"), QStringLiteral("csv")};
        const QStringList csvs{QStringLiteral("detect"), QStringLiteral("csv"), QStringLiteral("pagerduty-csv"),
                               QStringLiteral("opsgenie-csv")};

        const QByteArray zipHead("PK\x03\x04", 4);
        QTest::newRow("two gigabytes of zeros") << sparse(QStringLiteral("huge.csv"), qint64(2) << 30) << QString() << all;
        QTest::newRow("a ZIP cut after its first header")
            << write(QStringLiteral("cut.zip"), zipHead + QByteArray(26, '\x01')) << QString()
            << QStringList{QStringLiteral("detect"), QStringLiteral("slack")};
        QTest::newRow("a ZIP whose directory points past its end")
            << write(QStringLiteral("pointer.zip"),
                     zipHead + QByteArray(40, '\0') + QByteArray("PK\x05\x06", 4) + QByteArray(8, '\0')
                         + QByteArray("\xff\xff\xff\x7f\xff\xff\xff\x7f\0\0", 10))
            << QString() << QStringList{QStringLiteral("detect"), QStringLiteral("slack")};
        QTest::newRow("a CSV whose quote never closes")
            << write(QStringLiteral("quote.csv"), "time,author,text\n2017-04-06 18:42,alice,ok\n"
                                                  "2017-04-06 18:43,bob,\"rolled back\n2017-04-06 18:44,carol,more\n")
            << QStringLiteral("line 3") << csvs;
        QTest::newRow("JSON cut short")
            << write(QStringLiteral("cut.json"), "{\"log_entries\":[{\"type\":\"trigger_log_entry\",\"created_at\":\"2017-04-")
            << QString() << QStringList{QStringLiteral("detect"), QStringLiteral("pagerduty"), QStringLiteral("opsgenie")};
        QTest::newRow("one JSON line of 80 MB")
            << write(QStringLiteral("long.jsonl"), "{\"type\":\"version\",\"version\":1}\n{\"type\":\"post\",\"post\":{\"message\":\""
                                                       + QByteArray(80 << 20, 'x') + "\"}}\n")
            << QString() << QStringList{QStringLiteral("detect"), QStringLiteral("mattermost")};
    }

    void everyFormatRefusesEveryHostileFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, line);
        QFETCH(QStringList, formats);
        QVERIFY(!path.isEmpty());
        const QString name = QFileInfo(path).fileName();
        for (const QString &key : std::as_const(formats)) {
            TimelineImportOptions options;
            QVERIFY(TimelineFormats::fromKey(key, &options.format));
            const TimelineFormat format = options.format;
            const TimelineImportResult result = TimelineImporter::read(path, options);
            const QString what = TimelineFormats::key(format) + QStringLiteral(": ") + result.error;
            QVERIFY2(!result.ok(), qPrintable(what));
            QVERIFY2(result.records.isEmpty(), qPrintable(what));
            QVERIFY2(result.error.contains(name), qPrintable(what));
            const bool ownFormat = format == TimelineFormat::Csv || format == TimelineFormat::Detect;
            if (!line.isEmpty() && ownFormat)
                QVERIFY2(result.error.contains(line), qPrintable(what));
        }
    }

    void theBinaryChangesNothingOnAHostileFile()
    {
        const QString library = m_dir.filePath(QStringLiteral("lib.whyboard"));
        const Test::CommandRun imported = Test::runWhyboard(
            {QStringLiteral("--import"), QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json"), library}, m_dir.path());
        QCOMPARE(imported.exitCode, 0);
        const QString id = imported.out.trimmed();
        const QByteArray before = fileHash(library);
        for (const QString &file : {QStringLiteral("quote.csv"), QStringLiteral("cut.zip"), QStringLiteral("cut.json")}) {
            const Test::CommandRun run = Test::runWhyboard(
                {QStringLiteral("--import-timeline"), m_dir.filePath(file), QStringLiteral("--session"), id, library}, m_dir.path());
            QVERIFY2(run.exitCode == 2, qPrintable(file + QStringLiteral(": ") + run.err));
            QVERIFY2(run.err.contains(file), qPrintable(run.err));
            QVERIFY(run.out.isEmpty());
            QCOMPARE(fileHash(library), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileTimelineImports)
#include "tst_hostiletimelineimports.moc"
