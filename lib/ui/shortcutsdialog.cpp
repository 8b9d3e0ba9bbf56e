// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Whyboard {

namespace {

QString plain(QString text)
{
    // "&Undo" -> "Undo"; "Export &PDF…" keeps its ellipsis.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    const int tab = int(text.indexOf(QLatin1Char('\t')));
    return tab >= 0 ? text.left(tab) : text;
}

void collect(const QMenu *menu, const QString &group, QList<ShortcutsDialog::Row> &rows, QList<const QAction *> &seen)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collect(action->menu(), group, rows, seen);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.append(action);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        // An action whose text follows the moment ("Undo Link cards") says what it is for good.
        const QString steady = action->property("steadyText").toString();
        rows.append({group, keys.join(QStringLiteral("  ·  ")), steady.isEmpty() ? plain(action->text()) : steady});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_menuBar(menuBar)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    // Large enough for the back row when it is shown on the projector.
    QFont font = m_browser->font();
    font.setPointSizeF(qMax(font.pointSizeF(), 9.0) * 1.8);
    m_browser->setFont(font);
    m_browser->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    m_browser->setFocus();
}

QList<ShortcutsDialog::Row> ShortcutsDialog::rows() const
{
    QList<Row> rows;
    QList<const QAction *> seen;
    const QList<QAction *> menus = m_menuBar->actions();
    for (const QAction *each : menus) {
        if (each->menu())
            collect(each->menu(), plain(each->text()), rows, seen);
    }
    const QString board = tr("On the board");
    rows.append({board, tr("Tab  ·  Shift+Tab"), tr("Next or previous card, in reading order")});
    rows.append({board, tr("Arrow keys"), tr("The card above, below, left or right")});
    rows.append({board, tr("Any letter"), tr("Start typing into the selected card")});
    rows.append({board, tr("Enter  ·  Tab  ·  Click elsewhere"), tr("Finish typing (Shift+Enter: new line)")});
    rows.append({board, tr("Esc"), tr("Finish typing; a new card left empty goes away")});
    const QString link = tr("Linking cards (Ctrl+L)");
    rows.append({link, tr("Arrow keys  ·  Tab"), tr("Choose the card the selected cause explains")});
    rows.append({link, tr("Enter  ·  Space"), tr("Link them")});
    rows.append({link, tr("Esc"), tr("Leave link mode; nothing changes")});
    const QString panels = tr("Panels");
    rows.append({panels, tr("F6  ·  Shift+F6"), tr("Next or previous panel, the board included")});
    rows.append({panels, tr("Tab  ·  Shift+Tab"), tr("Next or previous field in a panel")});
    return rows;
}

QString ShortcutsDialog::html() const
{
    // Groups in two columns, the first filled to about half of the rows.
    const QList<Row> all = rows();
    QStringList columns(2);
    QString group;
    int column = 0;
    for (int i = 0; i < all.size(); ++i) {
        const Row &row = all.at(i);
        if (row.group != group) {
            group = row.group;
            if (column == 0 && i >= all.size() / 2)
                column = 1;
            columns[column] += QStringLiteral("<tr><td colspan='2'><h2>%1</h2></td></tr>").arg(group.toHtmlEscaped());
        }
        columns[column] += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                               .arg(row.keys.toHtmlEscaped(), row.text.toHtmlEscaped());
    }
    QString html = QStringLiteral("<table width='100%' cellspacing='0'><tr>");
    for (const QString &rowsHtml : std::as_const(columns))
        html += QStringLiteral("<td width='50%' valign='top'><table cellpadding='5' cellspacing='0'>%1</table></td>")
                    .arg(rowsHtml);
    return html + QStringLiteral("</tr></table>");
}

ShortcutsDialog *ShortcutsDialog::showFor(QMainWindow *window)
{
    auto *sheet = window->findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!sheet) {
        sheet = new ShortcutsDialog(window->menuBar(), window);
        if (const QScreen *screen = window->screen())
            sheet->resize(screen->availableSize() * 0.7);
    }
    sheet->refresh();
    sheet->show();
    sheet->raise();
    sheet->activateWindow();
    return sheet;
}

void ShortcutsDialog::refresh()
{
    m_browser->setHtml(html());
}

} // namespace Whyboard
