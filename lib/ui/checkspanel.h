#pragma once

#include "analysis/checkfinding.h"
#include "data/enums.h"

#include <QColor>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Whyboard {

class BoardScene;
class SessionDocument;

// The chain checks, live: findings grouped by check, each with its reason and a suggested next
// step, and the buttons that act on it (split the card, quick-add an action, dismiss with a
// reason). Card findings also show as badges on the board. Every change is a pushed command.
class ChecksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksPanel(QWidget *parent = nullptr);

    void setDocument(SessionDocument *document);
    void setBoardScene(BoardScene *scene);

    // What the panel shows now (dismissed ones too when "Show dismissed" is on).
    QList<CheckFinding> findings() const { return m_findings; }
    QTreeWidget *tree() const { return m_tree; }
    bool showsDismissed() const;
    void setShowDismissed(bool show);

    // The selected finding; std::nullopt when a group heading or nothing is selected.
    std::optional<CheckFinding> currentFinding() const;
    bool selectFinding(const QString &checkId, const QString &itemId);

    // The buttons' work, without dialogs. Each returns false (and changes nothing) when it does not apply.
    bool splitCard(const QString &cardId);
    QString quickAddAction(const CheckFinding &finding, ActionCategory category); // the new action's id
    bool dismiss(const CheckFinding &finding, const QString &reason);
    bool restore(const CheckFinding &finding);

    // Short badge text for a check ("Two causes"); empty for checks that show no badge.
    static QString badgeText(const QString &checkId);
    static QColor badgeColor(const QString &checkId);

public Q_SLOTS:
    // Runs the checks now; document changes call it through a zero-timer, once per burst.
    void refresh();

Q_SIGNALS:
    void findingActivated(const Whyboard::CheckFinding &finding);
    void actionAdded(const QString &actionId);
    void findingCountChanged(int count);

private:
    void scheduleRefresh();
    void rebuildTree();
    void updateBadges();
    void updateDetails();
    void askDismissReason();
    QString itemLabel(const CheckFinding &finding) const;

    QPointer<SessionDocument> m_document;
    QPointer<BoardScene> m_scene;
    QList<CheckFinding> m_findings;
    QStringList m_badgedCards;
    QHash<QString, int> m_depths; // for "Why N" labels, computed once per rebuild
    QList<QMetaObject::Connection> m_connections;
    QTimer *m_refreshTimer = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_showDismissed = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_split = nullptr;
    QPushButton *m_addProcess = nullptr;
    QPushButton *m_addTechnology = nullptr;
    QPushButton *m_addTraining = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Whyboard
