// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/fishboneexporter.h"

#include "analysis/fishbonelayout.h"
#include "analysis/textexcerpt.h"
#include "board/fishbonepainter.h"
#include "data/causecategories.h"
#include "data/safetext.h"
#include "report/boardimageexporter.h"
#include "report/reportlanguage.h"
#include "report/xmlsafedevice.h"

#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>
#include <functional>

namespace Whyboard {

namespace {

constexpr qreal margin = 40; // around the drawing, in scene units

BoardTheme printTheme()
{
    BoardTheme theme = BoardTheme::light();
    theme.background = Qt::white;
    return theme;
}

struct Drawing
{
    BoardTheme theme = printTheme();
    FishboneLayout layout;
    QRectF source;
};

Drawing drawing(const Session &session, const QStringList &categories)
{
    Drawing d;
    d.layout = FishboneLayout::compute(session, categories.isEmpty() ? CauseCategories::defaults() : categories,
                                       FishbonePainter::style(d.theme));
    d.source = d.layout.bounds.adjusted(-margin, -margin, margin, margin);
    return d;
}

// Draws the source rectangle into target.
void render(QPainter *painter, const Drawing &d, const Session &session, const QRectF &target)
{
    painter->save();
    painter->translate(target.topLeft());
    const qreal scale = std::min(target.width() / d.source.width(), target.height() / d.source.height());
    painter->scale(scale, scale);
    painter->translate(-d.source.topLeft());
    FishbonePainter::paintAll(painter, d.layout, d.theme, session);
    painter->restore();
}

// Writes through a save file: nothing is left behind on failure.
QString saved(const QString &path, const std::function<QString(QIODevice *, const QString &)> &write)
{
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FishboneExporter::tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    const QString error = write(&file, name);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return FishboneExporter::tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    return {};
}

QString noCards(const QString &name)
{
    return FishboneExporter::tr("Cannot write \"%1\": the session has no cards.").arg(name);
}

} // namespace

QString FishboneExporter::write(const Session &session, const QString &path, const ReportOptions &options,
                                const QStringList &categories)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return tr("Cannot write \"%1\": a fishbone is written as .png, .svg or .pdf.").arg(QFileInfo(path).fileName());
    const ReportLanguage language(options.language);
    if (!language.isValid())
        return language.error();
    if (suffix == QLatin1String("png"))
        return writePng(session, path, categories);
    if (suffix == QLatin1String("svg"))
        return writeSvg(session, path, categories);
    return writePdf(session, path, categories);
}

QString FishboneExporter::write(const Session &session, const QString &path, const ReportOptions &options)
{
    return write(session, path, options, CauseCategories::defaults());
}

QImage FishboneExporter::image(const Session &session, const QStringList &categories, qreal scale)
{
    if (session.cards.isEmpty())
        return {};
    const Drawing d = drawing(session, categories);
    const qreal fit = BoardImageExporter::fittingScale(d.source.size(), scale);
    const QSize size(int(std::ceil(d.source.width() * fit)), int(std::ceil(d.source.height() * fit)));
    QImage result(size, QImage::Format_ARGB32_Premultiplied);
    result.fill(Qt::white);
    result.setDotsPerMeterX(int(std::lround(96 * fit / 0.0254)));
    result.setDotsPerMeterY(int(std::lround(96 * fit / 0.0254)));
    QPainter painter(&result);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    render(&painter, d, session, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return result;
}

QString FishboneExporter::writePng(const Session &session, const QString &path, const QStringList &categories)
{
    const QImage picture = image(session, categories);
    if (picture.isNull())
        return noCards(QFileInfo(path).fileName());
    return saved(path, [&](QIODevice *device, const QString &name) {
        QImageWriter writer(device, "png");
        return writer.write(picture) ? QString() : tr("Cannot write \"%1\": %2").arg(name, writer.errorString());
    });
}

QString FishboneExporter::writeSvg(const Session &session, const QString &path, const QStringList &categories)
{
    if (session.cards.isEmpty())
        return noCards(QFileInfo(path).fileName());
    return saved(path, [&](QIODevice *device, const QString &name) {
        const Drawing d = drawing(session, categories);
        // Characters XML forbids never reach the file (as in the board's SVG).
        XmlSafeDevice safe(device);
        safe.open(QIODevice::WriteOnly);
        {
            const QSizeF size = d.source.size();
            const qreal shown = std::min(1.0, BoardImageExporter::fittingScale(size, 1.0));
            QSvgGenerator generator;
            generator.setOutputDevice(&safe);
            generator.setSize(QSize(int(std::ceil(size.width() * shown)), int(std::ceil(size.height() * shown))));
            generator.setViewBox(QRectF(QPointF(0, 0), size));
            generator.setResolution(96);
            const QString title = TextExcerpt::oneLine(session.title, BoardImageExporter::titleCharacters);
            generator.setTitle(SafeText::xmlEscaped(title));
            generator.setDescription(SafeText::xmlEscaped(tr("Fishbone of the postmortem \"%1\"").arg(title)));
            QPainter painter;
            if (!painter.begin(&generator))
                return tr("Cannot write \"%1\": the drawing could not be started.").arg(name);
            render(&painter, d, session, QRectF(QPointF(0, 0), size));
            painter.end();
        }
        safe.close();
        return QString();
    });
}

QString FishboneExporter::writePdf(const Session &session, const QString &path, const QStringList &categories)
{
    if (session.cards.isEmpty())
        return noCards(QFileInfo(path).fileName());
    return saved(path, [&](QIODevice *device, const QString &name) {
        const Drawing d = drawing(session, categories);
        const QString title = TextExcerpt::oneLine(session.title, BoardImageExporter::titleCharacters);
        QPdfWriter writer(device);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Whyboard"));
        writer.setResolution(96); // a device unit is the board's unit
        // A big drawing gets a bigger sheet, so its text stays legible when printed.
        const bool big = d.source.width() > 4200 || d.source.height() > 3000;
        const QPageSize size = big ? QPageSize(QPageSize::A3) : ReportOptions::localePageSize();
        const auto orientation = d.source.width() >= d.source.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
        writer.setPageLayout(QPageLayout(size, orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return tr("Cannot write \"%1\": the drawing could not be started.").arg(name);
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution()).translated(
            -writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());
        QFont heading = d.theme.textFont;
        heading.setPixelSize(22);
        heading.setWeight(QFont::Bold);
        painter.setFont(heading);
        painter.setPen(d.theme.text);
        const QRectF titleRect(page.left(), page.top(), page.width(), QFontMetricsF(heading).height() * 2.2);
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         SafeText::isolated(title.isEmpty() ? tr("Untitled postmortem") : title));
        QFont note = d.theme.headerFont;
        note.setPixelSize(13);
        painter.setFont(note);
        painter.setPen(d.theme.mutedText);
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignBottom, tr("Fishbone: the causes by category"));
        QRectF area = page.adjusted(0, titleRect.height() + 8, 0, 0);
        const qreal scale = std::min(area.width() / d.source.width(), area.height() / d.source.height());
        const QSizeF drawn = d.source.size() * scale;
        area = QRectF(area.left() + (area.width() - drawn.width()) / 2, area.top(), drawn.width(), drawn.height());
        render(&painter, d, session, area);
        painter.end();
        return QString();
    });
}

} // namespace Whyboard
