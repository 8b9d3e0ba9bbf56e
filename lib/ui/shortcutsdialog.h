// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMainWindow;
class QMenuBar;
class QTextBrowser;

namespace Whyboard {

// Help › Keyboard Shortcuts (F1): every key of the window, grouped by menu, in type a back row
// can read. Built from the menus' real actions each time it opens, so it cannot go stale; the
// board's own keys (navigation, typing, link mode), which are not actions, follow.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMenuBar *menuBar, QWidget *parent = nullptr);

    // Opens (or brings back) the window's sheet, rebuilt from its menus as they are now.
    static ShortcutsDialog *showFor(QMainWindow *window);
    void refresh();
    // The sheet as (group, key, what it does) rows, in the order shown.
    struct Row
    {
        QString group;
        QString keys;
        QString text;
    };
    QList<Row> rows() const;
    QString html() const;

private:
    QMenuBar *m_menuBar;
    QTextBrowser *m_browser;
};

} // namespace Whyboard
