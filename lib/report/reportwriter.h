// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "report/pdfnavigation.h"
#include "report/reportoptions.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPageLayout;
class QPagedPaintDevice;
class QPrinter;

namespace Whyboard {

class ReportPages;

// The postmortem report. One layout (ReportBuilder) painted page by page with a footer
// onto any paged device, so the PDF, a printout and the print preview are the same pages.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    explicit ReportWriter(Session session, ReportOptions options = {});

    // Writes a PDF (title and creator set, fonts embedded). Returns an error for the user,
    // empty on success; on failure no file is left behind.
    QString writePdf(const QString &path) const;
    QString writeSummaryPng(const QString &path) const; // the first page as a PNG; error or empty

    // Prints onto the printer's own page size and margins (also what the preview paints).
    void print(QPrinter *printer) const;

    // The core path: lays the report out for the device and paints every page; returns the
    // number of pages. The device must not be painting yet; its resolution becomes 96 dpi.
    int paint(QPagedPaintDevice *device) const;

    const Session &session() const { return m_session; }
    const ReportOptions &options() const { return m_options; }

private:
    // Paints and hands out the pages it painted (for the PDF's outline and links).
    int paint(QPagedPaintDevice *device, std::unique_ptr<ReportPages> *laidOut) const;
    // The outline and the links between the report's parts, in the PDF's points.
    struct PdfNavigationParts
    {
        QList<PdfOutlineEntry> outline;
        QList<PdfLink> links;
    };
    static PdfNavigationParts navigationOf(const ReportPages &pages, const QPageLayout &layout);
    // Appends them with the document's properties to the written PDF.
    void addNavigation(QByteArray &pdf, const PdfNavigationParts &navigation) const;

    Session m_session;
    ReportOptions m_options;
};

} // namespace Whyboard
