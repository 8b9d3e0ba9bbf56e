// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QCoreApplication>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Whyboard {

// The fishbone (Ishikawa) drawing of a session, computed once from the session alone: the
// problem as the head on the right, the spine running into it, one bone per cause category in
// use (in the library's order, alternating above and below the spine, an "Uncategorised" bone
// last), and every why card on its category's bone. A card's causes in the same category hang
// under it as ribs. Sizes come from the fonts' metrics: texts wrap inside the card width (at
// word boundaries, inside a word only when a word alone is wider), and a bone with many cards
// grows longer; the fonts never shrink, so the drawing reads like the board from the back of
// a room. Scene units, the spine on y = 0.
class FishboneLayout
{
    Q_DECLARE_TR_FUNCTIONS(FishboneLayout)

public:
    struct Style
    {
        QFont textFont;   // a card's statement
        QFont headerFont; // "WHY 3" on a card, the bone's name
        QFont labelFont;  // the bone's name at its tip
        qreal cardWidth = 400;
        qreal padding = 18;
        qreal gap = 24;        // between neighbouring cards, a card and its bone
        qreal ribIndent = 56;  // how far a sub-cause sits in from the card it explains
        qreal slant = 0.35;    // a bone's horizontal run per unit of its height
        qreal spineClear = 40; // between the spine and the nearest card
        int maxRibLevel = 2;   // deeper sub-causes hang on the rib of their ancestor at this level
    };

    struct Card
    {
        QString id;
        QString category; // the key; empty on the "Uncategorised" bone
        int bone = -1;
        int level = 0;     // 0 on the bone, 1.. on a rib
        QString parentId;  // the card whose rib it hangs on (empty on the bone)
        QString step;      // "Why 3", "Why 2 / 4", "Not linked"
        QStringList lines; // the statement, wrapped
        QRectF rect;
        QRectF textRect;
        QLineF connector; // from the card to its bone or to its parent's rib
        QLineF rib;       // the rib it hangs on (empty on the bone)
    };

    struct Bone
    {
        QString category; // the key; empty for "Uncategorised"
        QString title;    // translated name
        bool above = true;
        QLineF line;      // from the tip to the spine
        QRectF labelRect; // the name at the tip
        QRectF extent;    // everything the bone holds, for hit tests and drops
        QList<int> cards; // indexes into cards, top to bottom
    };

    QString problemId;
    QStringList headLines;
    QRectF head;
    QLineF spine;
    QList<Bone> bones;
    QList<Card> cards;
    QRectF bounds; // everything drawn

    // categoryOrder: the library's categories; a category in use that it lacks follows them
    // in the order of the cards.
    static FishboneLayout compute(const Session &session, const QStringList &categoryOrder, const Style &style);

    // Text broken into lines no wider than width (never an empty list for a non-empty text).
    static QStringList wrap(const QString &text, const QFont &font, qreal width);

    int indexOfCard(const QString &cardId) const;
    // The bone whose extent holds the point (nearest on the point's side of the spine), -1 none.
    int boneAt(const QPointF &point) const;
};

} // namespace Whyboard
