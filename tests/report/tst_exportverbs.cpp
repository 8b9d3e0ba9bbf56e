// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// whyboard --export-pdf/-png/-svg/-markdown OUT --session ID [LIBRARY], run as a user would,
// without a display.
class TestExportVerbs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportWritesFile_data();
    void exportWritesFile();
    void unknownSessionFails_data();
    void unknownSessionFails();
    void unwritableOutputFails();
    void missingSessionIsUsageError();

private:
    int run(const QStringList &arguments, QString *errors = nullptr);

    QTemporaryDir m_dir;
    QString m_library;
    QString m_sessionId;
};

int TestExportVerbs::run(const QStringList &arguments, QString *errors)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the verbs must not need a display
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WHYBOARD_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (errors)
        *errors = QString::fromLocal8Bit(process.readAllStandardError());
    m_sessionId = m_sessionId.isEmpty() ? QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed() : m_sessionId;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestExportVerbs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("postmortems.whyboard"));
    QCOMPARE(run({QStringLiteral("--import"), QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json"), m_library}), 0);
    QVERIFY(m_sessionId.toLongLong() > 0);
}

void TestExportVerbs::exportWritesFile_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("file");
    QTest::newRow("pdf") << QStringLiteral("--export-pdf") << QStringLiteral("report.pdf");
    QTest::newRow("png") << QStringLiteral("--export-png") << QStringLiteral("board.png");
    QTest::newRow("svg") << QStringLiteral("--export-svg") << QStringLiteral("board.svg");
    QTest::newRow("markdown") << QStringLiteral("--export-markdown") << QStringLiteral("session.md");
}

void TestExportVerbs::exportWritesFile()
{
    QFETCH(QString, verb);
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);
    QString errors;
    QCOMPARE(run({verb, path, QStringLiteral("--session"), m_sessionId, m_library}, &errors), 0);
    QVERIFY2(QFileInfo(path).size() > 100, qPrintable(errors));
    if (file.endsWith(QLatin1String(".pdf"))) {
        QCOMPARE(Test::pdfInfo(path).value(QStringLiteral("Title")), QStringLiteral("That time the LinkedIn app was deleted"));
        // From the command line the report carries the chain checks' findings too.
        QVERIFY(Test::pdfText(path).contains(QStringLiteral("Chain checks")));
    } else if (file.endsWith(QLatin1String(".png"))) {
        QVERIFY(!QImage(path).isNull());
    } else {
        QFile text(path);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().contains("LinkedIn"));
    }
}

void TestExportVerbs::unknownSessionFails_data()
{
    exportWritesFile_data();
}

void TestExportVerbs::unknownSessionFails()
{
    QFETCH(QString, verb);
    QFETCH(QString, file);
    const QString path = m_dir.filePath(QStringLiteral("unknown-") + file);
    QString errors;
    QCOMPARE(run({verb, path, QStringLiteral("--session"), QStringLiteral("9999"), m_library}, &errors), 2);
    QVERIFY(errors.contains(QStringLiteral("9999")));
    QVERIFY(!QFile::exists(path));
}

void TestExportVerbs::unwritableOutputFails()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    QString errors;
    QCOMPARE(run({QStringLiteral("--export-pdf"), path, QStringLiteral("--session"), m_sessionId, m_library}, &errors), 2);
    QVERIFY(errors.contains(QStringLiteral("report.pdf")));
    QVERIFY(!QFile::exists(path));
}

void TestExportVerbs::missingSessionIsUsageError()
{
    const QString path = m_dir.filePath(QStringLiteral("nosession.pdf"));
    QCOMPARE(run({QStringLiteral("--export-pdf"), path, m_library}), 1);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExportVerbs)
#include "tst_exportverbs.moc"
