#include "ui/checkspanel.h"

#include "analysis/chainchecks.h"
#include "analysis/chainpaths.h"
#include "board/boardscene.h"
#include "data/labels.h"
#include "document/commands/addactioncommand.h"
#include "document/commands/dismissfindingcommand.h"
#include "document/commands/restorefindingcommand.h"
#include "document/commands/splitcardcommand.h"
#include "document/sessiondocument.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Whyboard {

namespace {

enum Role { CheckIdRole = Qt::UserRole + 1, ItemIdRole };

QString snippet(const QString &text, int length = 60)
{
    const QString line = text.simplified();
    return line.size() <= length ? line : line.left(length - 1) + QStringLiteral("…");
}

} // namespace

// Dark enough that the card's white badge text reaches 7:1, also on the projector.
QColor ChecksPanel::badgeColor(const QString &checkId)
{
    if (checkId == CheckIds::humanError || checkId == CheckIds::blame)
        return QColor(0x99, 0x1b, 0x1b);
    if (checkId == CheckIds::noAction)
        return QColor(0x1e, 0x40, 0xaf);
    return QColor(0x8a, 0x3c, 0x00);
}

ChecksPanel::ChecksPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("checksPanel"));
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ChecksPanel::refresh);

    m_summary = new QLabel(this);
    m_showDismissed = new QCheckBox(tr("Show dismissed"), this);
    connect(m_showDismissed, &QCheckBox::toggled, this, &ChecksPanel::refresh);

    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Chain check findings"));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateDetails();
        if (const auto finding = currentFinding()) {
            if (finding->itemKind == CheckItemKind::Card && m_scene)
                m_scene->selectCards({finding->itemId});
            Q_EMIT findingActivated(*finding);
        }
    });

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 3);

    m_split = new QPushButton(tr("Split Card"), this);
    m_addProcess = new QPushButton(tr("+ Process"), this);
    m_addTechnology = new QPushButton(tr("+ Technology"), this);
    m_addTraining = new QPushButton(tr("+ Training"), this);
    m_dismiss = new QPushButton(tr("Dismiss…"), this);
    m_restore = new QPushButton(tr("Restore"), this);
    m_addProcess->setToolTip(tr("Add a process action for this item"));
    m_addTechnology->setToolTip(tr("Add a technology action for this item"));
    m_addTraining->setToolTip(tr("Add a training action for this item"));
    m_dismiss->setToolTip(tr("Set this finding aside, with a reason the report keeps"));
    connect(m_split, &QPushButton::clicked, this, [this] {
        if (const auto f = currentFinding())
            splitCard(f->itemId);
    });
    const auto addAction = [this](ActionCategory category) {
        if (const auto f = currentFinding())
            quickAddAction(*f, category);
    };
    connect(m_addProcess, &QPushButton::clicked, this, [addAction] { addAction(ActionCategory::Process); });
    connect(m_addTechnology, &QPushButton::clicked, this, [addAction] { addAction(ActionCategory::Technology); });
    connect(m_addTraining, &QPushButton::clicked, this, [addAction] { addAction(ActionCategory::Training); });
    connect(m_dismiss, &QPushButton::clicked, this, &ChecksPanel::askDismissReason);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const auto f = currentFinding())
            restore(*f);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showDismissed);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_addProcess);
    actions->addWidget(m_addTechnology);
    actions->addWidget(m_addTraining);
    actions->addStretch(1);
    auto *manage = new QHBoxLayout;
    manage->addWidget(m_split);
    manage->addStretch(1);
    manage->addWidget(m_restore);
    manage->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addLayout(actions);
    layout->addLayout(manage);
    updateDetails();
    refresh();
}

void ChecksPanel::setDocument(SessionDocument *document)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    if (document) {
        const auto watch = [this, document](auto signal) {
            m_connections << connect(document, signal, this, &ChecksPanel::scheduleRefresh);
        };
        watch(&SessionDocument::sessionFieldChanged);
        watch(&SessionDocument::cardAdded);
        watch(&SessionDocument::cardRemoved);
        watch(&SessionDocument::cardChanged);
        watch(&SessionDocument::linkAdded);
        watch(&SessionDocument::linkRemoved);
        watch(&SessionDocument::eventInserted);
        watch(&SessionDocument::eventRemoved);
        watch(&SessionDocument::eventChanged);
        watch(&SessionDocument::actionInserted);
        watch(&SessionDocument::actionRemoved);
        watch(&SessionDocument::actionChanged);
        watch(&SessionDocument::participantInserted);
        watch(&SessionDocument::participantRemoved);
        watch(&SessionDocument::participantChanged);
        watch(&SessionDocument::dismissedFindingsChanged);
        watch(&SessionDocument::readOnlyChanged);
    }
    refresh();
}

void ChecksPanel::setBoardScene(BoardScene *scene)
{
    m_scene = scene;
    m_badgedCards.clear(); // a new scene starts without badges
    updateBadges();
}

bool ChecksPanel::showsDismissed() const
{
    return m_showDismissed->isChecked();
}

void ChecksPanel::setShowDismissed(bool show)
{
    m_showDismissed->setChecked(show);
}

void ChecksPanel::scheduleRefresh()
{
    m_refreshTimer->start();
}

void ChecksPanel::refresh()
{
    m_refreshTimer->stop();
    QList<CheckFinding> findings;
    if (m_document) {
        ChainCheckOptions options;
        options.includeDismissed = m_showDismissed->isChecked();
        findings = ChainChecks::run(m_document->session(), options);
    }
    const bool changed = findings != m_findings;
    m_findings = findings;
    if (changed || m_tree->topLevelItemCount() == 0)
        rebuildTree();
    updateBadges();
    updateDetails();
    if (changed)
        Q_EMIT findingCountChanged(m_findings.size());
}

void ChecksPanel::rebuildTree()
{
    const auto previous = currentFinding();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_depths = m_document ? ChainPaths::depths(m_document->session()) : QHash<QString, int>();
    int open = 0;
    for (const QString &checkId : CheckIds::all()) {
        QTreeWidgetItem *group = nullptr;
        int count = 0;
        for (const CheckFinding &f : std::as_const(m_findings)) {
            if (f.checkId != checkId)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_tree);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFlags(Qt::ItemIsEnabled);
            }
            auto *item = new QTreeWidgetItem(group);
            // One line per finding: which item. The group says what is wrong; the details
            // below say it in full with the next step.
            QString text = itemLabel(f);
            if (f.dismissed)
                text = tr("%1 (dismissed: %2)").arg(text, f.dismissalReason);
            item->setText(0, text);
            item->setToolTip(0, QStringLiteral("%1\n%2").arg(f.message, f.suggestion));
            item->setData(0, CheckIdRole, f.checkId);
            item->setData(0, ItemIdRole, f.itemId);
            if (f.dismissed)
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            else
                ++open;
            ++count;
        }
        if (group)
            group->setText(0, QStringLiteral("%1 (%2)").arg(ChainChecks::checkTitle(checkId)).arg(count));
    }
    m_tree->expandAll();
    m_summary->setText(m_document ? (open == 0 ? tr("The chain passes every check.")
                                               : tr("Findings: %1").arg(open))
                                  : tr("No session open."));
    if (previous)
        selectFinding(previous->checkId, previous->itemId);
}

std::optional<CheckFinding> ChecksPanel::currentFinding() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return std::nullopt;
    const QString checkId = item->data(0, CheckIdRole).toString();
    const QString itemId = item->data(0, ItemIdRole).toString();
    for (const CheckFinding &f : m_findings) {
        if (f.checkId == checkId && f.itemId == itemId)
            return f;
    }
    return std::nullopt;
}

bool ChecksPanel::selectFinding(const QString &checkId, const QString &itemId)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            if (item->data(0, CheckIdRole).toString() == checkId && item->data(0, ItemIdRole).toString() == itemId) {
                m_tree->setCurrentItem(item);
                return true;
            }
        }
    }
    return false;
}

QString ChecksPanel::itemLabel(const CheckFinding &finding) const
{
    if (!m_document)
        return finding.itemId;
    const Session &s = m_document->session();
    switch (finding.itemKind) {
    case CheckItemKind::Card:
        if (const Card *card = s.card(finding.itemId)) {
            const QString where = Labels::chainStep(card->kind, qMax(1, m_depths.value(card->id, 1)));
            return QStringLiteral("%1: %2").arg(where, snippet(card->text.isEmpty() ? tr("(empty)") : card->text));
        }
        break;
    case CheckItemKind::Event:
        if (const int i = s.indexOfEvent(finding.itemId); i >= 0)
            return tr("Timeline: %1").arg(snippet(s.timeline.at(i).text));
        break;
    case CheckItemKind::Action:
        if (const int i = s.indexOfAction(finding.itemId); i >= 0)
            return tr("Action: %1").arg(snippet(s.actions.at(i).text.isEmpty() ? tr("(empty)") : s.actions.at(i).text));
        break;
    }
    return finding.itemId;
}

void ChecksPanel::updateDetails()
{
    const auto f = currentFinding();
    const bool writable = m_document && !m_document->isReadOnly();
    if (f) {
        m_details->setText(QStringLiteral("<b>%1</b><br>%2").arg(f->message.toHtmlEscaped(), f->suggestion.toHtmlEscaped()));
    } else {
        m_details->setText(m_findings.isEmpty() ? QString()
                                                : tr("Select a finding to see what to do next."));
    }
    const bool card = f && f->itemKind == CheckItemKind::Card;
    const bool addable = f && !f->dismissed && (card || f->itemKind == CheckItemKind::Event);
    m_split->setVisible(f && f->checkId == CheckIds::compound);
    m_split->setEnabled(writable && f && !f->dismissed);
    for (QPushButton *b : {m_addProcess, m_addTechnology, m_addTraining}) {
        b->setEnabled(writable && addable);
    }
    m_dismiss->setVisible(!f || !f->dismissed);
    m_dismiss->setEnabled(writable && f.has_value());
    m_restore->setVisible(f && f->dismissed);
    m_restore->setEnabled(writable);
}

void ChecksPanel::updateBadges()
{
    if (!m_scene)
        return;
    QHash<QString, QList<CardBadge>> badges;
    for (const CheckFinding &f : std::as_const(m_findings)) {
        const QString text = badgeText(f.checkId);
        if (f.dismissed || f.itemKind != CheckItemKind::Card || text.isEmpty())
            continue;
        badges[f.itemId].append(CardBadge{f.checkId, text, f.message + QLatin1Char('\n') + f.suggestion, badgeColor(f.checkId)});
    }
    for (const QString &cardId : std::as_const(m_badgedCards)) {
        if (!badges.contains(cardId) && m_scene->cardItem(cardId))
            m_scene->setCardBadges(cardId, {});
    }
    m_badgedCards.clear();
    for (auto it = badges.cbegin(); it != badges.cend(); ++it) {
        if (!m_scene->cardItem(it.key()))
            continue;
        if (m_scene->cardBadges(it.key()) != it.value())
            m_scene->setCardBadges(it.key(), it.value());
        m_badgedCards.append(it.key());
    }
}

QString ChecksPanel::badgeText(const QString &checkId)
{
    if (checkId == CheckIds::shallow)
        return tr("Why again?");
    if (checkId == CheckIds::compound)
        return tr("Two causes");
    if (checkId == CheckIds::humanError)
        return tr("Human error");
    if (checkId == CheckIds::blame)
        return tr("Blame");
    if (checkId == CheckIds::noAction)
        return tr("No action");
    // "Unverified" is already in the card's header.
    return {};
}

bool ChecksPanel::splitCard(const QString &cardId)
{
    if (!m_document)
        return false;
    const Card *card = m_document->session().card(cardId);
    if (!card || card->kind != CardKind::Why)
        return false;
    const auto parts = ChainChecks::splitSuggestion(card->text);
    if (!parts)
        return false;
    return m_document->push(new SplitCardCommand(m_document, cardId, parts->first, parts->second));
}

QString ChecksPanel::quickAddAction(const CheckFinding &finding, ActionCategory category)
{
    if (!m_document)
        return {};
    const Session &s = m_document->session();
    ActionItem action;
    action.category = category;
    QString subject;
    if (finding.itemKind == CheckItemKind::Card && s.card(finding.itemId)) {
        action.cardIds = {finding.itemId};
        subject = s.card(finding.itemId)->text;
    } else if (finding.itemKind == CheckItemKind::Event && s.indexOfEvent(finding.itemId) >= 0) {
        action.eventIds = {finding.itemId};
        subject = s.timeline.at(s.indexOfEvent(finding.itemId)).text;
    } else {
        return {};
    }
    // A starting point the room rewrites; it already begins with a verb.
    switch (category) {
    case ActionCategory::Process:
        action.text = tr("Change the process so that this cannot recur: %1").arg(snippet(subject, 80));
        break;
    case ActionCategory::Technology:
        action.text = tr("Add a technical safeguard against: %1").arg(snippet(subject, 80));
        break;
    case ActionCategory::Training:
        action.text = tr("Train the team on: %1").arg(snippet(subject, 80));
        break;
    case ActionCategory::None:
        return {};
    }
    auto *command = new AddActionCommand(m_document, action);
    if (!m_document->push(command))
        return {};
    const QString id = command->actionId();
    Q_EMIT actionAdded(id);
    return id;
}

bool ChecksPanel::dismiss(const CheckFinding &finding, const QString &reason)
{
    if (!m_document || reason.trimmed().isEmpty() || finding.dismissed)
        return false;
    return m_document->push(new DismissFindingCommand(m_document, {finding.checkId, finding.itemId, reason.trimmed()}));
}

bool ChecksPanel::restore(const CheckFinding &finding)
{
    if (!m_document || !finding.dismissed)
        return false;
    return m_document->push(new RestoreFindingCommand(m_document, finding.checkId, finding.itemId));
}

void ChecksPanel::askDismissReason()
{
    const auto f = currentFinding();
    if (!f)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Dismiss Finding"),
                                                 tr("Why does this not apply? The report keeps the reason."),
                                                 QLineEdit::Normal, {}, &ok);
    if (ok && !reason.trimmed().isEmpty())
        dismiss(*f, reason);
}

} // namespace Whyboard
