// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QString>

namespace Whyboard {

// How the action items spread over category (process, technology, training) and horizon
// (short, medium, long): a lopsided plan is easy to see, and an empty cell is the next prompt.
class ActionBalance
{
    Q_DECLARE_TR_FUNCTIONS(ActionBalance)

public:
    static ActionBalance of(const Session &session);

    static QList<ActionCategory> categories();
    static QList<ActionHorizon> horizons();

    int count(ActionCategory category, ActionHorizon horizon) const;
    int total() const { return m_total; }
    // Actions without a category or a horizon: they fit no cell.
    int unplaced() const { return m_unplaced; }
    bool isEmptyCell(ActionCategory category, ActionHorizon horizon) const { return count(category, horizon) == 0; }

    // A translated question that invites an action for that cell.
    static QString prompt(ActionCategory category, ActionHorizon horizon);

private:
    int m_counts[3][3] = {};
    int m_total = 0;
    int m_unplaced = 0;
};

} // namespace Whyboard
