// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportwriter.h"

#include "board/boardscene.h"
#include "analysis/textexcerpt.h"
#include "data/localeformat.h"
#include "data/safetext.h"
#include "data/labels.h"
#include "report/pdfnavigation.h"
#include "report/printboard.h"
#include "report/reportbuilder.h"
#include "report/reportpages.h"
#include "report/reportstyle.h"
#include "report/reporttext.h"

#include <QBuffer>
#include <QSaveFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace Whyboard {

namespace {

// Room under the text for the footer, in layout units.
const qreal footerHeight = ReportStyle::px(30);
// A footer line shows far less than this; a longer title is cut before it is measured.
constexpr int footerTitleCharacters = 300;

void paintFooter(QPainter &painter, const QRectF &page, const QString &title, const QString &generated,
                 int pageNumber, int pageCount)
{
    const qreal top = page.bottom() - footerHeight + ReportStyle::px(12);
    painter.setPen(QPen(ReportStyle::rule(), ReportStyle::px(0.5)));
    painter.drawLine(QPointF(page.left(), top), QPointF(page.right(), top));

    const QFont font = ReportStyle::font(7.5);
    painter.setFont(font);
    painter.setPen(ReportStyle::muted());
    const QRectF line(page.left(), top + ReportStyle::px(4), page.width(), footerHeight - ReportStyle::px(16));
    const QString number = ReportWriter::tr("Page %1 of %2").arg(pageNumber).arg(pageCount);
    const QFontMetricsF metrics(font, painter.device());
    const qreal numberWidth = metrics.horizontalAdvance(number) + ReportStyle::px(2);
    const qreal generatedWidth = metrics.horizontalAdvance(generated) + ReportStyle::px(2);
    painter.drawText(line, Qt::AlignRight | Qt::AlignTop, number);
    painter.drawText(line.adjusted(0, 0, -numberWidth - ReportStyle::px(18), 0), Qt::AlignRight | Qt::AlignTop,
                     generated);
    // The title takes what is left; a very long one is shortened here only, never in the body.
    const qreal titleWidth = line.width() - numberWidth - generatedWidth - ReportStyle::px(36);
    painter.setFont(ReportStyle::font(7.5, QFont::DemiBold));
    const QFontMetricsF titleMetrics(painter.font(), painter.device());
    painter.drawText(QRectF(line.left(), line.top(), titleWidth, line.height()), Qt::AlignLeft | Qt::AlignTop,
                     titleMetrics.elidedText(title, Qt::ElideRight, titleWidth));
}

} // namespace

ReportWriter::ReportWriter(Session session, ReportOptions options)
    : m_session(std::move(session))
    , m_options(std::move(options))
{
}

int ReportWriter::paint(QPagedPaintDevice *device) const
{
    return paint(device, nullptr);
}

int ReportWriter::paint(QPagedPaintDevice *device, std::unique_ptr<ReportPages> *laidOut) const
{
    // Board and text both measure fonts at 96 dpi, so the page is laid out in those units.
    if (auto *pdf = dynamic_cast<QPdfWriter *>(device))
        pdf->setResolution(ReportStyle::layoutDpi);
    else if (auto *printer = dynamic_cast<QPrinter *>(device))
        printer->setResolution(ReportStyle::layoutDpi);
    QPageLayout portrait = device->pageLayout();
    portrait.setOrientation(QPageLayout::Portrait);
    QPageLayout landscape = portrait;
    landscape.setOrientation(QPageLayout::Landscape);
    auto pageRect = [](const QPageLayout &layout) {
        const QRectF paint = layout.paintRectPixels(ReportStyle::layoutDpi);
        return paint.translated(-paint.topLeft());
    };
    const QSizeF portraitBody(pageRect(portrait).width(), pageRect(portrait).height() - footerHeight);
    const QSizeF landscapeBody(pageRect(landscape).width(), pageRect(landscape).height() - footerHeight);

    // The board's private scene must outlive painting, so the pages are made here, not returned.
    const PrintBoard board(m_session);
    const ReportBuilder builder(m_session, m_options, board.contentRect().isEmpty() ? nullptr : &board);
    auto pages = std::make_unique<ReportPages>(m_options.summaryOnly ? builder.buildSummary(device, portraitBody)
                                                                     : builder.build(device, portraitBody, landscapeBody),
                                               portraitBody, landscapeBody);
    const int pageCount = m_options.summaryOnly ? 1 : pages->count();
    device->setPageLayout(pages->isLandscape(0) ? landscape : portrait);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    const QString generated = tr("Generated %1").arg(LocaleFormat::dateTime(m_options.generatedAt));
    // Shortened once, not on every page; its directional controls stay inside it.
    const QString footerTitle = SafeText::isolated(TextExcerpt::oneLine(m_session.title, footerTitleCharacters));
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0) {
            device->setPageLayout(pages->isLandscape(index) ? landscape : portrait);
            device->newPage();
        }
        pages->paint(painter, index);
        paintFooter(painter, pageRect(pages->isLandscape(index) ? landscape : portrait), footerTitle, generated,
                     index + 1, pageCount);
    }
    painter.end();
    if (laidOut)
        *laidOut = std::move(pages);
    return pageCount;
}

QString ReportWriter::writePdf(const QString &path) const
{
    const QString name = QFileInfo(path).fileName();
    // The PDF is written to memory first: the outline and the links are appended to what
    // QPdfWriter wrote before the file is saved.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPageLayout layout(m_options.pageSize, QPageLayout::Portrait, QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
    int pageCount = 0;
    PdfNavigationParts navigation;
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(m_session.title);
        writer.setCreator(QStringLiteral("Whyboard"));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setPageLayout(layout);
        std::unique_ptr<ReportPages> pages;
        pageCount = paint(&writer, &pages);
        // While the writer lives: the pages measure their links with its fonts.
        if (pages)
            navigation = navigationOf(*pages, layout);
    }
    if (pageCount == 0)
        return tr("Cannot write \"%1\": the PDF could not be started.").arg(name);
    QByteArray pdf = buffer.buffer();
    buffer.close();
    addNavigation(pdf, navigation);

    // QSaveFile: a failure never leaves half a report or spoils an older one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    if (file.write(pdf) != pdf.size()) {
        file.cancelWriting();
        return tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    }
    if (!file.commit())
        return tr("Cannot write \"%1\": %2").arg(name, file.errorString());
    return {};
}

ReportWriter::PdfNavigationParts ReportWriter::navigationOf(const ReportPages &pages, const QPageLayout &layout)
{
    // Layout units (96 per inch) on a page's body to points from the page's top left.
    const QPointF margin = layout.paintRectPixels(ReportStyle::layoutDpi).topLeft();
    const qreal toPoints = 72.0 / ReportStyle::layoutDpi;
    auto destination = [&](const ReportPages::Destination &at) {
        return PdfDestination{at.page, (margin.y() + at.y) * toPoints};
    };
    PdfNavigationParts parts;
    for (const ReportPages::OutlineEntry &entry : pages.outline())
        parts.outline.append({entry.title, entry.level, destination(entry.destination)});
    for (const ReportPages::Link &link : pages.links()) {
        const QRectF area = link.area.translated(margin);
        parts.links.append({link.page, QRectF(area.topLeft() * toPoints, area.size() * toPoints),
                            destination(link.destination)});
    }
    return parts;
}

void ReportWriter::addNavigation(QByteArray &pdf, const PdfNavigationParts &navigation) const
{
    PdfDocumentInfo info;
    info.title = m_session.title;
    info.author = m_options.author.isEmpty() ? m_session.facilitator : m_options.author;
    info.subject = tr("Postmortem of \"%1\"").arg(SafeText::isolated(m_session.title));
    info.keywords = QStringList{tr("postmortem"), tr("5 whys"), Labels::severityTag(m_session.severity),
                                Labels::sessionStatus(m_session.status)}
                        .join(QStringLiteral(", "));
    info.language = QLocale().bcp47Name();
    const QString error = PdfNavigation::amend(pdf, navigation.outline, navigation.links, info);
    // A PDF without an outline is still the report; the reason goes to the log.
    if (!error.isEmpty())
        qWarning("The PDF outline was left out: %s", qPrintable(error));
}

void ReportWriter::print(QPrinter *printer) const
{
    printer->setDocName(m_session.title);
    printer->setCreator(QStringLiteral("Whyboard"));
    paint(printer);
}

} // namespace Whyboard
