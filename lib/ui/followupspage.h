// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace Whyboard {

class FollowUpsEditor;
class FollowUpsFilterModel;
class FollowUpsModel;
class Library;
class MainWindow;
class Workspace;

// The Follow-ups page beside the board (View › Follow-ups, Ctrl+3): every action item of the
// library with its session, owner, due day and status, overdue ones marked; filtered by owner,
// status and when they are due. Owner, due day and status are edited in place, on that
// session's document (FollowUpsEditor): saved at once and undone with Ctrl+Z. Enter or a
// double click opens the row's session on the board.
class FollowUpsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~FollowUpsPage() override;

    // The page, its View action, File › Export entries and the review offered with a new
    // session; one line in MainWindow's constructor.
    static FollowUpsPage *install(MainWindow *window);

    FollowUpsModel *model() const { return m_model; }
    FollowUpsFilterModel *filterModel() const { return m_filter; }
    FollowUpsEditor *editor() const { return m_editor; }
    QTableView *view() const { return m_view; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *dueFilter() const { return m_due; }
    QString summaryText() const;

    // "Today" for the overdue mark and the due windows; the current date unless a test sets it.
    void setToday(const QDate &today);
    // Reads the rows again now (the page otherwise does so once per turn of the event loop
    // after the library changes, and only while it shows).
    void refresh();

    // The rows as they are shown (filtered and sorted), for a tracker or a calendar.
    bool exportCsv(const QString &path, QString *error) const;
    bool exportIcs(const QString &path, QString *error) const;

Q_SIGNALS:
    // Enter or a double click on a row: its session is open in the Workspace.
    void sessionOpened(Whyboard::SessionId sessionId, const QString &actionId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void followLibrary(Library *library);
    void scheduleRefresh();
    void openRow(const QModelIndex &index);
    void updateOwners();
    void updateSummary();

    Workspace *m_workspace;
    QPointer<Library> m_library;
    FollowUpsModel *m_model;
    FollowUpsFilterModel *m_filter;
    FollowUpsEditor *m_editor;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_ownerLabel;
    QLabel *m_statusLabel;
    QLabel *m_dueLabel;
    QComboBox *m_owner;
    QComboBox *m_status;
    QComboBox *m_due;
    QLabel *m_summary;
    QTimer *m_refresh;
    bool m_stale = true;
};

} // namespace Whyboard
