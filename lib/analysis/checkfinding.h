// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Whyboard {

// What a chain-check finding is about: the ids live in different lists of the Session.
enum class CheckItemKind { Card, Event, Action };

// One thing a chain check noticed, with what the room could do next. Never blocking.
struct CheckFinding
{
    QString checkId;    // "shallow", "compound", ... (stable: the command line prints it)
    QString itemId;     // card, event or action id, as the session stores it
    QString message;    // one line, translated
    QString suggestion; // the suggested next step, translated
    CheckItemKind itemKind = CheckItemKind::Card;
    bool dismissed = false;   // only reported when ChainCheckOptions::includeDismissed
    QString dismissalReason;  // the room's reason, for the report

    friend bool operator==(const CheckFinding &a, const CheckFinding &b)
    {
        return a.checkId == b.checkId && a.itemId == b.itemId && a.message == b.message
               && a.suggestion == b.suggestion && a.itemKind == b.itemKind && a.dismissed == b.dismissed
               && a.dismissalReason == b.dismissalReason;
    }
    friend bool operator!=(const CheckFinding &a, const CheckFinding &b) { return !(a == b); }
};

// The stable check ids, in the order the checks run and the panel lists them.
namespace CheckIds {
inline const QString shallow = QStringLiteral("shallow");
inline const QString compound = QStringLiteral("compound");
inline const QString unverified = QStringLiteral("unverified");
inline const QString humanError = QStringLiteral("human-error");
inline const QString blame = QStringLiteral("blame");
inline const QString noAction = QStringLiteral("no-action");
inline const QString actionQuality = QStringLiteral("action-quality");

inline QStringList all()
{
    return {shallow, compound, unverified, humanError, blame, noAction, actionQuality};
}
} // namespace CheckIds

} // namespace Whyboard
