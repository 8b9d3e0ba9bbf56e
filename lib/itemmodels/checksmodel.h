// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/chainpaths.h"
#include "analysis/checkfinding.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace Whyboard {

class Library;
class RepeatCauseWatch;
class SessionDocument;

// The chain checks' findings as a tree: one top-level row per check that found something (in
// CheckIds::all() order, "Too shallow (3)"), under it one row per finding ("Why 2: The cache
// …"). The findings are recomputed once per undo step (SessionDocument::stepFinished()) and
// applied as row inserts, removes and moves, so a view keeps its selection and expansion. The
// rows' labels read the document's current text: a card edit shows at once, even when the
// findings stay the same. Read-only: the panel's buttons push the commands.
class ChecksModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Group rows answer CheckIdRole and FindingCountRole; finding rows answer all of them.
    enum Role {
        CheckIdRole = Qt::UserRole + 1, // QString, "compound"
        ItemIdRole,                     // QString, the card, event or action id
        ItemKindRole,                   // int, CheckItemKind
        MessageRole,                    // QString, what is wrong
        SuggestionRole,                 // QString, the next step
        DismissedRole,                  // bool
        DismissalReasonRole,            // QString, empty unless dismissed
        RelatedCardIdsRole,             // QStringList: the card itself, or an event's or action's cards
        ItemLabelRole,                  // QString, "Why 2: The cache …" (the display text without the dismissal)
        FindingCountRole,               // int, on group rows: the findings under it
    };

    explicit ChecksModel(QObject *parent = nullptr);
    ~ChecksModel() override;

    SessionDocument *document() const { return m_document; }
    void setDocument(SessionDocument *document);
    // The library the "repeat" check looks in for the same cause in other sessions; none
    // leaves that check out.
    void setLibrary(Library *library);
    RepeatCauseWatch *repeatWatch() const { return m_repeats; }

    // Dismissed findings are left out unless shown (greyed, with their reason).
    bool includesDismissed() const { return m_includeDismissed; }
    void setIncludeDismissed(bool include);

    // Every finding shown, in row order; and how many of them are not dismissed.
    QList<CheckFinding> findings() const;
    int openCount() const;

    // The finding of a finding row; std::nullopt for a group row or an invalid index.
    std::optional<CheckFinding> finding(const QModelIndex &index) const;
    // The finding row for the check and item; invalid when there is none.
    QModelIndex indexOf(const QString &checkId, const QString &itemId) const;
    bool isGroup(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    // Runs the checks now. The document's stepFinished() calls it.
    void refresh();

Q_SIGNALS:
    // After a refresh that changed the findings (not one that only changed labels).
    void findingsChanged();

private:
    struct Group
    {
        QString checkId;
        quintptr tag = 0; // stable per check (its place in CheckIds::all(), plus one): the children's internal id
        QList<CheckFinding> findings;
    };

    void apply(const QList<Group> &groups);
    void applyFindings(int groupRow, const QList<CheckFinding> &findings);
    int groupRowOfTag(quintptr tag) const;
    QString itemLabel(const CheckFinding &finding) const;
    QStringList relatedCardIds(const CheckFinding &finding) const;

    QPointer<SessionDocument> m_document;
    QMetaObject::Connection m_stepConnection;
    QList<Group> m_groups;
    QHash<QString, ChainDepth> m_depths; // for "Why N", as of the last refresh
    bool m_includeDismissed = false;
    RepeatCauseWatch *m_repeats = nullptr;
};

} // namespace Whyboard
