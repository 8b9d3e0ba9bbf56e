#pragma once

#include <QGraphicsTextItem>

namespace Whyboard {

class CardItem;

// The text cursor inside a card while its text is being typed. Enter or Esc or leaving the
// card ends editing; Shift+Enter breaks the line. The scene turns the result into a command.
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
