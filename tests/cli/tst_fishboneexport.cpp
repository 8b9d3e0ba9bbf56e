// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandruns.h"
#include "pdfwords.h"
#include "samplesessions.h"

#include "data/causecategories.h"
#include "storage/sessionjsonformat.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// `whyboard --export-fishbone OUT.(png|svg|pdf) --session ID [LIBRARY]` through the real binary.
class TestFishboneExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_id;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Test::CommandRun run(const QStringList &arguments) const { return Test::runWhyboard(arguments, m_dir.path()); }
    Test::CommandRun exportTo(const QString &out, const QString &id) const
    {
        return run({QStringLiteral("--export-fishbone"), out, QStringLiteral("--session"), id, m_library});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WHYBOARD_BINARY)), WHYBOARD_BINARY);
        QVERIFY(QDir().mkpath(path(QStringLiteral("runtime"))));
        QFile::setPermissions(path(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // An example story with categories on its cards, imported as a user would.
        Session session = Test::fixtureSession(QStringLiteral("examples/aws-s3-outage"));
        QVERIFY(!session.cards.isEmpty());
        int next = 0;
        const QStringList categories{QStringLiteral("change"), QStringLiteral("process"), QStringLiteral("design")};
        for (Card &card : session.cards) {
            if (card.kind == CardKind::Why)
                card.category = categories.at(next++ % categories.size());
        }
        QString error;
        const QByteArray json = SessionJsonFormat::write(session, &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        QFile file(path(QStringLiteral("story.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        m_library = path(QStringLiteral("stories.whyboard"));
        const Test::CommandRun imported = run({QStringLiteral("--import"), file.fileName(), m_library});
        QCOMPARE(imported.exitCode, 0);
        m_id = imported.out.trimmed();
    }

    void writesAPng()
    {
        const QString out = path(QStringLiteral("fishbone.png"));
        const Test::CommandRun done = exportTo(out, m_id);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        const QImage image(out);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 1000 && image.height() > 500);
        QVERIFY(image.width() <= 8192 && image.height() <= 8192);
    }

    void writesAnSvgThatXmllintAccepts()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
            QSKIP("xmllint is not installed");
        const QString out = path(QStringLiteral("fishbone.svg"));
        const Test::CommandRun done = exportTo(out, m_id);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QProcess lint;
        lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), out});
        QVERIFY(lint.waitForFinished());
        QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("<path")); // vectors, not a picture
        QVERIFY(!svg.contains("<image"));
    }

    void writesAPdfWithTheTitleAndTheBones()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        const QString out = path(QStringLiteral("fishbone.pdf"));
        const Test::CommandRun done = exportTo(out, m_id);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        const QList<Test::PdfPageWords> pages = Test::pdfWords(out);
        QCOMPARE(pages.size(), 1);
        const QString text = pages.first().lines().join(QLatin1Char(' '));
        QVERIFY2(text.contains(QStringLiteral("S3")), qPrintable(text)); // the session's title
        for (const char *key : {"change", "process", "design"})
            QVERIFY2(text.contains(CauseCategories::displayName(QLatin1String(key))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("PROBLEM")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("WHY 1")), qPrintable(text));
    }

    void speaksTheReportLanguage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        const QString out = path(QStringLiteral("fishbone-de.pdf"));
        const Test::CommandRun done = run({QStringLiteral("--export-fishbone"), out, QStringLiteral("--session"), m_id,
                                           QStringLiteral("--language"), QStringLiteral("de"), m_library});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        const QString text = Test::pdfWords(out).first().lines().join(QLatin1Char(' '));
        QVERIFY2(text.contains(QStringLiteral("WARUM 1")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("WHY 1")), qPrintable(text));
    }

    void aMissingSessionWritesNothing()
    {
        for (const char *name : {"missing.png", "missing.svg", "missing.pdf"}) {
            const QString out = path(QLatin1String(name));
            const Test::CommandRun done = exportTo(out, QStringLiteral("999"));
            QCOMPARE(done.exitCode, 2);
            QVERIFY(!done.err.isEmpty());
            QVERIFY(!QFile::exists(out));
        }
    }

    void anUnknownExtensionWritesNothing()
    {
        const QString out = path(QStringLiteral("fishbone.jpg"));
        const Test::CommandRun done = exportTo(out, m_id);
        QCOMPARE(done.exitCode, 2);
        QVERIFY2(done.err.contains(QStringLiteral(".png")), qPrintable(done.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestFishboneExport)
#include "tst_fishboneexport.moc"
