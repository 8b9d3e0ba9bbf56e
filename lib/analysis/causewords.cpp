// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/causewords.h"

#include <QRegularExpression>

#include <algorithm>

namespace Whyboard {

namespace {

// Function words and the words every cause uses ("because", "not", "never"): they say
// nothing about what went wrong. English, German and French, lower case, without accents.
const char *const stopWords[] = {
    // English
    "a", "about", "after", "again", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because",
    "been", "before", "being", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "due",
    "during", "each", "for", "from", "had", "has", "have", "having", "he", "her", "his", "how", "if", "in",
    "into", "is", "it", "its", "just", "more", "most", "much", "must", "never", "no", "nobody", "none", "nor",
    "not", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "same", "she",
    "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "why", "will", "with", "without", "would", "yet", "you",
    "your", "didn", "doesn", "don", "wasn", "weren", "hadn", "hasn", "isn", "anyone", "one", "still",
    // verbs that carry no cause of their own ("ran out", "went down", "got stuck")
    "ran", "run", "runs", "went", "go", "goes", "got", "get", "gets", "made", "make", "makes", "took", "take",
    "both", "every", "ever", "anything", "something", "nothing", "whole",
    // German
    "aber", "alle", "als", "am", "an", "auch", "auf", "aus", "bei", "beim", "bis", "da", "dabei", "damit",
    "dann", "das", "dass", "dem", "den", "der", "des", "die", "dies", "diese", "dieser", "durch", "ein",
    "eine", "einem", "einen", "einer", "eines", "er", "es", "fur", "hat", "hatte", "hatten", "ihr", "im",
    "in", "ist", "jemand", "kein", "keine", "keinen", "mit", "nach", "nicht", "nie", "niemand", "noch",
    "nur", "ob", "oder", "ohne", "sein", "seine", "sich", "sie", "sind", "so", "um", "und", "unter", "vom",
    "von", "vor", "war", "waren", "weil", "wenn", "werden", "wie", "wir", "wird", "wurde", "wurden", "zu",
    "zum", "zur", "uber", "worden", "je",
    // French
    "au", "aux", "avec", "avait", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "en", "est",
    "et", "etait", "ete", "il", "ils", "jamais", "la", "le", "les", "leur", "lui", "mais", "ne", "ni", "nos",
    "notre", "on", "ont", "ou", "par", "pas", "personne", "plus", "pour", "qu", "que", "qui", "sa", "sans",
    "se", "ses", "son", "sont", "sur", "un", "une", "car", "aucun", "aucune", "apres", "avant", "parce",
};

// Endings cut from a word, longest first; a stem keeps at least four letters.
const char *const endings[] = {
    "ations", "ation", "ements", "ement", "ungen", "ments", "ment", "ness", "ings", "ing", "ions", "ion",
    "ung", "ied", "ees", "ern", "ed", "es", "en", "er", "ee", "ly", "e", "y",
};

const QSet<QString> &stopWordSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> result;
        for (const char *word : stopWords)
            result.insert(QLatin1String(word));
        return result;
    }();
    return set;
}

QString withoutDiacritics(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result.replace(QChar(0xdf), QLatin1String("ss"));
}

} // namespace

QStringList CauseWords::contentWords(const QString &text)
{
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}]+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QStringList result;
    for (auto it = wordPattern.globalMatch(text.left(4000)); it.hasNext();) {
        const QString word = it.next().captured().toLower();
        const QString plain = withoutDiacritics(word);
        if (plain.size() < 3 && !std::any_of(plain.cbegin(), plain.cend(), [](QChar c) { return c.isDigit(); }))
            continue;
        if (stopWordSet().contains(plain) || result.contains(word))
            continue;
        result.append(word);
    }
    return result;
}

QString CauseWords::stem(const QString &word)
{
    QString result = withoutDiacritics(word.toLower());
    // The plural first, so that "regions" and "region" meet after the ending below.
    if (result.size() > 4 && result.endsWith(QLatin1Char('s')) && !result.endsWith(QLatin1String("ss")))
        result.chop(1);
    for (const char *ending : endings) {
        const QLatin1String end(ending);
        if (result.size() - end.size() >= 4 && result.endsWith(end)) {
            result.chop(end.size());
            break;
        }
    }
    // Doubled final consonants ("stopped", "planned") and the last vowel of a verb.
    if (result.size() > 4 && result.at(result.size() - 1) == result.at(result.size() - 2))
        result.chop(1);
    return result.left(6);
}

QSet<QString> CauseWords::stems(const QString &text)
{
    QSet<QString> result;
    for (const QString &word : contentWords(text))
        result.insert(stem(word));
    return result;
}

int CauseWords::sharedStems(const QString &a, const QString &b)
{
    return int(stems(a).intersect(stems(b)).size());
}

double CauseWords::similarity(const QString &a, const QString &b)
{
    const QSet<QString> first = stems(a);
    const QSet<QString> second = stems(b);
    const qsizetype shorter = std::min(first.size(), second.size());
    if (shorter == 0)
        return 0;
    const qsizetype shared = QSet<QString>(first).intersect(second).size();
    if (shared < 2)
        return 0;
    return double(shared) / double(shorter);
}

} // namespace Whyboard
