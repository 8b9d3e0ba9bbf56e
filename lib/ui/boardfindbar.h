// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Whyboard {

class BoardFind;
class CentralArea;

// The find bar over the board (Edit › Find on Board…, Ctrl+F): typing finds the cards whose
// statement or evidence holds the text and says "2 of 5"; Enter or F3 goes to the next match,
// Shift+Enter or Shift+F3 to the previous one, each selected and brought into view at the
// room's zoom; Esc closes the bar and gives the keys back to the board.
class BoardFindBar : public QWidget
{
    Q_OBJECT

public:
    explicit BoardFindBar(CentralArea *central);

    QLineEdit *field() const { return m_field; }
    QString resultText() const; // "2 of 5", "No match", or empty

public Q_SLOTS:
    // Shows the bar (and the board, if another page is in front) with the field ready to type.
    void openBar();
    // Hides the bar; the board takes the keys again.
    void closeBar();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showResult();

    CentralArea *m_central;
    BoardFind *m_find;
    QLineEdit *m_field;
    QLabel *m_result;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace Whyboard
