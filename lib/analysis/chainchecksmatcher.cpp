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

std::optional<QPair<QString, QString>> ChainChecksMatcher::splitAtConjunction(const QString &text) const
{
    const QString trimmed = text.trimmed();
    auto it = m_conjunction.globalMatch(trimmed);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString before = trimmed.left(m.capturedStart());
        const QString after = trimmed.mid(m.capturedEnd());
        // "Rock and roll" is one thing: each side must be a statement of two words or more.
        const QStringList left = wordsOf(before);
        if (left.size() < 2 || wordsOf(after).size() < 2)
            continue;
        // "between the API and the database" names one thing too.
        if (m_rangeWord.match(left.mid(qMax(0, left.size() - 4)).join(QLatin1Char(' '))).hasMatch())
            continue;
        if (auto result = makeSplit(before, after))
            return result;
    }
    return std::nullopt;
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
    for (const ChainChecksVocabulary &v : ChainChecksVocabulary::builtIn()) {
        if (v.actionVerbs.contains(first))
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
