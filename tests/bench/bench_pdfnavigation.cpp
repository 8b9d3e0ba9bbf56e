// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfnavigation.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace Whyboard;

// A large report's navigation: 300 pages (about 5 MB), 1,000 bookmarks and 2,000 links added
// after QPdfWriter has written the file. It should cost a small fraction of the export.
class BenchPdfNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void amend();

private:
    QByteArray m_pdf;
    QList<PdfOutlineEntry> m_outline;
    QList<PdfLink> m_links;
};

void BenchPdfNavigation::initTestCase()
{
    constexpr int pages = 300;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        QPainter painter(&writer);
        quint32 seed = 1;
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            // Noise does not compress, so the file reaches a large report's size.
            QImage noise(120, 100, QImage::Format_RGB32);
            for (int y = 0; y < noise.height(); ++y) {
                for (int x = 0; x < noise.width(); ++x) {
                    seed = seed * 1664525u + 1013904223u;
                    noise.setPixel(x, y, seed >> 8);
                }
            }
            painter.drawImage(QPointF(400, 40), noise);
            for (int line = 0; line < 40; ++line)
                painter.drawText(QPointF(50, 60 + line * 18), QStringLiteral("Page %1, line %2: why did it fail?").arg(page).arg(line));
        }
    }
    m_pdf = buffer.data();
    for (int i = 0; i < 1000; ++i)
        m_outline.append({QStringLiteral("Card %1: Straße gesperrt").arg(i), i % 50 == 0 ? 0 : 1, {i * pages / 1000, qreal(i % 40) * 18}});
    for (int i = 0; i < 2000; ++i)
        m_links.append({i % pages, QRectF(50, 50 + (i % 40) * 18, 200, 14), {(i * 7) % pages, 100}});
    qInfo("PDF: %d pages, %.1f MB", pages, m_pdf.size() / 1e6);
}

void BenchPdfNavigation::amend()
{
    QBENCHMARK {
        QByteArray bytes = m_pdf;
        const QString error = PdfNavigation::amend(bytes, m_outline, m_links, {QStringLiteral("Title"), {}, {}, {}, {}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

QTEST_MAIN(BenchPdfNavigation)
#include "bench_pdfnavigation.moc"
