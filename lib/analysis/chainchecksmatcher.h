#pragma once

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace Whyboard {

// The text side of the chain checks: the vocabularies compiled once into regular
// expressions, and the word-level heuristics built on them. Shared by all checks.
class ChainChecksMatcher
{
public:
    static const ChainChecksMatcher &instance();

    // The matched words, simplified to one line; empty when nothing matches.
    QString humanError(const QString &text) const;
    QString blame(const QString &text) const;

    std::optional<QPair<QString, QString>> split(const QString &text) const;
    bool startsWithVerb(const QString &text) const;

    // Whole-word, case-insensitive matching of people's names: the full name and, for a
    // personal name, the first name ("Alice" for "Alice Moreau").
    static QStringList nameVariants(const QString &name);
    static QRegularExpression namesExpression(const QStringList &names);
    // The name written where a subject goes: at the start of a clause and followed by a word.
    QRegularExpression namesAsSubjectExpression(const QStringList &names) const;

    // "(?<![letter or digit])(?:a|b|c)(?![letter or digit])", case-insensitive, Unicode.
    static QRegularExpression wholeWords(const QStringList &fragments);

private:
    ChainChecksMatcher();

    std::optional<QPair<QString, QString>> splitAtSentence(const QString &text) const;
    std::optional<QPair<QString, QString>> splitAtSemicolon(const QString &text) const;
    std::optional<QPair<QString, QString>> splitAtConjunction(const QString &text) const;

    QRegularExpression m_humanError;
    QRegularExpression m_blame;
    QRegularExpression m_conjunction;
    QRegularExpression m_rangeWord;
    QStringList m_abbreviations;
    QString m_clauseStarters; // alternation fragment
};

} // namespace Whyboard
