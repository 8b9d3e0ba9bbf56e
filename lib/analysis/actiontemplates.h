// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkfinding.h"
#include "data/actionitem.h"
#include "data/session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Whyboard {

// The quick-add action suggestions: a starting text per category that the room rewrites,
// already beginning with a verb so the action-quality check does not flag it at once.
class ActionTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ActionTemplates)

public:
    // The categories a quick-add offers, in the order the buttons show them.
    static QList<ActionCategory> categories();

    // "Add a technical safeguard against: <subject>", the subject shortened to one line;
    // empty for ActionCategory::None.
    static QString text(ActionCategory category, const QString &subject);

    // The action a quick-add creates for the finding (no id yet): the category's text about
    // the card or timeline event the finding is about, linked to it. std::nullopt when the
    // finding is about neither, the item is gone, or the category is None.
    static std::optional<ActionItem> forFinding(const Session &session, const CheckFinding &finding,
                                                ActionCategory category);

    // Whether a quick-add applies to the finding: one about a card or an event, not set aside.
    static bool applies(const CheckFinding &finding);
};

} // namespace Whyboard
