// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsTextItem>

namespace Whyboard {

class CardItem;

// The text cursor inside a card while its text is being typed. Every change is saved as it is
// typed (by the board editor); Enter or Esc or leaving the card ends the editing run;
// Shift+Enter breaks the line.
class CardTextEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    explicit CardTextEditor(CardItem *card);

    void applyTheme();
    void startEditing();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish();

    CardItem *m_card;
    bool m_finishing = false;
};

} // namespace Whyboard
