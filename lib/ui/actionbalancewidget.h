// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/actionbalance.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace Whyboard {

class SessionDocument;

// The action items counted by category × horizon in a 3×3 grid. A cell with actions shows
// its count; an empty cell shows the question that could fill it.
class ActionBalanceWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ActionBalanceWidget(QWidget *parent = nullptr);

    void setDocument(SessionDocument *document);
    const ActionBalance &balance() const { return m_balance; }
    // The text a cell shows now: the count, or the prompt for an empty cell.
    QString cellText(ActionCategory category, ActionHorizon horizon) const;

public Q_SLOTS:
    void refresh();

private:
    QLabel *cell(ActionCategory category, ActionHorizon horizon) const;

    QPointer<SessionDocument> m_document;
    ActionBalance m_balance;
    QLabel *m_cells[3][3] = {};
    QLabel *m_unplaced = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Whyboard
