// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesthelpers.h"
#include "samplesessions.h"

#include "analysis/cardplacement.h"
#include "storage/sessionjsonformat.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace Whyboard::Test {

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

Session exampleSession()
{
    return fixtureSession(QStringLiteral("examples/linkedin-app-deleted"));
}

QString foldedWhitespace(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{2028}\\x{00a0}]+"));
    // Compatibility forms undo typographic ligatures ("ﬁ" -> "fi") that a PDF may keep.
    return text.normalized(QString::NormalizationForm_KC).replace(spaces, QStringLiteral(" ")).trimmed();
}

QString pdfBodyText(const QString &path, const QString &footerTitle)
{
    QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                     QStringLiteral("-")});
    text.replace(QStringLiteral("-\n"), QStringLiteral("-"));
    QStringList kept;
    static const QRegularExpression footer(QStringLiteral("^(Page \\d+ of \\d+|Generated .*)$"));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed() == footerTitle.trimmed() || footer.match(line.trimmed()).hasMatch())
            continue;
        kept << line;
    }
    return foldedWhitespace(kept.join(QLatin1Char('\n')));
}

QString pdfText(const QString &path, int firstPage, int lastPage)
{
    QStringList arguments{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (firstPage > 0)
        arguments << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0)
        arguments << QStringLiteral("-l") << QString::number(lastPage);
    arguments << path << QStringLiteral("-");
    // A line that ends in a hyphen was broken there ("third-" / "party"), not at a space.
    QString text = run(QStringLiteral("pdftotext"), arguments);
    text.replace(QStringLiteral("-\n"), QStringLiteral("-"));
    return foldedWhitespace(text);
}

QMap<QString, QString> pdfInfo(const QString &path)
{
    QMap<QString, QString> info;
    const QStringList lines = run(QStringLiteral("pdfinfo"), {path}).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

int pdfPageCount(const QString &path)
{
    return pdfInfo(path).value(QStringLiteral("Pages")).toInt();
}

} // namespace Whyboard::Test
