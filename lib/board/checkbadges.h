// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkfinding.h"
#include "board/cardbadge.h"

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Whyboard {

class BoardScene;
class SessionDocument;

// The chain checks' findings on the board: a short badge on each card a check flags ("Two
// causes", "No action"), kept up to date once per undo step. It lives beside the scene, so
// the badges are there whether or not the Checks panel was ever opened. Dismissed findings
// show no badge.
class CheckBadges : public QObject
{
    Q_OBJECT

public:
    CheckBadges(SessionDocument *document, BoardScene *scene, QObject *parent = nullptr);

    // Short badge text for a check ("Several causes"); empty for checks that show no badge.
    static QString badgeText(const QString &checkId);
    // Dark enough that the card's white badge text reaches 7:1, also on the projector.
    static QColor badgeColor(const QString &checkId);
    // The badges the findings put on each card, by card id.
    static QHash<QString, QList<CardBadge>> badgesFor(const QList<CheckFinding> &findings);

public Q_SLOTS:
    // Runs the checks and updates the badges now; the document's stepFinished() calls it.
    void refresh();

private:
    QPointer<SessionDocument> m_document;
    QPointer<BoardScene> m_scene;
    QSet<QString> m_badgedCards;
};

} // namespace Whyboard
