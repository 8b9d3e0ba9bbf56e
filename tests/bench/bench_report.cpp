#include "samplesessions.h"

#include "report/boardimageexporter.h"
#include "report/markdownexporter.h"
#include "report/reportwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// A large postmortem (400 cards, 3,000 timeline events) through every export. The PDF must
// take seconds, not minutes.
class BenchReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdf();
    void png();
    void svg();
    void markdown();

private:
    QTemporaryDir m_dir;
    Session m_session;
};

void BenchReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = Test::randomSession(7, 400, 3000, 60);
}

void BenchReport::pdf()
{
    const QString path = m_dir.filePath(QStringLiteral("large.pdf"));
    QBENCHMARK_ONCE {
        QCOMPARE(ReportWriter(m_session).writePdf(path), QString());
    }
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

QTEST_MAIN(BenchReport)
#include "bench_report.moc"
