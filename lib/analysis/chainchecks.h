// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkfinding.h"
#include "data/session.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Whyboard {

struct ChainCheckOptions
{
    // Dismissed findings are left out unless asked for (the report shows them with their reason).
    bool includeDismissed = false;
    // Only these checks run; empty runs all of them.
    QSet<QString> checkIds;
    // A root cause fewer links than this from the problem is "too shallow".
    int minimumWhys = 5;
};

// The 5-Whys method as pure functions over a session: what a good facilitator would point
// out, each with a suggested next step. Nothing here blocks the user.
class ChainChecks
{
    Q_DECLARE_TR_FUNCTIONS(ChainChecks)

public:
    // Findings in check order (CheckIds::all()), then in the session's order of items.
    static QList<CheckFinding> run(const Session &session, const ChainCheckOptions &options = {});

    // Where a card stating two causes could be cut into two cards; std::nullopt when it
    // states one. Both parts are trimmed statements of their own (a shared subject is
    // repeated in the second); the second starts upper case. A compound subject ("The index
    // and placement subsystems lost ...") is one cause.
    static std::optional<QPair<QString, QString>> splitSuggestion(const QString &text);
    // Every cause the card states, each a statement; one entry when it states one.
    static QStringList causesIn(const QString &text);

    // An action with no outcome anyone could check later ("Be more careful with config").
    static bool isVagueAction(const QString &actionText);

    // True when the first word is a verb ("Add an alert ..."), or for German the last
    // ("Alarm für Zertifikate einrichten").
    static bool startsWithVerb(const QString &actionText);

    // The text with every participant's name (whole words, any case; a personal name's first
    // name too) replaced by
    // "Person A", "Person B", ... in the order given, for the projector's "hide names" view.
    static QString hideNames(const QString &text, const QStringList &names);
    static QString hideNames(const QString &text, const QList<Participant> &participants);

    // The names the checks look for: participants and the facilitator.
    static QStringList namesIn(const Session &session);

    // "<check-id>\t<item id>\t<message>": the line `whyboard --check` prints.
    static QString toLine(const CheckFinding &finding);

    // Translated heading for a check id ("Too shallow", ...).
    static QString checkTitle(const QString &checkId);
};

} // namespace Whyboard
