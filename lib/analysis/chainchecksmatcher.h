// SPDX-License-Identifier: GPL-3.0-or-later
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

    // Where a card stating two causes could be cut: both parts are statements of their own (a
    // shared subject is repeated: "The job failed and was retried" gives "The job failed" and
    // "The job was retried"); a compound subject or object is no cut.
    std::optional<QPair<QString, QString>> split(const QString &text) const;
    // Every cause the text states, each a statement; one entry for a single cause.
    QStringList causes(const QString &text) const;
    bool startsWithVerb(const QString &text) const;
    // The words that make an action vague ("be more careful"); empty when none do.
    QString vagueAction(const QString &text) const;

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

    struct Word
    {
        QString text;
        int start = 0;
    };
    static QList<Word> wordsAt(const QString &text);
    // The tables whose markers the text has (all of them when none has any).
    QList<int> languagesOf(const QString &text) const;
    bool isVerb(const QList<Word> &words, int index, const QList<int> &languages) const;
    bool isAdverbBeforeVerb(const QString &word, const QList<int> &languages) const;
    int firstVerb(const QList<Word> &words, const QList<int> &languages) const;
    bool startsWithFiniteVerb(const QList<Word> &words, const QList<int> &languages) const;

    std::optional<QPair<QString, QString>> splitAtSentence(const QString &text) const;
    std::optional<QPair<QString, QString>> splitAtSemicolon(const QString &text) const;
    std::optional<QPair<QString, QString>> splitAtConjunction(const QString &text) const;

    QRegularExpression m_humanError;
    QRegularExpression m_blame;
    QRegularExpression m_conjunction;
    QRegularExpression m_rangeWord;
    QRegularExpression m_vagueAction;
    QStringList m_abbreviations;
    QString m_clauseStarters; // alternation fragment
};

} // namespace Whyboard
