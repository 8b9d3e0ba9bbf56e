// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/checkfinding.h"
#include "data/enums.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QTreeView;

namespace Whyboard {

class BoardScene;
class ChecksModel;
class SessionDocument;

// The chain checks, live: a view of a ChecksModel (findings grouped by check), the selected
// finding's reason and suggested next step, and the buttons that act on it: split the card,
// quick-add an action, add the evidence, accept a cause without action (with the reason),
// dismiss with a reason, restore. Every change is a
// pushed command; the analysis lives in the model, the badges on the board in CheckBadges.
class ChecksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksPanel(QWidget *parent = nullptr);
    ~ChecksPanel() override;

    void setDocument(SessionDocument *document);
    // Selecting a card's finding selects the card on this scene.
    void setBoardScene(BoardScene *scene);

    ChecksModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    bool showsDismissed() const;
    void setShowDismissed(bool show);

    // The selected finding; std::nullopt when a group heading or nothing is selected.
    std::optional<CheckFinding> currentFinding() const;
    bool selectFinding(const QString &checkId, const QString &itemId);

Q_SIGNALS:
    void findingActivated(const Whyboard::CheckFinding &finding);
    void actionAdded(const QString &actionId);
    // "Add Evidence…" on an unverified card: whoever edits evidence opens its editor.
    void evidenceRequested(const QString &cardId);

private:
    void currentChanged(const QModelIndex &current);
    void forgetRemovedCurrent(const QModelIndex &parent, int first, int last);
    void updateSummary();
    void updateDetails();
    void splitCard();
    void quickAddAction(ActionCategory category);
    void askDismissReason();
    void dismiss(const CheckFinding &finding, const QString &reason);
    void askNoActionReason();
    void acceptNoAction(const CheckFinding &finding, const QString &reason);
    void restore();

    QPointer<SessionDocument> m_document;
    QPointer<BoardScene> m_scene;
    QMetaObject::Connection m_readOnlyConnection;
    ChecksModel *m_model = nullptr;
    bool m_followingModel = false; // the current row moves because rows went, not because the user chose
    QLabel *m_summary = nullptr;
    QCheckBox *m_showDismissed = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_split = nullptr;
    QList<QPushButton *> m_addAction; // one per ActionTemplates::categories()
    QPushButton *m_addEvidence = nullptr;
    QPushButton *m_acceptNoAction = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Whyboard
