// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timelinetimes.h"
#include "data/timelineevent.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Whyboard {

class SessionDocument;
class TimelineModel;

// The incident's timeline as an editable table sorted by time, with add, delete,
// "Paste chat log…", "Import timeline…" and relating events to cards.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    void setDocument(SessionDocument *document);
    TimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    QStringList selectedEventIds() const;
    void selectEvent(const QString &eventId);
    // The board's selection: related rows are highlighted.
    void highlightCards(const QStringList &cardIds);

    // Adds the events as one undo step, giving each a fresh id; returns the ids.
    QStringList addEvents(const QList<TimelineEvent> &events, const QString &undoText);
    // What "use the timeline's times" would set: the first Trigger, Detection and Resolution
    // events whose time the session does not have (and that keep the times in order).
    QList<TimelineTimes::Source> proposedTimes() const;
    void applySuggestedTimes();

    void addEvent();
    void deleteSelected();
    void pasteChatLog();
    // The import preview on an export (a file dialog asks for one when path is empty); the
    // chosen rows are added as one step.
    void importTimeline(const QString &path = {});
    void relateSelectedToCards(const QPoint &globalPos);

Q_SIGNALS:
    // The selection changed; cardIds are the cards of the selected events.
    void eventsSelected(const QStringList &eventIds, const QStringList &cardIds);

protected:
    // An export dropped on the timeline (a Slack ZIP, a CSV...) opens the import preview.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateActions();
    void updateSuggestion();
    void showContextMenu(const QPoint &pos);

    QPointer<SessionDocument> m_document;
    TimelineModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_add = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_import = nullptr;
    QAction *m_relate = nullptr;
    QWidget *m_suggestion = nullptr;
    QLabel *m_suggestionText = nullptr;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Whyboard
