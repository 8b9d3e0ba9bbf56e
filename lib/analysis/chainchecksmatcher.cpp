// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainchecksmatcher.h"

#include "analysis/chainchecksvocabulary.h"

#include <QSet>

#include <algorithm>

namespace Whyboard {

namespace {

const auto regexOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool hasLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList result;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        result.append(it.next().captured(0));
    return result;
}

QString cleanedFirst(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && (text.back() == QLatin1Char(',') || text.back() == QLatin1Char(';')
                               || text.back() == QLatin1Char(':') || text.back().isSpace()))
        text.chop(1);
    return text;
}

QString cleanedSecond(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

std::optional<QPair<QString, QString>> makeSplit(const QString &first, const QString &second)
{
    const QString a = cleanedFirst(first);
    const QString b = cleanedSecond(second);
    if (!hasLetter(a) || !hasLetter(b))
        return std::nullopt;
    return qMakePair(a, b);
}

QString longestFirstAlternation(QStringList fragments)
{
    std::stable_sort(fragments.begin(), fragments.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return fragments.join(QLatin1Char('|'));
}

} // namespace

const ChainChecksMatcher &ChainChecksMatcher::instance()
{
    static const ChainChecksMatcher matcher;
    return matcher;
}

ChainChecksMatcher::ChainChecksMatcher()
{
    QStringList humanError, blame, conjunctions, rangeWords, starters;
    for (const ChainChecksVocabulary &v : ChainChecksVocabulary::builtIn()) {
        humanError += v.humanErrorPatterns;
        blame += v.blamePatterns;
        for (const QString &c : v.compoundConjunctions)
            conjunctions.append(QRegularExpression::escape(c));
        rangeWords += v.rangeWords;
        starters += v.clauseStarters;
        for (const QString &a : v.abbreviations)
            m_abbreviations.append(a.toLower());
    }
    m_humanError = wholeWords(humanError);
    m_blame = wholeWords(blame);
    // A conjunction between spaces, with an optional comma before it ("..., and ...").
    m_conjunction = QRegularExpression(QStringLiteral(",?\\s+(?:%1)\\s+").arg(longestFirstAlternation(conjunctions)),
                                       regexOptions);
    m_rangeWord = wholeWords(rangeWords);
    QStringList vague;
    for (const ChainChecksVocabulary &v : ChainChecksVocabulary::builtIn())
        vague += v.vagueActionPatterns;
    m_vagueAction = vague.isEmpty() ? QRegularExpression(QStringLiteral("(?!)")) : wholeWords(vague);
    m_clauseStarters = longestFirstAlternation(starters);
}

QRegularExpression ChainChecksMatcher::wholeWords(const QStringList &fragments)
{
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?![\\p{L}\\p{N}])")
                                  .arg(longestFirstAlternation(fragments)),
                              regexOptions);
}

QString ChainChecksMatcher::humanError(const QString &text) const
{
    return m_humanError.match(text).captured(0).simplified();
}

QString ChainChecksMatcher::blame(const QString &text) const
{
    return m_blame.match(text).captured(0).simplified();
}

std::optional<QPair<QString, QString>> ChainChecksMatcher::split(const QString &text) const
{
    if (auto result = splitAtSentence(text))
        return result;
    if (auto result = splitAtSemicolon(text))
        return result;
    return splitAtConjunction(text);
}

std::optional<QPair<QString, QString>> ChainChecksMatcher::splitAtSentence(const QString &text) const
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?…]+\\s+|\\s*\\n\\s*"));
    const QString trimmed = text.trimmed();
    auto it = sentenceEnd.globalMatch(trimmed);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString before = trimmed.left(m.capturedStart());
        const QString after = trimmed.mid(m.capturedEnd());
        if (m.captured(0).trimmed() == QStringLiteral(".")) {
            // "e.g. the cache", "z. B. der Cache", "am 3. Mai": a full stop that ends no sentence.
            const QString lastToken = before.section(QLatin1Char(' '), -1).toLower();
            const bool digits = !lastToken.isEmpty()
                                && std::all_of(lastToken.cbegin(), lastToken.cend(), [](QChar c) { return c.isDigit(); });
            if (lastToken.size() <= 1 || digits || m_abbreviations.contains(lastToken))
                continue;
        }
        QString first = before;
        if (!m.captured(0).trimmed().isEmpty() && m.captured(0).trimmed() != QStringLiteral("."))
            first += m.captured(0).trimmed(); // keep a question or exclamation mark
        if (auto result = makeSplit(first, after))
            return result;
    }
    return std::nullopt;
}

std::optional<QPair<QString, QString>> ChainChecksMatcher::splitAtSemicolon(const QString &text) const
{
    const int at = text.indexOf(QLatin1Char(';'));
    if (at < 0)
        return std::nullopt;
    return makeSplit(text.left(at), text.mid(at + 1));
}

QList<ChainChecksMatcher::Word> ChainChecksMatcher::wordsAt(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’-]*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QList<Word> result;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result.append(Word{m.captured(0).toLower(), int(m.capturedStart())});
    }
    return result;
}

QList<int> ChainChecksMatcher::languagesOf(const QString &text) const
{
    const QList<ChainChecksVocabulary> &tables = ChainChecksVocabulary::builtIn();
    QSet<QString> words;
    for (const Word &w : wordsAt(text))
        words.insert(w.text);
    QList<int> languages;
    for (int i = 0; i < tables.size(); ++i) {
        const QStringList &markers = tables.at(i).markers;
        if (std::any_of(markers.cbegin(), markers.cend(), [&](const QString &m) { return words.contains(m); }))
            languages.append(i);
    }
    if (languages.isEmpty()) {
        for (int i = 0; i < tables.size(); ++i)
            languages.append(i);
    }
    return languages;
}

bool ChainChecksMatcher::isVerb(const QList<Word> &words, int index, const QList<int> &languages) const
{
    const QString &word = words.at(index).text;
    // "n'a", "l'index": the elided article or negation is not part of the word.
    static const QRegularExpression elision(QStringLiteral("^\\p{L}{1,2}['’]"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QString bare = QString(word).remove(elision);
    for (int i : languages) {
        const ChainChecksVocabulary &v = ChainChecksVocabulary::builtIn().at(i);
        if (v.finiteVerbs.contains(word) || v.finiteVerbs.contains(bare))
            return true;
        // "the affected servers": after an article the ending makes an adjective.
        const bool afterArticle = index > 0 && v.objectStarters.contains(words.at(index - 1).text);
        if (bare.size() >= 5 && !afterArticle && !v.notVerbs.contains(bare)
            && std::any_of(v.pastTenseEndings.cbegin(), v.pastTenseEndings.cend(),
                           [&](const QString &e) { return bare.endsWith(e); }))
            return true;
    }
    return false;
}

bool ChainChecksMatcher::isAdverbBeforeVerb(const QString &word, const QList<int> &languages) const
{
    return std::any_of(languages.cbegin(), languages.cend(), [&](int i) {
        return ChainChecksVocabulary::builtIn().at(i).adverbsBeforeVerbs.contains(word);
    });
}

int ChainChecksMatcher::firstVerb(const QList<Word> &words, const QList<int> &languages) const
{
    for (int i = 0; i < words.size(); ++i) {
        if (isVerb(words, i, languages))
            return i;
    }
    return -1;
}

bool ChainChecksMatcher::startsWithFiniteVerb(const QList<Word> &words, const QList<int> &languages) const
{
    int i = 0;
    while (i < words.size() && i < 2 && isAdverbBeforeVerb(words.at(i).text, languages))
        ++i;
    return i < words.size() && isVerb(words, i, languages);
}

std::optional<QPair<QString, QString>> ChainChecksMatcher::splitAtConjunction(const QString &text) const
{
    const QString trimmed = text.trimmed();
    const QList<int> languages = languagesOf(trimmed);
    auto it = m_conjunction.globalMatch(trimmed);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString before = trimmed.left(m.capturedStart());
        const QString after = trimmed.mid(m.capturedEnd());
        const QList<Word> left = wordsAt(before);
        const QList<Word> right = wordsAt(after);
        if (left.size() < 2 || right.isEmpty())
            continue;
        // "between the API and the database" names one thing.
        QStringList lastWords;
        for (qsizetype i = std::max<qsizetype>(0, left.size() - 4); i < left.size(); ++i)
            lastWords.append(left.at(i).text);
        if (m_rangeWord.match(lastWords.join(QLatin1Char(' '))).hasMatch())
            continue;
        // Each side must be a statement: "The index and placement subsystems lost ..." has
        // no verb before the "and", so it is one subject, not two causes.
        const int leftVerb = firstVerb(left, languages);
        if (leftVerb < 0)
            continue;
        if (startsWithFiniteVerb(right, languages)) {
            // "... had not been restarted and had grown": the second statement shares the
            // subject, which the split repeats so that each part reads as a sentence.
            if (leftVerb == 0)
                continue;
            const QString subject = before.left(left.at(leftVerb).start).trimmed();
            if (auto result = makeSplit(before, QString(subject + QLatin1Char(' ') + after)))
                return result;
            continue;
        }
        // A subject of its own and a verb: "... and nobody was paged". Without a verb the
        // right side is a second object ("restarted the cache and the database").
        if (right.size() < 2 || firstVerb(right, languages) < 1)
            continue;
        if (auto result = makeSplit(before, after))
            return result;
    }
    return std::nullopt;
}

QStringList ChainChecksMatcher::causes(const QString &text) const
{
    QStringList result;
    QString rest = text.trimmed();
    // Each cut leaves the first statement whole; the rest may hold more.
    for (int guard = 0; guard < 20; ++guard) {
        const auto parts = split(rest);
        if (!parts)
            break;
        result.append(parts->first);
        rest = parts->second;
    }
    result.append(rest);
    return result;
}

bool ChainChecksMatcher::startsWithVerb(const QString &text) const
{
    const QStringList words = wordsOf(text);
    if (words.isEmpty())
        return false;
    const QString first = words.first().toLower();
    QSet<QString> lowerWords;
    for (const QString &w : words)
        lowerWords.insert(w.toLower());

    const QString last = words.last().toLower();
    const QString second = words.size() >= 2 ? words.at(1).toLower() : QString();
    for (const ChainChecksVocabulary &v : ChainChecksVocabulary::builtIn()) {
        if (v.actionVerbs.contains(first))
            return true;
        // "Shard the database", "Back up all volumes": a word the list lacks, then its object.
        if (!second.isEmpty() && v.objectStarters.contains(second) && !v.objectStarters.contains(first)
            && !v.markers.contains(first) && !v.notVerbs.contains(first))
            return true;
        if (v.infinitiveMayComeLast && words.size() >= 2 && v.actionVerbs.contains(last))
            return true; // "Zertifikatsalarm einrichten"
        const bool looksLikeThisLanguage = std::any_of(v.markers.cbegin(), v.markers.cend(),
                                                       [&](const QString &m) { return lowerWords.contains(m); });
        if (!looksLikeThisLanguage)
            continue;
        if (first.size() >= 5 && !v.notVerbs.contains(first)
            && std::any_of(v.verbEndings.cbegin(), v.verbEndings.cend(),
                           [&](const QString &e) { return first.endsWith(e); }))
            return true;
        if (v.infinitiveMayComeLast && words.size() >= 2) {
            // Nouns are capitalised in German, so a lower-case last word ending like an
            // infinitive is the verb ("Alarm für Zertifikate einrichten").
            const QString &lastAsWritten = words.last();
            static const QRegularExpression infinitive(QStringLiteral("^\\p{Ll}[\\p{L}]+(?:en|ern|eln)$"),
                                                       QRegularExpression::UseUnicodePropertiesOption);
            if (lastAsWritten.size() >= 4 && infinitive.match(lastAsWritten).hasMatch())
                return true;
        }
    }
    return false;
}

QString ChainChecksMatcher::vagueAction(const QString &text) const
{
    return m_vagueAction.match(text).captured(0).simplified();
}

QStringList ChainChecksMatcher::nameVariants(const QString &name)
{
    const QString full = name.simplified();
    if (full.isEmpty())
        return {};
    QStringList variants{full};
    // "Bob Martin" is also "Bob"; but "Customer Support advocate" or "VP Engineering" name a
    // role, and "Support" or "Engineering" alone are ordinary words on a board.
    const QStringList parts = full.split(QLatin1Char(' '));
    const bool personal = parts.size() > 1 && std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.at(0).isUpper() && part.size() >= 2 && part.at(1).isLower();
    });
    if (personal && parts.first().size() >= 3)
        variants.append(parts.first());
    return variants;
}

QRegularExpression ChainChecksMatcher::namesExpression(const QStringList &names)
{
    QStringList fragments;
    for (const QString &name : names) {
        for (const QString &variant : nameVariants(name))
            fragments.append(QRegularExpression::escape(variant));
    }
    if (fragments.isEmpty())
        return QRegularExpression(QStringLiteral("(?!)")); // matches nothing
    return wholeWords(fragments);
}

QRegularExpression ChainChecksMatcher::namesAsSubjectExpression(const QStringList &names) const
{
    QStringList fragments;
    for (const QString &name : names) {
        for (const QString &variant : nameVariants(name))
            fragments.append(QRegularExpression::escape(variant));
    }
    if (fragments.isEmpty())
        return QRegularExpression(QStringLiteral("(?!)"));
    return QRegularExpression(
        QStringLiteral("(?:^\\s*|[.;:!?,]\\s*|(?<![\\p{L}\\p{N}])(?:%1)\\s+)((?:%2)(?![\\p{L}\\p{N}'’]))\\s+\\p{L}")
            .arg(m_clauseStarters, longestFirstAlternation(fragments)),
        regexOptions);
}

} // namespace Whyboard
