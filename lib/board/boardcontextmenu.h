// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>

namespace Whyboard {

class BoardScene;
class CardItem;
class LinkItem;

// The right-click menus of the board: per card (ask why, edit, verify, clipboard, delete) and
// per link (read-back verdict, remove). Every entry calls a BoardScene gesture.
class BoardContextMenu
{
public:
    static void showForCard(BoardScene *scene, CardItem *card, const QPoint &screenPos);
    static void showForLink(BoardScene *scene, LinkItem *link, const QPoint &screenPos);
};

} // namespace Whyboard
