// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QTimer;

namespace Whyboard {

// A message over the bottom of the board that goes away by itself ("Cannot link a card to
// itself"): large, centred, never in the way for long.
class BoardMessage : public QLabel
{
    Q_OBJECT

public:
    explicit BoardMessage(QWidget *board);

    void showText(const QString &text);
    // The text while it shows, else empty.
    QString shownText() const;
    // Centred at the board's bottom, as wide as the text and the board allow.
    void reposition();

private:
    QTimer *m_timer;
};

} // namespace Whyboard
