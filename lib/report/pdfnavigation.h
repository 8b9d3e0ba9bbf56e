// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace Whyboard {

// A place in the document: a page (from 0) and a height on it in points from the page's top
// edge. A reader that follows it shows the page scrolled so that this height is at the top.
struct PdfDestination
{
    int page = 0;
    qreal top = 0;
};

// One bookmark. Level 0 entries are top-level; an entry of a higher level nests under the
// closest earlier entry of a lower level (sections at 0, their cards or parts at 1). Entries
// that have children start collapsed, so a 400-card diagram does not flood the side bar.
struct PdfOutlineEntry
{
    QString title;
    int level = 0;
    PdfDestination destination;
};

// A clickable area on a page (points from that page's top-left corner) leading to a place in
// the same document.
struct PdfLink
{
    int page = 0;
    QRectF area;
    PdfDestination destination;
};

// The document properties a reader's "Properties" dialog and search index show. Empty fields
// keep what the PDF already says (QPdfWriter's title, creator, producer and date stay).
struct PdfDocumentInfo
{
    QString title, author, subject, keywords;
    // The document's language as a BCP 47 tag ("de", "en-US"): the catalog's /Lang, which
    // screen readers use to pick a voice. Empty: none written.
    QString language;
};

// Adds what QPdfWriter (Qt 6.4) cannot write: an outline, internal links and the full
// document information. The additions are appended to the PDF as an incremental update
// (ISO 32000-1 §7.5.6), so the bytes QPdfWriter wrote stay as they are.
//
// Typical use, after QPdfWriter has written into a QBuffer and been destroyed:
//     const QString error = PdfNavigation::amend(bytes, outline, links, info);
//     if (!error.isEmpty()) qWarning() << "PDF outline left out:" << error;
class PdfNavigation
{
public:
    // Appends the outline, links and info to a PDF written by QPdfWriter; returns an error for
    // logs, empty on success; on error pdf is unchanged (an unreadable PDF, a cross-reference
    // stream, an encrypted file, a page index outside the document or a non-finite position).
    static QString amend(QByteArray &pdf, const QList<PdfOutlineEntry> &outline, const QList<PdfLink> &links,
                         const PdfDocumentInfo &info);
};

} // namespace Whyboard
