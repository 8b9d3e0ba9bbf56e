// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStringList>

#include <functional>
#include <QWidget>

class QDockWidget;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Whyboard {

class MainWindow;
class ParkingLotModel;
class SessionDocument;

// The parking lot: fix ideas raised while the room drills down ("we should add an alert")
// are typed here and set aside with Enter, and focus goes back where it was so the room
// keeps asking why. Later each idea becomes an action item (one undo step) or is removed.
class ParkingLotPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParkingLotPanel(QWidget *parent = nullptr);

    // Adds the panel's dock to the window with Board › Park an Idea (Ctrl+K: shows the dock
    // and the cursor in its entry line); it follows the window's current session, and a new
    // action item made from an idea addresses the board's selection.
    static QDockWidget *install(MainWindow *window);

    void setDocument(SessionDocument *document);

    // The cards a new action item should address (the board's selection), asked when an
    // idea is made into one.
    void setAddressedCards(std::function<QStringList()> addressedCards);

public Q_SLOTS:
    // Puts the cursor in the entry line, remembering where it was to give it back.
    void startParking();
    // Makes the current idea an action item: it leaves the lot in the same undo step.
    void makeActionItem();
    void removeSelected();

Q_SIGNALS:
    void actionItemMade(const QString &actionId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void park();
    void returnFocus();
    void updateButtons();
    QStringList selectedIdeaIds() const;

    QPointer<SessionDocument> m_document;
    ParkingLotModel *m_model;
    QLineEdit *m_entry;
    QTableView *m_list;
    QPushButton *m_makeAction;
    QPushButton *m_remove;
    QPointer<QWidget> m_focusBeforeParking;
    std::function<QStringList()> m_addressedCards;
};

} // namespace Whyboard
