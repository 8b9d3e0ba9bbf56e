// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/layeredlayout.h"
#include "data/session.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

// What the layout tests check a laid-out board for, and the boards they lay out.
namespace Whyboard::Test {

// "a>p b>p c>a,b": a and b explain the problem p, c explains both a and b.
Session shape(const QString &spec);

QRectF rectOf(const QString &id, const QHash<QString, QPointF> &positions, const QHash<QString, QSizeF> &sizes);

// Varied sizes, as a board with wrapped text has.
QHash<QString, QSizeF> variedSizes(const Session &session);

QString firstOverlap(const Session &session, const QHash<QString, QPointF> &positions,
                     const QHash<QString, QSizeF> &sizes);

QString firstParentNotBefore(const Session &session, const QHash<QString, QPointF> &positions,
                             const QHash<QString, QSizeF> &sizes, Qt::Orientation orientation);

// The board draws each link as a straight arrow between the two cards: none may pass over a
// third card.
QString firstLinkThroughCard(const Session &session, const QHash<QString, QPointF> &positions,
                             const QHash<QString, QSizeF> &sizes);

Session randomDag(int cards, quint32 seed, bool sharedCauses = true);

// Each card's why level: one past the furthest effect it explains.
QHash<QString, int> levelsOf(const Session &session);

QHash<QString, QSizeF> estimatedSizes(const Session &session);

// The board's own spacing (LayoutAnimator's), which the board and the exports use.
LayoutSpacing boardSpacing(Qt::Orientation orientation);

QRectF boundsOf(const QHash<QString, QPointF> &positions, const QHash<QString, QSizeF> &sizes);

} // namespace Whyboard::Test
