// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "storage/searchhit.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;

namespace Whyboard {

class Library;
class SessionFilterModel;
class SessionListModel;

// The library's sessions: searchable (titles, summaries, cards, evidence, timeline, actions;
// ranked, each row showing where it matched), sortable, filterable by severity, status and
// date. Activating a row opens that session; a search result also shows the item that matched.
class SessionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionsPanel(QWidget *parent = nullptr);

    void setLibrary(Library *library);
    void setCurrentSession(SessionId id);
    SessionListModel *model() const { return m_model; }
    SessionFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    // The narrowest the title column gets before the list scrolls sideways.
    int readableTitleWidth() const;

Q_SIGNALS:
    void sessionActivated(Whyboard::SessionId id);
    // After sessionActivated for a search result: the card, event or action that matched.
    void searchHitActivated(Whyboard::SearchItemKind kind, const QString &itemId);

private:
    void applyFilters();
    void applySearch();
    void open(const QModelIndex &index, bool always);
    void keepTitleReadable();

    SessionListModel *m_model = nullptr;
    SessionFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    SessionId m_current = 0;
    int m_plainRowHeight = 0;
};

} // namespace Whyboard
