// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/boardimageexporter.h"

#include "analysis/textexcerpt.h"
#include "board/boardscene.h"
#include "data/safetext.h"
#include "board/layoutanimator.h"
#include "report/printboard.h"
#include "report/xmlsafedevice.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace Whyboard {

namespace {

// A picture is one image, not pages: when the print copy laid the board out again in rows by
// why depth (made to cut into pages, and for a big board a tall column of a few cards a line),
// it is laid out as the board's own button does instead, which keeps a screen's shape.
void keepScreenShape(const PrintBoard &board)
{
    const QRectF content = board.contentRect();
    if (!board.relaidOut() || content.isEmpty())
        return;
    const qreal shape = content.width() / content.height();
    if (shape >= BoardImageExporter::narrowestShape && shape <= BoardImageExporter::widestShape)
        return;
    board.scene()->layoutAnimator()->arrange();
}

} // namespace

qreal BoardImageExporter::fittingScale(const QSizeF &drawing, qreal scale)
{
    if (drawing.isEmpty())
        return scale;
    // Rounding up to whole pixels must not step over a limit.
    const qreal side = maximumSide - 1;
    return std::min({scale, side / drawing.width(), side / drawing.height(),
                     std::sqrt((maximumPixels - side * 2) / (drawing.width() * drawing.height()))});
}

QImage BoardImageExporter::image(const Session &session, qreal scale)
{
    const PrintBoard board(session);
    keepScreenShape(board);
    const QRectF source = board.contentRect();
    if (source.isEmpty() || scale <= 0)
        return {};
    const qreal fit = fittingScale(source.size(), scale);
    const QSize size(int(std::ceil(source.width() * fit)), int(std::ceil(source.height() * fit)));
    QImage result(size, QImage::Format_ARGB32_Premultiplied);
    result.fill(Qt::white);
    result.setDotsPerMeterX(int(std::lround(96 * fit / 0.0254)));
    result.setDotsPerMeterY(int(std::lround(96 * fit / 0.0254)));
    QPainter painter(&result);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    board.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    painter.end();
    return result;
}

QString BoardImageExporter::writePng(const Session &session, const QString &path, qreal scale)
{
    const QString name = QFileInfo(path).fileName();
    const QImage picture = image(session, scale);
    if (picture.isNull())
        return tr("Cannot write \"%1\": the board has no cards.").arg(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(picture))
        return tr("Cannot write \"%1\": %2").arg(name, writer.errorString());
    if (!file.commit())
        return tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    return {};
}

QString BoardImageExporter::svg(const Session &session, QByteArray *out, const QString &name)
{
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    return writeSvg(session, &buffer, name);
}

QString BoardImageExporter::writeSvg(const Session &session, QIODevice *device, const QString &name)
{
    const PrintBoard board(session);
    keepScreenShape(board);
    const QRectF source = board.contentRect();
    if (source.isEmpty())
        return tr("Cannot write \"%1\": the board has no cards.").arg(name);
    // The text a card draws is escaped as markup, but characters XML forbids (a NUL, an
    // escape pasted from a terminal) would still make the file unreadable. Each <text> is a
    // run the board already put in display order: a directional control left in it would make
    // a viewer reorder it again, so none is kept.
    XmlSafeDevice safe(device);
    safe.open(QIODevice::WriteOnly);
    {
        const QSize size(int(std::ceil(source.width())), int(std::ceil(source.height())));
        const qreal shown = std::min(1.0, fittingScale(source.size(), 1.0));
        QSvgGenerator generator;
        generator.setOutputDevice(&safe);
        generator.setSize(QSize(int(std::ceil(size.width() * shown)), int(std::ceil(size.height() * shown))));
        generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
        generator.setResolution(96);
        // QSvgGenerator writes the title and the description into the file as they are given.
        const QString title = TextExcerpt::oneLine(session.title, titleCharacters);
        generator.setTitle(SafeText::xmlEscaped(title));
        generator.setDescription(SafeText::xmlEscaped(tr("Why chain of the postmortem \"%1\"").arg(title)));
        QPainter painter;
        if (!painter.begin(&generator))
            return tr("Cannot write \"%1\": the drawing could not be started.").arg(name);
        board.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
        painter.end();
    }
    safe.close();
    return {};
}

QString BoardImageExporter::writeSvg(const Session &session, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    const QString error = writeSvg(session, &file, name);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    return {};
}

} // namespace Whyboard
