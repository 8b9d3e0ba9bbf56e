// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportwriter.h"

#include "report/printboard.h"
#include "report/reportbuilder.h"
#include "report/reportpages.h"
#include "report/reportstyle.h"

#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QSaveFile>

namespace Whyboard {

// The one-page summary as a picture for chat tools that preview images: the same page as the
// summary PDF, at twice the layout resolution, on white, with the page margins.
QString ReportWriter::writeSummaryPng(const QString &path) const
{
    const QString name = QFileInfo(path).fileName();
    const qreal scale = 2;
    const QPageLayout layout(m_options.pageSize, QPageLayout::Portrait, QMarginsF(18, 16, 18, 12),
                             QPageLayout::Millimeter);
    const QRect full = layout.fullRectPixels(ReportStyle::layoutDpi);
    const QRect paintRect = layout.paintRectPixels(ReportStyle::layoutDpi);
    const QSizeF body(paintRect.width(), paintRect.height() - ReportStyle::px(30));

    // Text is laid out with the fonts of a 96-dpi device, as on the PDF's page.
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(qRound(ReportStyle::layoutDpi / 0.0254));
    layoutDevice.setDotsPerMeterY(layoutDevice.dotsPerMeterX());
    const PrintBoard board(m_session);
    const ReportBuilder builder(m_session, m_options, board.contentRect().isEmpty() ? nullptr : &board);
    const ReportPages pages(builder.buildSummary(&layoutDevice, body), body, body);

    QImage image(full.size() * scale, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(ReportStyle::layoutDpi * scale / 0.0254));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        painter.translate(paintRect.topLeft());
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        pages.paint(painter, 0);
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
