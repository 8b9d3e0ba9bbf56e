// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;
class QWidget;

namespace Whyboard {

// What the room should know is on, shown where it looks: "Board locked" and "Names hidden" as
// a badge in the board's corner and in the status bar.
class RoomIndicators : public QObject
{
    Q_OBJECT

public:
    RoomIndicators(QWidget *board, QStatusBar *statusBar);

    void setLocked(bool locked);
    void setNamesHidden(bool hidden);

    // The board badge's text; empty when it is hidden.
    QString boardBadgeText() const;
    QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void placeBadge();

    QPointer<QWidget> m_board;
    QLabel *m_badge = nullptr;
    QLabel *m_status = nullptr;
    bool m_locked = false;
    bool m_namesHidden = false;
};

} // namespace Whyboard
