// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfnavigation.h"
#include "pdfincrementalupdate.h"
#include "pdfobjectreader.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace Whyboard {

namespace {

using Dictionary = PdfObjectReader::Dictionary;
using Reference = PdfObjectReader::Reference;

// Positions beyond this are not on any page a report draws; they also keep numbers plain.
constexpr qreal maximumCoordinate = 1e6;
// A page tree deeper than this is not one QPdfWriter wrote.
constexpr int maximumTreeDepth = 32;

struct Page
{
    Reference reference;
    Dictionary dictionary;
    double left = 0;
    double bottom = 0;
    double top = 0;
};

bool finite(qreal value)
{
    return std::isfinite(value) && std::abs(value) <= maximumCoordinate;
}

QString checkDestination(const PdfDestination &destination, qsizetype pageCount, const char *what)
{
    if (destination.page < 0 || destination.page >= pageCount)
        return QStringLiteral("%1 leads to page %2 of a %3-page document")
            .arg(QLatin1String(what)).arg(destination.page + 1).arg(pageCount);
    if (!finite(destination.top))
        return QStringLiteral("%1 has no usable position").arg(QLatin1String(what));
    return {};
}

// Collects the leaf pages in order, each with its MediaBox (inherited from its parents when
// it has none of its own).
QString collectPages(const PdfObjectReader &reader, const Reference &node, const QByteArray &inheritedBox, int depth,
                     QSet<int> *visited, QList<Page> *pages)
{
    if (depth > maximumTreeDepth || visited->contains(node.number))
        return QStringLiteral("the page tree loops or is too deep");
    visited->insert(node.number);
    QString error;
    Dictionary dictionary;
    const QByteArray raw = reader.object(node.number, &error);
    if (!error.isEmpty())
        return error;
    if (!PdfObjectReader::parseDictionary(raw, &dictionary))
        return QStringLiteral("page tree node %1 is not a dictionary").arg(node.number);
    QByteArray box = PdfObjectReader::value(dictionary, "MediaBox");
    if (box.isEmpty())
        box = inheritedBox;
    const QByteArray type = PdfObjectReader::value(dictionary, "Type").trimmed();
    if (type == "/Page") {
        QList<double> corners;
        if (!PdfObjectReader::parseNumbers(reader.resolved(box, &error), &corners) || corners.size() != 4)
            return QStringLiteral("page object %1 has no usable /MediaBox").arg(node.number);
        pages->append(Page{node, dictionary, qMin(corners[0], corners[2]), qMin(corners[1], corners[3]),
                           qMax(corners[1], corners[3])});
        return {};
    }
    if (type != "/Pages")
        return QStringLiteral("page tree node %1 is neither /Pages nor /Page").arg(node.number);
    QList<QByteArray> kids;
    if (!PdfObjectReader::parseArray(reader.resolved(PdfObjectReader::value(dictionary, "Kids"), &error), &kids))
        return QStringLiteral("page tree node %1 has no usable /Kids").arg(node.number);
    for (const QByteArray &kid : kids) {
        const Reference child = PdfObjectReader::parseReference(kid);
        if (!child.isValid())
            return QStringLiteral("page tree node %1 has a kid that is not a reference").arg(node.number);
        error = collectPages(reader, child, box, depth + 1, visited, pages);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QByteArray destinationArray(const QList<Page> &pages, const PdfDestination &destination)
{
    const Page &page = pages.at(destination.page);
    const double y = qBound(page.bottom, page.top - destination.top, page.top);
    return '[' + page.reference.toBytes() + " /XYZ " + PdfIncrementalUpdate::number(page.left) + ' '
           + PdfIncrementalUpdate::number(y) + " null]";
}

QByteArray dictionaryBytes(const Dictionary &entries)
{
    QByteArray bytes = "<<\n";
    for (const auto &entry : entries)
        bytes += '/' + entry.first + ' ' + entry.second + '\n';
    bytes += ">>";
    return bytes;
}

// Replaces (or adds) an entry, keeping the others in their order.
void setEntry(Dictionary *entries, const QByteArray &key, const QByteArray &value)
{
    for (auto &entry : *entries) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    entries->append({key, value});
}

// Writes the link annotations and re-emits each page that gets one, its earlier annotations
// (QPdfWriter's web links) kept in front.
QString writeLinks(const PdfObjectReader &reader, const QList<Page> &pages, const QList<PdfLink> &links,
                   PdfIncrementalUpdate *update)
{
    QHash<int, QList<int>> annotationsByPage;
    for (const PdfLink &link : links) {
        const Page &page = pages.at(link.page);
        const QRectF area = link.area.normalized();
        const int number = update->reserve();
        annotationsByPage[link.page].append(number);
        const QByteArray rect = '[' + PdfIncrementalUpdate::number(page.left + area.left()) + ' '
                                + PdfIncrementalUpdate::number(page.top - area.bottom()) + ' '
                                + PdfIncrementalUpdate::number(page.left + area.right()) + ' '
                                + PdfIncrementalUpdate::number(page.top - area.top()) + ']';
        // /F 4: printed like the page (PDF/A asks for it); no border, the page shows the link.
        update->write(number, 0,
                      "<< /Type /Annot /Subtype /Link /Rect " + rect + " /Border [0 0 0] /F 4 /Dest "
                          + destinationArray(pages, link.destination) + " >>");
    }
    for (auto it = annotationsByPage.cbegin(); it != annotationsByPage.cend(); ++it) {
        const Page &page = pages.at(it.key());
        QList<QByteArray> annotations;
        const QByteArray existing = PdfObjectReader::value(page.dictionary, "Annots");
        QString error;
        if (!existing.isEmpty() && !PdfObjectReader::parseArray(reader.resolved(existing, &error), &annotations))
            return QStringLiteral("page object %1 has unreadable /Annots").arg(page.reference.number);
        for (const int number : it.value())
            annotations.append(Reference{number, 0}.toBytes());
        Dictionary dictionary = page.dictionary;
        setEntry(&dictionary, "Annots", '[' + annotations.join(' ') + ']');
        update->write(page.reference.number, page.reference.generation, dictionaryBytes(dictionary));
    }
    return {};
}

// Writes the outline tree and returns its root's object number (0 when there is no outline).
int writeOutline(const QList<Page> &pages, const QList<PdfOutlineEntry> &outline, PdfIncrementalUpdate *update)
{
    if (outline.isEmpty())
        return 0;
    const qsizetype count = outline.size();
    const int root = update->reserve();
    QList<int> numbers(count);
    for (int &number : numbers)
        number = update->reserve();
    // Index -1 is the outline root; children are linked in order.
    QList<int> parent(count, -1), next(count, -1), previous(count, -1), first(count, -1), last(count, -1);
    QList<int> children(count, 0);
    int rootFirst = -1, rootLast = -1, rootChildren = 0;
    QList<int> ancestors;
    for (int i = 0; i < count; ++i) {
        const int level = qMax(0, outline[i].level);
        while (!ancestors.isEmpty() && qMax(0, outline[ancestors.last()].level) >= level)
            ancestors.removeLast();
        const int up = ancestors.isEmpty() ? -1 : ancestors.last();
        parent[i] = up;
        int &lastSibling = up < 0 ? rootLast : last[up];
        if (lastSibling >= 0) {
            next[lastSibling] = i;
            previous[i] = lastSibling;
        } else {
            (up < 0 ? rootFirst : first[up]) = i;
        }
        lastSibling = i;
        ++(up < 0 ? rootChildren : children[up]);
        ancestors.append(i);
    }
    const auto ref = [&](int index) { return Reference{numbers[index], 0}.toBytes(); };
    for (int i = 0; i < count; ++i) {
        QByteArray item = "<< /Title " + PdfIncrementalUpdate::textString(outline[i].title) + " /Parent "
                          + (parent[i] < 0 ? Reference{root, 0}.toBytes() : ref(parent[i]));
        if (previous[i] >= 0)
            item += " /Prev " + ref(previous[i]);
        if (next[i] >= 0)
            item += " /Next " + ref(next[i]);
        if (first[i] >= 0) {
            // Negative: collapsed, showing that many entries once opened.
            item += " /First " + ref(first[i]) + " /Last " + ref(last[i]) + " /Count -"
                    + QByteArray::number(children[i]);
        }
        item += " /Dest " + destinationArray(pages, outline[i].destination);
        if (parent[i] < 0)
            item += " /F 2"; // sections in bold
        update->write(numbers[i], 0, item + " >>");
    }
    update->write(root, 0,
                  "<< /Type /Outlines /First " + ref(rootFirst) + " /Last " + ref(rootLast) + " /Count "
                      + QByteArray::number(rootChildren) + " >>");
    return root;
}

bool isAsciiLanguageTag(const QString &tag)
{
    for (const QChar c : tag) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

} // namespace

QString PdfNavigation::amend(QByteArray &pdf, const QList<PdfOutlineEntry> &outline, const QList<PdfLink> &links,
                             const PdfDocumentInfo &info)
{
    PdfObjectReader reader(pdf);
    QString error = reader.readCrossReferences();
    if (!error.isEmpty())
        return error;
    if (!PdfObjectReader::value(reader.trailer(), "Encrypt").isEmpty())
        return QStringLiteral("the PDF is encrypted");

    const Reference rootReference = PdfObjectReader::parseReference(PdfObjectReader::value(reader.trailer(), "Root"));
    Dictionary catalog;
    const QByteArray catalogBytes = reader.object(rootReference.number, &error);
    if (!error.isEmpty())
        return error;
    if (!PdfObjectReader::parseDictionary(catalogBytes, &catalog))
        return QStringLiteral("the catalog is not a dictionary");
    const Reference pagesReference = PdfObjectReader::parseReference(PdfObjectReader::value(catalog, "Pages"));
    if (!pagesReference.isValid())
        return QStringLiteral("the catalog has no /Pages");
    QList<Page> pages;
    QSet<int> visited;
    error = collectPages(reader, pagesReference, {}, 0, &visited, &pages);
    if (!error.isEmpty())
        return error;

    for (const PdfOutlineEntry &entry : outline) {
        error = checkDestination(entry.destination, pages.size(), "an outline entry");
        if (!error.isEmpty())
            return error;
    }
    for (const PdfLink &link : links) {
        error = checkDestination(link.destination, pages.size(), "a link");
        if (error.isEmpty() && (link.page < 0 || link.page >= pages.size()))
            error = QStringLiteral("a link is on page %1 of a %2-page document").arg(link.page + 1).arg(pages.size());
        const QRectF area = link.area;
        if (error.isEmpty() && !(finite(area.left()) && finite(area.top()) && finite(area.right()) && finite(area.bottom())))
            error = QStringLiteral("a link has no usable area");
        if (!error.isEmpty())
            return error;
    }
    if (!info.language.isEmpty() && !isAsciiLanguageTag(info.language))
        return QStringLiteral("the language \"%1\" is not a BCP 47 tag").arg(info.language);

    const bool endsWithNewline = pdf.endsWith('\n') || pdf.endsWith('\r');
    PdfIncrementalUpdate update(pdf.size(), endsWithNewline, reader.size());
    error = writeLinks(reader, pages, links, &update);
    if (!error.isEmpty())
        return error;
    const int outlineRoot = writeOutline(pages, outline, &update);

    if (outlineRoot > 0) {
        setEntry(&catalog, "Outlines", Reference{outlineRoot, 0}.toBytes());
        setEntry(&catalog, "PageMode", "/UseOutlines");
    }
    if (!info.language.isEmpty())
        setEntry(&catalog, "Lang", PdfIncrementalUpdate::textString(info.language));
    // Readers then title their window with the document's title, not its file name.
    if (!info.title.isEmpty() && PdfObjectReader::value(catalog, "ViewerPreferences").isEmpty())
        setEntry(&catalog, "ViewerPreferences", "<< /DisplayDocTitle true >>");
    update.write(rootReference.number, rootReference.generation, dictionaryBytes(catalog));

    // The document information keeps what QPdfWriter wrote (creator, producer, date).
    Reference infoReference = PdfObjectReader::parseReference(PdfObjectReader::value(reader.trailer(), "Info"));
    Dictionary infoEntries;
    if (infoReference.isValid()) {
        QString infoError;
        const QByteArray existing = reader.object(infoReference.number, &infoError);
        if (!infoError.isEmpty() || !PdfObjectReader::parseDictionary(existing, &infoEntries))
            infoEntries.clear();
    } else {
        infoReference = Reference{update.reserve(), 0};
    }
    const QList<QPair<QByteArray, QString>> fields{
        {"Title", info.title}, {"Author", info.author}, {"Subject", info.subject}, {"Keywords", info.keywords}};
    for (const auto &field : fields) {
        if (!field.second.isEmpty())
            setEntry(&infoEntries, field.first, PdfIncrementalUpdate::textString(field.second));
    }
    update.write(infoReference.number, infoReference.generation, dictionaryBytes(infoEntries));

    QByteArray trailer = "/Root " + rootReference.toBytes() + "\n/Info " + infoReference.toBytes() + '\n';
    const QByteArray id = PdfObjectReader::value(reader.trailer(), "ID");
    if (!id.isEmpty())
        trailer += "/ID " + id + '\n';
    pdf += update.finish(trailer, reader.startXref());
    return {};
}

} // namespace Whyboard
