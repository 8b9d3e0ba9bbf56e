// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "report/reportoptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>

class QIODevice;

namespace Whyboard {

// The fishbone as a file, drawn by the window's own painter in the light theme: a PNG (twice
// the screen's size, within the board image's limits), an SVG (vectors, the board's units in
// its viewBox) and a PDF (one page with the session's title, the drawing in vectors scaled to
// fit; A3 for a big drawing). Each runs in the report's language (options.language), so the
// bones' names and "Why 3" are in it. categories: the bones' order (the library's list; the
// default categories when the library is not at hand); a category in use that it lacks
// follows them.
class FishboneExporter
{
    Q_DECLARE_TR_FUNCTIONS(FishboneExporter)

public:
    // By the path's extension: .png, .svg or .pdf. Returns an error for the user, empty on
    // success; a failure leaves no file behind.
    static QString write(const Session &session, const QString &path, const ReportOptions &options,
                         const QStringList &categories);
    // The same with the default categories (the command line's --export-fishbone).
    static QString write(const Session &session, const QString &path, const ReportOptions &options);
    static QString writePng(const Session &session, const QString &path, const QStringList &categories);
    static QString writeSvg(const Session &session, const QString &path, const QStringList &categories);
    static QString writePdf(const Session &session, const QString &path, const QStringList &categories);

    static QImage image(const Session &session, const QStringList &categories, qreal scale = 2.0);
};

} // namespace Whyboard
