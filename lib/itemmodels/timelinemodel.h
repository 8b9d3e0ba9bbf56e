// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/timelinetimes.h"
#include "document/sessionfield.h"
#include "itemmodels/documentrowsmodel.h"

#include <QSet>

namespace Whyboard {

// The session's timeline as a table, one row per event in document order (a
// QSortFilterProxyModel on SortRole shows it by time). Edits push EditEventCommand.
class TimelineModel : public DocumentRowsModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, TextColumn, CardsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,        // epoch milliseconds of the time column, the text elsewhere
        CardIdsRole,     // QStringList
        HighlightedRole, // bool: the event relates to a highlighted card
        PreviousTimeRole, // QDateTime: the latest event before this one, else the session's start
    };

    explicit TimelineModel(QObject *parent = nullptr);

    // Rows related to these cards are shown highlighted (the board's selection).
    void setHighlightedCards(const QStringList &cardIds);
    QStringList highlightedCards() const { return QStringList(m_highlighted.cbegin(), m_highlighted.cend()); }

    // Inside the caller's Step: sets the session times that follow the timeline after an edit
    // that turned `before` into the document's session (see TimelineTimes::toFollow), so the
    // edit and the times it moved undo together.
    static void pushTimesFollowingTimeline(SessionDocument *document, const Session &before);
    static SessionField fieldOf(TimelineTimes::Which which);

    QString eventId(int row) const;
    int rowOfEvent(const QString &eventId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::LinkAction | Qt::CopyAction; }


private:
    void followDocument(SessionDocument *document) override;
    void refreshCardsColumn();
    bool isHighlighted(int row) const;

    QSet<QString> m_highlighted;
};

} // namespace Whyboard
