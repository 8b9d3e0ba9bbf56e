// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Whyboard {

// The words the chain checks look for, one table per language. Every table is checked
// whatever the interface language: a German room may use an English build, and a board often
// mixes languages.
//
// The tables are data, not code: resources/checks/vocabulary-<language>.json, compiled into
// the core library under :/checks/ and read once on first use. resources/checks/README.md
// tells a translator how to edit one or add a language.
//
// Patterns are regular-expression fragments matched case-insensitively as whole words
// (no letter or digit may touch either end).
struct ChainChecksVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(ChainChecksVocabulary)

public:
    QString language; // "en", "de", "fr"

    // Words that glue two causes into one card ("and", "as well as"); matched literally.
    QStringList compoundConjunctions;
    // Words after which "A and B" names one thing, not two causes ("between A and B").
    QStringList rangeWords;
    // Abbreviations whose full stop does not end a sentence (without the final dot).
    QStringList abbreviations;
    // A compound cause is two statements, each with its own verb: "The index and placement
    // subsystems lost ..." has one verb and states one cause. Finite verbs and auxiliaries
    // ("was", "had", "lost"), endings that mark a word as one ("ed"), and the adverbs that may
    // come between a shared subject and its verb ("... and never rehearsed").
    QStringList finiteVerbs;
    QStringList pastTenseEndings;
    QStringList adverbsBeforeVerbs;

    // "Human error" in its many disguises; flagged on root causes.
    QStringList humanErrorPatterns;
    // Blame anywhere on the board.
    QStringList blamePatterns;
    // Words after which a name starts a clause, i.e. is the subject ("because Alice ...").
    QStringList clauseStarters;

    // Verbs an action item usually starts with (imperative or infinitive).
    QStringList actionVerbs;
    // Action wording with no verifiable outcome ("be more careful", "pay attention").
    QStringList vagueActionPatterns;
    // Words after an imperative that start its object ("Shard the database"): an unknown first
    // word followed by one of them is taken as the verb.
    QStringList objectStarters;
    // Endings that mark a first word as a verb ("automatisieren", "simplify", "vérifier") ...
    QStringList verbEndings;
    // ... except these words, which end the same way but are not verbs.
    QStringList notVerbs;
    // Common short words that tell a text is in this language: the endings and the word order
    // above are only trusted for a text that looks like it ("Server" is not a French verb).
    QStringList markers;
    // German writes action items with the infinitive last ("Alarm für Zertifikate einrichten").
    bool infinitiveMayComeLast = false;

    // Where the tables built into the program live.
    static QString builtInDirectory() { return QStringLiteral(":/checks"); }

    // One table from its JSON text. On failure returns std::nullopt and sets *error to one
    // line naming the source, the key and what is wrong (unknown or missing key, a value of
    // the wrong type, an empty entry, a pattern that is not a valid regular expression).
    static std::optional<ChainChecksVocabulary> fromJson(const QByteArray &json, const QString &source,
                                                         QString *error);
    // One table from a file; a file that cannot be read is an error too.
    static std::optional<ChainChecksVocabulary> load(const QString &path, QString *error);
    // Every vocabulary-<language>.json in the directory, English first, then by language code.
    // A table that fails to load is left out and its error appended to *errors; so is a
    // directory without any table.
    static QList<ChainChecksVocabulary> loadDirectory(const QString &directory, QStringList *errors);

    // The tables built into the program, loaded once. Should one fail to load (a broken
    // edit), the reason goes to the log and the checks run with the others.
    static const QList<ChainChecksVocabulary> &builtIn();
    // What went wrong loading them; empty when all loaded.
    static const QStringList &builtInErrors();
};

} // namespace Whyboard
