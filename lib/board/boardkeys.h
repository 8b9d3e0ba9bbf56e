// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QKeyEvent;

namespace Whyboard {

class BoardView;

// Keys the board view hears before its cards and before the window's shortcuts: Tab walks the
// cards in reading order and then leaves the board, Esc on a card just added and still empty
// takes the card back, and link mode is run from the keyboard
// (arrows choose the card the cause explains, Enter or Space links, Esc leaves; other keys do
// nothing, so Enter never adds a card while linking).
class BoardKeys : public QObject
{
    Q_OBJECT

public:
    explicit BoardKeys(BoardView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool linkModeKey(QKeyEvent *event);
    bool tabKey(bool forward);

    QPointer<BoardView> m_view;
    bool m_enteredByTab = false;
};

} // namespace Whyboard
