#include "report/reportwriter.h"

#include "board/boardscene.h"
#include "report/printboard.h"
#include "report/reportbuilder.h"
#include "report/reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QSaveFile>
#include <QTextDocument>

namespace Whyboard {

// The report's first page as a picture for chat tools that preview images: the same layout
// as the PDF's first page, at twice the layout resolution, on white, with the page margins.
QString ReportWriter::writeSummaryPng(const QString &path) const
{
    const QString name = QFileInfo(path).fileName();
    const qreal scale = 2;
    const QPageLayout layout(m_options.pageSize, QPageLayout::Portrait, QMarginsF(18, 16, 18, 12),
                             QPageLayout::Millimeter);
    const QRect full = layout.fullRectPixels(ReportStyle::layoutDpi);
    const QRect paintRect = layout.paintRectPixels(ReportStyle::layoutDpi);
    const QSizeF body(paintRect.width(), paintRect.height() - ReportStyle::px(30));

    QImage image(full.size() * scale, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(ReportStyle::layoutDpi * scale / 0.0254));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    image.fill(Qt::white);

    const PrintBoard board(m_session);
    ReportBuilder builder(m_session, m_options, body);
    if (!board.contentRect().isEmpty())
        builder.setDiagram(board.scene(), board.contentRect(), board.cardRects());
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(qRound(ReportStyle::layoutDpi / 0.0254));
    layoutDevice.setDotsPerMeterY(layoutDevice.dotsPerMeterX());
    const std::unique_ptr<QTextDocument> document = builder.build(&layoutDevice);

    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        painter.translate(paintRect.topLeft());
        const QRectF view(QPointF(0, 0), body);
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, ReportStyle::ink());
        context.clip = view;
        document->documentLayout()->draw(&painter, context);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return tr("Cannot write \"%1\": the image could not be encoded.").arg(name);
    }
    if (!file.commit())
        return tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    return {};
}

} // namespace Whyboard
