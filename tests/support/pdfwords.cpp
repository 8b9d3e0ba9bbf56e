// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfwords.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>

namespace Whyboard::Test {

namespace {

QString unescaped(QString text)
{
    return text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

} // namespace

QStringList PdfPageWords::lines() const
{
    // Keyed by the rounded bottom edge: words of one line share it within half a point.
    QMap<int, QList<PdfWord>> byLine;
    for (const PdfWord &word : words)
        byLine[qRound(word.box.bottom() * 2)].append(word);
    QStringList result;
    for (auto it = byLine.begin(); it != byLine.end(); ++it) {
        QList<PdfWord> line = it.value();
        std::sort(line.begin(), line.end(), [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
        QStringList texts;
        for (const PdfWord &word : line)
            texts << word.text;
        result << texts.join(QLatin1Char(' '));
    }
    return result;
}

QList<PdfPageWords> pdfWords(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                path, QStringLiteral("-")});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    const QString xhtml = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression page(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">([^<]*)</word>"));
    QList<PdfPageWords> pages;
    qsizetype position = 0;
    while (true) {
        const QRegularExpressionMatch start = page.match(xhtml, position);
        if (!start.hasMatch())
            break;
        const qsizetype end = xhtml.indexOf(QStringLiteral("</page>"), start.capturedEnd());
        PdfPageWords words;
        words.size = QSizeF(start.captured(1).toDouble(), start.captured(2).toDouble());
        const QString body = xhtml.mid(start.capturedEnd(), end - start.capturedEnd());
        for (auto it = word.globalMatch(body); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            words.words.append({QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                       QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                                unescaped(m.captured(5))});
        }
        pages.append(words);
        position = end;
    }
    return pages;
}

} // namespace Whyboard::Test
