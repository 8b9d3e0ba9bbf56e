// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/textexcerpt.h"

#include <algorithm>

namespace Whyboard {

QString TextExcerpt::head(const QString &text, int maxChars, qsizetype *leftOut)
{
    qsizetype keep = std::min<qsizetype>(text.size(), std::max(0, maxChars));
    if (keep > 0 && keep < text.size() && text.at(keep - 1).isHighSurrogate())
        --keep;
    if (leftOut)
        *leftOut = text.size() - keep;
    return keep == text.size() ? text : text.left(keep);
}

bool TextExcerpt::isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QString TextExcerpt::oneLine(const QString &text, int maxChars)
{
    if (maxChars <= 0)
        return {};
    // Only a bounded prefix is simplified: runs of spaces shrink, so a few times the limit is
    // always enough to fill it.
    qsizetype leftOut = 0;
    const QString piece = head(text, maxChars * 4 + 16, &leftOut).simplified();
    if (piece.size() <= maxChars && leftOut == 0)
        return piece;
    if (piece.size() <= maxChars)
        return piece + QChar(0x2026);
    QString cut = head(piece, maxChars - 1);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    // A word boundary in the last third keeps whole words; a long word is cut where it is.
    if (space > 0 && space >= cut.size() * 2 / 3)
        cut.truncate(space);
    while (!cut.isEmpty() && (cut.back().isSpace() || QStringLiteral(",;:.").contains(cut.back())))
        cut.chop(1);
    return cut + QChar(0x2026);
}

} // namespace Whyboard
