// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Whyboard {

// The words that carry a cause, for telling when two causes say the same thing: content words
// (stop words of English, German and French dropped), each reduced to a stem so that
// "rehearsed" and "rehearsal", "Zertifikat" and "Zertifikate" meet.
class CauseWords
{
public:
    // Lower-case content words in the order written, without repeats.
    static QStringList contentWords(const QString &text);
    // A light stem: diacritics off, common endings cut, at most six letters.
    static QString stem(const QString &word);
    static QSet<QString> stems(const QString &text);

    // Shared stems relative to the shorter cause (0..1); 0 when fewer than two stems are shared,
    // since a single word in common ("database", "deploy") says nothing.
    static double similarity(const QString &a, const QString &b);
    // The stems both causes share (a tie between equal scores goes to the one sharing more).
    static int sharedStems(const QString &a, const QString &b);
    // The score from which two causes count as the same; chosen by measurement (see
    // tst_repeatcauses: near-paraphrases found, unrelated causes sharing a word not).
    static constexpr double threshold = 0.5;
};

} // namespace Whyboard
