// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace Whyboard {

class ActionItemsFilterModel;
class ActionItemsModel;
class NameMask;
class SessionDocument;

// The action items as an editable table with filters (open only, owner, overdue),
// quick-add from the selected card or event, and a clickable tracker link.
class ActionItemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActionItemsPanel(QWidget *parent = nullptr);

    void setDocument(SessionDocument *document);
    ActionItemsModel *model() const { return m_model; }
    ActionItemsFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }

    // What quick-add links a new item to: the board's selected cards, the selected events.
    // The panel says which above the table, before and after an item is added.
    void setSelectedCards(const QStringList &cardIds);
    void setSelectedEvents(const QStringList &eventIds);
    void highlightCards(const QStringList &cardIds);
    // "Adds for: card “…”": what the next quick-added item will address.
    QString targetText() const;
    // Owners in the filter list read through the window's "hide names".
    void setNameMask(const NameMask *mask);

    QStringList selectedActionIds() const;
    void selectAction(const QString &actionId);

    // Adds an item linked to the current card/event selection; returns its id.
    QString quickAdd(const QString &text = {});
    void deleteSelected();
    void relateSelectedToCards(const QPoint &globalPos);

Q_SIGNALS:
    void actionsSelected(const QStringList &actionIds, const QStringList &cardIds);
    // A quick-added item, and what it addresses in words.
    void actionAdded(const QString &actionId, const QString &addresses);

private:
    void updateActions();
    void updateOwners();
    void updateTarget();
    void openLink(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);

    QPointer<SessionDocument> m_document;
    ActionItemsModel *m_model = nullptr;
    ActionItemsFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_target = nullptr;
    const NameMask *m_nameMask = nullptr;
    QAction *m_add = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_relate = nullptr;
    QStringList m_selectedCards;
    QStringList m_selectedEvents;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Whyboard
