// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace Whyboard::Test {

// A PDF's words with their boxes as poppler's `pdftotext -bbox` reads them (points, from the
// page's top left), page by page in drawing order, as a reader's viewer places them.
struct PdfWord
{
    QRectF box;
    QString text;
};

struct PdfPageWords
{
    QSizeF size;
    QList<PdfWord> words;
    // The page's lines top to bottom, each the words whose boxes share a baseline.
    QStringList lines() const;
};

QList<PdfPageWords> pdfWords(const QString &path);

} // namespace Whyboard::Test
