// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"
#include "samplesessions.h"

#include "report/boardimageexporter.h"
#include "report/printboard.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

// PNG and SVG of the board: real files, the board's proportions, its text.
class TestBoardImageExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pngHasTheBoardsAspect_data();
    void pngHasTheBoardsAspect();
    void svgHasTheBoardsAspectAndText();
    void emptyBoardIsRefused();
    void unwritablePathLeavesNothing();

private:
    QTemporaryDir m_dir;
    Session m_example;
    QRectF m_content;
};

void TestBoardImageExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_example = Test::exampleSession();
    m_content = PrintBoard(m_example).contentRect();
    QVERIFY(!m_content.isEmpty());
}

void TestBoardImageExport::pngHasTheBoardsAspect_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::newRow("100 %") << 1.0;
    QTest::newRow("200 %") << 2.0;
    QTest::newRow("300 %") << 3.0;
}

void TestBoardImageExport::pngHasTheBoardsAspect()
{
    QFETCH(qreal, scale);
    const QString path = m_dir.filePath(QStringLiteral("board.png"));
    QCOMPARE(BoardImageExporter::writePng(m_example, path, scale), QString());
    QVERIFY(QFileInfo(path).size() > 1000);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), qCeil(m_content.width() * scale));
    QVERIFY(qAbs(image.height() - m_content.height() * scale) <= 1);
    // Not a blank page: the cards' ink is there.
    int ink = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            ink += qGray(image.pixel(x, y)) < 160;
    }
    QVERIFY(ink > 100);
}

void TestBoardImageExport::svgHasTheBoardsAspectAndText()
{
    const QString path = m_dir.filePath(QStringLiteral("board.svg"));
    QCOMPARE(BoardImageExporter::writeSvg(m_example, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    const QRegularExpressionMatch viewBox =
        QRegularExpression(QStringLiteral("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"")).match(svg);
    QVERIFY(viewBox.hasMatch());
    const qreal aspect = viewBox.captured(1).toDouble() / viewBox.captured(2).toDouble();
    QVERIFY(qAbs(aspect - m_content.width() / m_content.height()) < 0.01);
    QVERIFY(svg.contains(QStringLiteral("<title>%1</title>").arg(m_example.title)));
    // Text stays text, so the drawing is searchable and sharp at any size.
    QVERIFY(svg.contains(QStringLiteral("Portal roles")) || svg.contains(QStringLiteral("Developer")));
}

void TestBoardImageExport::emptyBoardIsRefused()
{
    Session empty;
    empty.title = QStringLiteral("Nothing yet");
    const QString png = m_dir.filePath(QStringLiteral("empty.png"));
    const QString svg = m_dir.filePath(QStringLiteral("empty.svg"));
    QVERIFY(!BoardImageExporter::writePng(empty, png).isEmpty());
    QVERIFY(!BoardImageExporter::writeSvg(empty, svg).isEmpty());
    QVERIFY(!QFile::exists(png));
    QVERIFY(!QFile::exists(svg));
}

void TestBoardImageExport::unwritablePathLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/board.png"));
    const QString error = BoardImageExporter::writePng(m_example, path);
    QVERIFY(error.contains(QStringLiteral("board.png")));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestBoardImageExport)
#include "tst_boardimageexport.moc"
