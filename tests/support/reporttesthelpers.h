// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QMap>
#include <QString>

namespace Whyboard::Test {

// The example session shipped with the project (linkedin-app-deleted.json).
Session exampleSession();

// The text of a PDF as pdftotext reads it in drawing order (-raw), pages first..last
// (0 for all); whitespace runs folded into single spaces so wrapped lines compare equal.
QString pdfText(const QString &path, int firstPage = 0, int lastPage = 0);
// The same for the whole document without the page footers (title, date, page number), so a
// paragraph that runs over a page break reads as one.
QString pdfBodyText(const QString &path, const QString &footerTitle);
// pdfinfo's "Key: value" lines.
QMap<QString, QString> pdfInfo(const QString &path);
int pdfPageCount(const QString &path);

// Whitespace runs folded into single spaces, trimmed.
QString foldedWhitespace(const QString &text);

} // namespace Whyboard::Test
