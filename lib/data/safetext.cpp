// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/safetext.h"

#include <QTextDocument>

namespace Whyboard {

namespace {

constexpr char16_t pdf = 0x202c;
constexpr char16_t pdi = SafeText::popDirectionalIsolate;

bool isEmbedding(char16_t c) // LRE, RLE, LRO, RLO
{
    return c == 0x202a || c == 0x202b || c == 0x202d || c == 0x202e;
}

bool isIsolateStart(char16_t c) // LRI, RLI, FSI
{
    return c >= 0x2066 && c <= 0x2068;
}

// Where the bidi algorithm starts a new paragraph (class B), and the line separator, which the
// report uses for a typed line break.
bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool isRightToLeft(QChar c)
{
    const QChar::Direction direction = c.direction();
    return direction == QChar::DirR || direction == QChar::DirAL;
}

bool needsIsolation(const QString &text)
{
    for (const QChar c : text) {
        if (SafeText::isBidiControl(c.unicode()) || isRightToLeft(c))
            return true;
    }
    return false;
}

// One line's controls balanced, wrapped in FSI ... PDI.
void appendIsolatedLine(QString &out, QStringView line)
{
    if (line.isEmpty())
        return;
    out += QChar(SafeText::firstStrongIsolate);
    QString open; // what the line opened, innermost last
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (isEmbedding(u) || isIsolateStart(u)) {
            open += c;
        } else if (u == pdf) {
            // Closes an embedding only when one is open inside the innermost isolate.
            if (open.isEmpty() || !isEmbedding(open.back().unicode()))
                continue;
            open.chop(1);
        } else if (u == pdi) {
            const qsizetype start = [&open] {
                for (qsizetype i = open.size() - 1; i >= 0; --i) {
                    if (isIsolateStart(open.at(i).unicode()))
                        return i;
                }
                return qsizetype(-1);
            }();
            if (start < 0)
                continue; // it would close the isolate around the line
            for (qsizetype i = open.size() - 1; i > start; --i)
                out += QChar(pdf);
            open.truncate(start);
        }
        out += c;
    }
    for (qsizetype i = open.size() - 1; i >= 0; --i)
        out += QChar(isEmbedding(open.at(i).unicode()) ? pdf : pdi);
    out += QChar(pdi);
}

bool isXmlForbidden(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xfffe || c == 0xffff;
}

} // namespace

bool SafeText::isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
           || c == 0x061c;
}

bool SafeText::containsBidiControl(const QString &text)
{
    for (const QChar c : text) {
        if (isBidiControl(c.unicode()))
            return true;
    }
    return false;
}

QString SafeText::isolated(const QString &text)
{
    // Text with no directional control and no right-to-left letter cannot reorder its
    // neighbours: it stays as it is, so ordinary exports carry no invisible characters.
    if (!needsIsolation(text))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isLineBreak(text.at(i).unicode()))
            continue;
        appendIsolatedLine(out, QStringView(text).mid(start, i - start));
        if (i < text.size())
            out += text.at(i);
        start = i + 1;
    }
    return out;
}

QString SafeText::withoutBidiControls(const QString &text)
{
    if (!containsBidiControl(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isBidiControl(c.unicode()))
            out += c;
    }
    return out;
}

QString SafeText::xmlCharacters(const QString &text)
{
    QString out = text;
    const qsizetype size = out.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < size && out.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || isXmlForbidden(c.unicode()))
            out[i] = QChar(replacement);
    }
    return out;
}

QString SafeText::xmlEscaped(const QString &text)
{
    const QString safe = xmlCharacters(text);
    QString out;
    out.reserve(safe.size() + safe.size() / 8);
    for (const QChar c : safe) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&apos;"); break;
        default: out += c;
        }
    }
    return out;
}

QString SafeText::terminalLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isBidiControl(u))
            continue;
        if (u != u'\t' && (u < 0x20 || (u >= 0x7f && u <= 0x9f)))
            out += QChar(replacement);
        else
            out += c;
    }
    return out;
}

QString SafeText::plainToolTip(const QString &text, bool wraps)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:%1\">%2</p>")
        .arg(wraps ? QStringLiteral("pre-wrap") : QStringLiteral("pre"), text.toHtmlEscaped());
}

} // namespace Whyboard
