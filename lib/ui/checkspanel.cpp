// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/checkspanel.h"

#include "analysis/actiontemplates.h"
#include "analysis/chainchecks.h"
#include "board/boardscene.h"
#include "data/labels.h"
#include "document/commands/addactioncommand.h"
#include "document/commands/dismissfindingcommand.h"
#include "document/commands/editcardcommand.h"
#include "document/commands/restorefindingcommand.h"
#include "document/commands/splitcardcommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/checksmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Whyboard {

namespace {

QPushButton *button(const QString &text, const QString &name, const QString &toolTip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(toolTip);
    return b;
}

} // namespace

ChecksPanel::ChecksPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("checksPanel"));
    m_model = new ChecksModel(this);

    m_summary = new QLabel(this);
    m_showDismissed = new QCheckBox(tr("Show dismissed"), this);
    m_showDismissed->setObjectName(QStringLiteral("showDismissed"));
    connect(m_showDismissed, &QCheckBox::toggled, m_model, &ChecksModel::setIncludeDismissed);

    m_view = new QTreeView(this);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Chain check findings"));
    // Before setModel(), so it runs before the selection model moves the current row on.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ChecksPanel::forgetRemovedCurrent);
    m_view->setModel(m_model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecksPanel::currentChanged);
    // Headings stay open: a new check's findings show without a click.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_view->expand(m_model->index(row, 0));
    });
    connect(m_model, &ChecksModel::findingsChanged, this, [this] {
        updateSummary();
        updateDetails();
    });

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 3);

    m_split = button(tr("Split Card"), QStringLiteral("splitCard"), tr("Cut this card into one card per cause"), this);
    connect(m_split, &QPushButton::clicked, this, &ChecksPanel::splitCard);
    auto *actions = new QHBoxLayout;
    for (const ActionCategory category : ActionTemplates::categories()) {
        QPushButton *b = nullptr;
        switch (category) {
        case ActionCategory::Process:
            b = button(tr("+ Process"), QStringLiteral("addProcessAction"), tr("Add a process action for this item"), this);
            break;
        case ActionCategory::Technology:
            b = button(tr("+ Technology"), QStringLiteral("addTechnologyAction"),
                       tr("Add a technology action for this item"), this);
            break;
        case ActionCategory::Training:
            b = button(tr("+ Training"), QStringLiteral("addTrainingAction"), tr("Add a training action for this item"),
                       this);
            break;
        case ActionCategory::None:
            continue;
        }
        connect(b, &QPushButton::clicked, this, [this, category] { quickAddAction(category); });
        actions->addWidget(b);
        m_addAction.append(b);
    }
    actions->addStretch(1);
    m_addEvidence = button(tr("Add Evidence…"), QStringLiteral("addEvidence"),
                           tr("Say how you know this cause happened"), this);
    connect(m_addEvidence, &QPushButton::clicked, this, [this] {
        if (const auto f = currentFinding(); f && f->itemKind == CheckItemKind::Card)
            Q_EMIT evidenceRequested(f->itemId);
    });
    m_acceptNoAction = button(tr("No Action Needed…"), QStringLiteral("acceptNoAction"),
                              tr("The room decided this cause needs no action: say why (the report shows it)"), this);
    connect(m_acceptNoAction, &QPushButton::clicked, this, &ChecksPanel::askNoActionReason);
    m_dismiss = button(tr("Dismiss…"), QStringLiteral("dismiss"),
                       tr("Set this finding aside, with a reason the report keeps"), this);
    connect(m_dismiss, &QPushButton::clicked, this, &ChecksPanel::askDismissReason);
    m_restore = button(tr("Restore"), QStringLiteral("restore"), tr("Bring this finding back"), this);
    connect(m_restore, &QPushButton::clicked, this, &ChecksPanel::restore);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showDismissed);
    auto *manage = new QHBoxLayout;
    manage->addWidget(m_split);
    manage->addWidget(m_addEvidence);
    manage->addWidget(m_acceptNoAction);
    manage->addStretch(1);
    manage->addWidget(m_restore);
    manage->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addLayout(actions);
    layout->addLayout(manage);
    updateSummary();
    updateDetails();
}

ChecksPanel::~ChecksPanel() = default;

void ChecksPanel::setDocument(SessionDocument *document)
{
    disconnect(m_readOnlyConnection);
    m_document = document;
    if (document)
        m_readOnlyConnection = connect(document, &SessionDocument::readOnlyChanged, this, &ChecksPanel::updateDetails);
    m_model->setDocument(document);
    m_view->expandAll();
    updateSummary();
    updateDetails();
}

void ChecksPanel::setBoardScene(BoardScene *scene)
{
    m_scene = scene;
}

bool ChecksPanel::showsDismissed() const
{
    return m_showDismissed->isChecked();
}

void ChecksPanel::setShowDismissed(bool show)
{
    m_showDismissed->setChecked(show);
}

std::optional<CheckFinding> ChecksPanel::currentFinding() const
{
    return m_model->finding(m_view->currentIndex());
}

bool ChecksPanel::selectFinding(const QString &checkId, const QString &itemId)
{
    const QModelIndex index = m_model->indexOf(checkId, itemId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ChecksPanel::currentChanged(const QModelIndex &current)
{
    updateDetails();
    const auto finding = m_model->finding(current);
    if (m_followingModel || !finding)
        return;
    if (finding->itemKind == CheckItemKind::Card && m_scene)
        m_scene->selectCards({finding->itemId});
    Q_EMIT findingActivated(*finding);
}

// When the selected finding goes away (the room fixed it), nothing else gets selected in its
// place: the board selection stays where the user put it.
void ChecksPanel::forgetRemovedCurrent(const QModelIndex &parent, int first, int last)
{
    for (QModelIndex i = m_view->currentIndex(); i.isValid(); i = i.parent()) {
        if (i.parent() == parent && i.row() >= first && i.row() <= last) {
            m_followingModel = true;
            m_view->selectionModel()->clear();
            m_followingModel = false;
            return;
        }
    }
}

void ChecksPanel::updateSummary()
{
    const int open = m_model->openCount();
    m_summary->setText(!m_document ? tr("No session open.")
                       : open == 0 ? tr("The chain passes every check.")
                                   : tr("Findings: %1").arg(open));
}

void ChecksPanel::updateDetails()
{
    const auto f = currentFinding();
    const bool writable = m_document && !m_document->isReadOnly();
    if (f)
        m_details->setText(QStringLiteral("<b>%1</b><br>%2").arg(f->message.toHtmlEscaped(), f->suggestion.toHtmlEscaped()));
    else
        m_details->setText(m_model->rowCount() == 0 ? QString() : tr("Select a finding to see what to do next."));
    const bool open = f && !f->dismissed;
    m_split->setVisible(f && f->checkId == CheckIds::compound);
    m_split->setEnabled(writable && open);
    for (QPushButton *b : std::as_const(m_addAction))
        b->setEnabled(writable && f && ActionTemplates::applies(*f));
    m_addEvidence->setVisible(f && f->checkId == CheckIds::unverified);
    m_addEvidence->setEnabled(writable && open);
    m_acceptNoAction->setVisible(f && f->checkId == CheckIds::noAction && f->itemKind == CheckItemKind::Card);
    m_acceptNoAction->setEnabled(writable && open);
    m_dismiss->setVisible(!f || !f->dismissed);
    m_dismiss->setEnabled(writable && f.has_value());
    m_restore->setVisible(f && f->dismissed);
    m_restore->setEnabled(writable);
}

void ChecksPanel::splitCard()
{
    const auto f = currentFinding();
    const Card *card = f && m_document ? m_document->session().card(f->itemId) : nullptr;
    if (!card || f->itemKind != CheckItemKind::Card || card->kind != CardKind::Why)
        return;
    const QStringList causes = ChainChecks::causesIn(card->text);
    if (causes.size() < 2)
        return;
    // One card per cause, each a sentence of its own, as one step to take back.
    SessionDocument::Step step(m_document, tr("Split card"));
    if (!step.isOpen())
        return;
    QString cardId = card->id;
    for (int i = 1; i < causes.size(); ++i) {
        auto *command = new SplitCardCommand(m_document, cardId, causes.at(i - 1), causes.at(i));
        if (!m_document->push(command))
            return;
        cardId = command->newCardId();
    }
}

void ChecksPanel::quickAddAction(ActionCategory category)
{
    const auto f = currentFinding();
    if (!f || !m_document || !ActionTemplates::applies(*f))
        return;
    const auto action = ActionTemplates::forFinding(m_document->session(), *f, category);
    if (!action)
        return;
    auto *command = new AddActionCommand(m_document, *action);
    if (m_document->push(command))
        Q_EMIT actionAdded(command->actionId());
}

void ChecksPanel::askDismissReason()
{
    const auto f = currentFinding();
    if (!f || f->dismissed)
        return;
    // Window-modal, not a nested event loop: the board keeps its state while the room thinks.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("dismissReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Dismiss Finding"));
    dialog->setLabelText(tr("Why does this not apply? The report keeps the reason."));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, finding = *f](const QString &reason) { dismiss(finding, reason); });
    dialog->open();
}

void ChecksPanel::askNoActionReason()
{
    const auto f = currentFinding();
    if (!f || f->dismissed || f->checkId != CheckIds::noAction || f->itemKind != CheckItemKind::Card)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("noActionReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Accepted, No Action"));
    dialog->setLabelText(tr("Why does this cause need no action? The report shows the reason."));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, finding = *f](const QString &reason) { acceptNoAction(finding, reason); });
    dialog->open();
}

void ChecksPanel::acceptNoAction(const CheckFinding &finding, const QString &reason)
{
    const Card *card = m_document ? m_document->session().card(finding.itemId) : nullptr;
    if (!card || reason.trimmed().isEmpty())
        return;
    Card edited = *card;
    edited.noActionAccepted = true;
    edited.noActionReason = reason.trimmed();
    m_document->push(new EditCardCommand(m_document, edited));
}

void ChecksPanel::dismiss(const CheckFinding &finding, const QString &reason)
{
    // The finding may have gone while the dialog was open (someone fixed the card).
    if (!m_document || reason.trimmed().isEmpty() || !m_model->indexOf(finding.checkId, finding.itemId).isValid())
        return;
    m_document->push(new DismissFindingCommand(m_document, {finding.checkId, finding.itemId, reason.trimmed()}));
}

void ChecksPanel::restore()
{
    const auto f = currentFinding();
    if (m_document && f && f->dismissed)
        m_document->push(new RestoreFindingCommand(m_document, f->checkId, f->itemId));
}

} // namespace Whyboard
