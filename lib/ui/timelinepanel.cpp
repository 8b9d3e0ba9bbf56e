// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelinepanel.h"

#include "data/labels.h"
#include "data/localeformat.h"
#include "document/commands/editeventcommand.h"
#include "document/commands/editsessionfieldcommand.h"
#include "document/commands/removeeventscommand.h"
#include "document/sessiondocument.h"
#include "itemmodels/timelinemodel.h"
#include "timelineimport/timelineeventadder.h"
#include "ui/cardpickermenu.h"
#include "ui/chatlogdialog.h"
#include "ui/comboboxdelegate.h"
#include "ui/datetimedelegate.h"
#include "ui/headerfit.h"
#include "ui/relatedcardids.h"
#include "ui/timelineimportdialog.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Whyboard {

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(TimelineModel::SortRole);
    m_sorted->setDynamicSortFilter(true);
    m_sorted->sort(TimelineModel::TimeColumn, Qt::AscendingOrder);

    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TimelineModel::TimeColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fitting columns measures rows: the visible ones and this many more, not all of a
    // timeline of thousands.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::TextColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::CardsColumn, QHeaderView::Interactive);
    fitSectionsToTitles(m_view->horizontalHeader());
    m_view->setItemDelegateForColumn(TimelineModel::TimeColumn, new DateTimeDelegate(TimelineModel::PreviousTimeRole, m_view));
    m_view->setItemDelegateForColumn(TimelineModel::KindColumn,
                                     new ComboBoxDelegate(ComboBoxDelegate::choicesOf(Labels::eventKinds(), &Labels::eventKind), m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TimelinePanel::showContextMenu);

    m_add = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Event"), this);
    m_add->setToolTip(tr("Add an event after the last one"));
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Delete Events"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_paste = new QAction(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("Paste Chat Log…"), this);
    m_import = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import…"), this);
    m_import->setToolTip(tr("Add events from a Slack or Mattermost export, a PagerDuty or Opsgenie log, or a CSV file"));
    m_relate = new QAction(tr("Related Cards…"), this);
    connect(m_add, &QAction::triggered, this, &TimelinePanel::addEvent);
    connect(m_delete, &QAction::triggered, this, &TimelinePanel::deleteSelected);
    connect(m_paste, &QAction::triggered, this, &TimelinePanel::pasteChatLog);
    connect(m_import, &QAction::triggered, this, [this] { importTimeline(); });
    connect(m_relate, &QAction::triggered, this,
            [this] { relateSelectedToCards(m_view->viewport()->mapToGlobal(m_view->visualRect(m_view->currentIndex()).center())); });
    addAction(m_delete);

    auto *bar = new QHBoxLayout;
    for (QAction *action : {m_add, m_delete, m_import, m_relate}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(button);
        // One button for the timeline from elsewhere, so the bar fits a narrow dock in German:
        // Import… and, on its arrow, Paste Chat Log… (also Ctrl+Shift+V).
        if (action == m_import) {
            auto *sources = new QMenu(button);
            sources->addAction(m_import);
            sources->addAction(m_paste);
            button->setMenu(sources);
            button->setPopupMode(QToolButton::MenuButtonPopup);
        }
    }
    bar->addStretch(1);

    m_suggestion = new QWidget(this);
    auto *suggestionLayout = new QHBoxLayout(m_suggestion);
    suggestionLayout->setContentsMargins(0, 0, 0, 0);
    m_suggestionText = new QLabel(m_suggestion);
    m_suggestionText->setWordWrap(true);
    auto *use = new QPushButton(tr("Use These Times"), m_suggestion);
    auto *dismiss = new QPushButton(tr("Not Now"), m_suggestion);
    suggestionLayout->addWidget(m_suggestionText, 1);
    suggestionLayout->addWidget(use);
    suggestionLayout->addWidget(dismiss);
    connect(use, &QPushButton::clicked, this, &TimelinePanel::applySuggestedTimes);
    connect(dismiss, &QPushButton::clicked, m_suggestion, &QWidget::hide);
    m_suggestion->hide();

    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        const QStringList cardIds = relatedCardIds(m_view->selectionModel()->selectedRows(), TimelineModel::CardIdsRole);
        Q_EMIT eventsSelected(selectedEventIds(), cardIds);
    });
    setDocument(nullptr);
}

void TimelinePanel::setDocument(SessionDocument *document)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_model->setDocument(document);
    m_suggestion->hide();
    if (document)
        m_connections << connect(document, &SessionDocument::readOnlyChanged, this, &TimelinePanel::updateActions);
    updateActions();
}

QStringList TimelinePanel::selectedEventIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids << row.data(TimelineModel::IdRole).toString();
    return ids;
}

void TimelinePanel::selectEvent(const QString &eventId)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, TimelineModel::TextColumn));
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void TimelinePanel::highlightCards(const QStringList &cardIds)
{
    m_model->setHighlightedCards(cardIds);
    // Bring the first related event into view without taking the selection, unless the
    // user is working in this table (the board followed their selection here).
    if (m_view->hasFocus())
        return;
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (index.data(TimelineModel::HighlightedRole).toBool()) {
            m_view->scrollTo(index);
            break;
        }
    }
}

QStringList TimelinePanel::addEvents(const QList<TimelineEvent> &events, const QString &undoText)
{
    return TimelineEventAdder::add(m_document, events, undoText);
}

QList<TimelineTimes::Source> TimelinePanel::proposedTimes() const
{
    QList<TimelineTimes::Source> proposals;
    if (!m_document)
        return proposals;
    const Session &session = m_document->session();
    for (TimelineTimes::Which which : TimelineTimes::all()) {
        const std::optional<TimelineTimes::Source> source = TimelineTimes::source(session, which);
        if (source && !sameZonedTime(source->at, TimelineTimes::sessionTime(session, which))
            && TimelineTimes::keepsOrder(session, which, source->at))
            proposals << *source;
    }
    return proposals;
}

void TimelinePanel::applySuggestedTimes()
{
    m_suggestion->hide();
    const QList<TimelineTimes::Source> proposals = proposedTimes();
    if (!m_document || proposals.isEmpty())
        return;
    SessionDocument::Step step(m_document, tr("Take times from the timeline"));
    for (const TimelineTimes::Source &proposal : proposals)
        m_document->push(new EditSessionFieldCommand(m_document, TimelineModel::fieldOf(proposal.which), proposal.at));
}

void TimelinePanel::updateSuggestion()
{
    const QList<TimelineTimes::Source> proposals = proposedTimes();
    QStringList parts;
    for (const TimelineTimes::Source &proposal : proposals) {
        const QString at = LocaleFormat::dateTime(proposal.at);
        switch (proposal.which) {
        case TimelineTimes::Which::Started: parts << tr("started at %1").arg(at); break;
        case TimelineTimes::Which::Detected: parts << tr("detected at %1").arg(at); break;
        case TimelineTimes::Which::Resolved: parts << tr("resolved at %1").arg(at); break;
        }
    }
    m_suggestionText->setText(tr("The timeline says the incident %1. Use for the session?").arg(parts.join(tr(" and "))));
    m_suggestion->setVisible(!parts.isEmpty() && m_document && !m_document->isReadOnly());
}

void TimelinePanel::addEvent()
{
    if (!m_document)
        return;
    const Session &session = m_document->session();
    TimelineEvent event;
    QDateTime latest;
    for (const TimelineEvent &existing : session.timeline) {
        if (existing.at.isValid() && (!latest.isValid() || existing.at > latest))
            latest = existing.at;
    }
    if (latest.isValid())
        event.at = latest.addSecs(60);
    else if (session.startedAt.isValid())
        event.at = session.startedAt;
    else
        event.at = QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc());
    event.kind = EventKind::Note;
    event.text = tr("New event");
    const QStringList ids = addEvents({event}, tr("Add event"));
    if (ids.isEmpty())
        return;
    selectEvent(ids.first());
    m_view->edit(m_sorted->mapFromSource(m_model->index(m_model->rowOfEvent(ids.first()), TimelineModel::TextColumn)));
}

void TimelinePanel::deleteSelected()
{
    const QStringList ids = selectedEventIds();
    if (!m_document || ids.isEmpty())
        return;
    const Session before = m_document->session();
    SessionDocument::Step step(m_document, tr("Delete events"));
    m_document->push(new RemoveEventsCommand(m_document, ids));
    TimelineModel::pushTimesFollowingTimeline(m_document, before);
}

void TimelinePanel::pasteChatLog()
{
    if (!m_document)
        return;
    const Session &session = m_document->session();
    const QDateTime reference = session.startedAt.isValid() ? session.startedAt : QDateTime::currentDateTime();
    ChatLogDialog dialog(reference.date(), reference.offsetFromUtc(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addEvents(dialog.events(), tr("Paste chat log"));
    updateSuggestion();
}

void TimelinePanel::importTimeline(const QString &path)
{
    if (!m_document || m_document->isReadOnly())
        return;
    TimelineImportDialog dialog(m_document->session(), this);
    if (path.isEmpty()) {
        if (!dialog.chooseFile())
            return;
    } else {
        dialog.setPath(path);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    addEvents(dialog.chosenEvents(), tr("Import timeline"));
    updateSuggestion();
}

namespace {

QString droppedLocalFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}

} // namespace

void TimelinePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_document && !m_document->isReadOnly() && !droppedLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void TimelinePanel::dropEvent(QDropEvent *event)
{
    const QString path = droppedLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: a modal dialog inside the drop would hold the drag source.
    QMetaObject::invokeMethod(this, [this, path] { importTimeline(path); }, Qt::QueuedConnection);
}

void TimelinePanel::relateSelectedToCards(const QPoint &globalPos)
{
    const QStringList ids = selectedEventIds();
    if (!m_document || ids.size() != 1)
        return;
    const int row = m_model->rowOfEvent(ids.first());
    const TimelineEvent event = m_document->session().timeline.at(row);
    CardPickerMenu menu(m_document->session(), event.cardIds, this);
    connect(&menu, &CardPickerMenu::relatedCardsPicked, this, [this, event](const QStringList &cardIds) {
        TimelineEvent changed = event;
        changed.cardIds = cardIds;
        m_document->push(new EditEventCommand(m_document, changed));
    });
    menu.exec(globalPos);
}

void TimelinePanel::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_add);
    menu.addAction(m_delete);
    menu.addSeparator();
    menu.addAction(m_relate);
    menu.addSeparator();
    menu.addAction(m_paste);
    menu.addAction(m_import);
    QAction *times = menu.addAction(tr("Use First Trigger, Detection and Resolution as Session Times"));
    times->setEnabled(m_document && !m_document->isReadOnly() && !proposedTimes().isEmpty());
    connect(times, &QAction::triggered, this, &TimelinePanel::applySuggestedTimes);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TimelinePanel::updateActions()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_add->setEnabled(editable);
    m_paste->setEnabled(editable);
    m_import->setEnabled(editable);
    m_delete->setEnabled(editable && selected > 0);
    m_relate->setEnabled(editable && selected == 1);
    setEnabled(m_document != nullptr);
}

} // namespace Whyboard
