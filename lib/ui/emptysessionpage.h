// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Whyboard {

// What the centre shows when no session is open: why, and a button for the next step
// (open a library, or start a session).
class EmptySessionPage : public QWidget
{
    Q_OBJECT

public:
    enum class State { NoLibrary, EmptyLibrary, EmptyReadOnlyLibrary };

    explicit EmptySessionPage(QWidget *parent = nullptr);
    void setState(State state);
    QString message() const;
    // The page's one button (open a library, or start a session): it takes the focus, so
    // Enter or Space presses it.
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void openLibraryRequested();
    void newSessionRequested();

private:
    State m_state = State::NoLibrary;
    QLabel *m_text = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace Whyboard
