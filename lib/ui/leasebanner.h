// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QTransform>

class QLabel;
class QPushButton;

namespace Whyboard {

class BoardView;
class Workspace;

// Over the board in a library on a server: who edits the session shown read-only here, with
// "Ask to Edit"; or, to the person editing, who asks for it, with "Hand Over". When the
// session is read again with the editor's changes, the board keeps its place.
class LeaseBanner : public QFrame
{
    Q_OBJECT

public:
    LeaseBanner(Workspace *workspace, BoardView *view, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *primaryButton() const { return m_primary; }
    QPushButton *dismissButton() const { return m_dismiss; }

private:
    void refresh();
    void primaryClicked();

    Workspace *m_workspace;
    BoardView *m_view;
    QLabel *m_label;
    QPushButton *m_primary;
    QPushButton *m_dismiss;
    QTransform m_keptTransform;
    int m_keptX = 0;
    int m_keptY = 0;
};

} // namespace Whyboard
