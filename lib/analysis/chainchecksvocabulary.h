#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Whyboard {

// The words the chain checks look for, one table per language the program ships in.
// Every table is checked whatever the interface language: a German room may use an English
// build, and a board often mixes languages.
//
// Patterns are regular-expression fragments matched case-insensitively as whole words
// (no letter or digit may touch either end).
struct ChainChecksVocabulary
{
    QString language; // "en", "de", "fr"

    // Words that glue two causes into one card ("and", "as well as").
    QStringList compoundConjunctions;
    // Words after which "A and B" names one thing, not two causes ("between A and B").
    QStringList rangeWords;
    // Abbreviations whose full stop does not end a sentence (without the final dot).
    QStringList abbreviations;

    // "Human error" in its many disguises; flagged on root causes.
    QStringList humanErrorPatterns;
    // Blame anywhere on the board.
    QStringList blamePatterns;
    // Words after which a name starts a clause, i.e. is the subject ("because Alice ...").
    QStringList clauseStarters;

    // Verbs an action item usually starts with (imperative or infinitive).
    QStringList actionVerbs;
    // Endings that mark a first word as a verb ("automatisieren", "simplify", "vérifier") ...
    QStringList verbEndings;
    // ... except these words, which end the same way but are not verbs.
    QStringList notVerbs;
    // Common short words that tell a text is in this language: the endings and the word order
    // above are only trusted for a text that looks like it ("Server" is not a French verb).
    QStringList markers;
    // German writes action items with the infinitive last ("Alarm für Zertifikate einrichten").
    bool infinitiveMayComeLast = false;
};

const QList<ChainChecksVocabulary> &chainChecksVocabularies();

} // namespace Whyboard
