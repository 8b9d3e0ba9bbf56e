// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/followupspage.h"

#include "ui/namemask.h"

#include "data/labels.h"
#include "itemmodels/followupsfiltermodel.h"
#include "itemmodels/followupsmodel.h"
#include "report/actionscsvwriter.h"
#include "report/icalendarwriter.h"
#include "storage/followupsquery.h"
#include "ui/comboboxdelegate.h"
#include "ui/datedelegate.h"
#include "ui/actionitemspanel.h"
#include "ui/centralarea.h"
#include "ui/followupseditor.h"
#include "ui/followupsreview.h"
#include "ui/mainwindow.h"
#include "ui/sessionactions.h"
#include "ui/workspace.h"
#include "board/boardview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace Whyboard {

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

} // namespace

FollowUpsPage::FollowUpsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new FollowUpsModel(this))
    , m_filter(new FollowUpsFilterModel(this))
    , m_editor(new FollowUpsEditor(workspace, this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(tr("Follow-ups"), this))
    , m_ownerLabel(new QLabel(tr("&Owner:"), this))
    , m_statusLabel(new QLabel(tr("&Status:"), this))
    , m_dueLabel(new QLabel(tr("&Due:"), this))
    , m_owner(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_due(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("followUpsPage"));
    m_filter->setSourceModel(m_model);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("followUpsSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    // Actions have no team of their own in the library: the owner is who follows one up.
    m_owner->setObjectName(QStringLiteral("followUpsOwner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->setAccessibleName(tr("Owner"));
    m_status->setObjectName(QStringLiteral("followUpsStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Open and in progress"), int(FollowUpsFilterModel::StatusFilter::Unfinished));
    m_status->addItem(Labels::actionStatus(ActionStatus::Open), int(FollowUpsFilterModel::StatusFilter::Open));
    m_status->addItem(Labels::actionStatus(ActionStatus::InProgress), int(FollowUpsFilterModel::StatusFilter::InProgress));
    m_status->addItem(Labels::actionStatus(ActionStatus::Done), int(FollowUpsFilterModel::StatusFilter::Done));
    m_status->addItem(tr("Any status"), int(FollowUpsFilterModel::StatusFilter::Any));
    m_due->setObjectName(QStringLiteral("followUpsDue"));
    m_due->setAccessibleName(tr("Due"));
    m_due->addItem(tr("Any time"), int(FollowUpsFilterModel::DueWindow::Any));
    m_due->addItem(tr("Overdue"), int(FollowUpsFilterModel::DueWindow::Overdue));
    m_due->addItem(tr("This week"), int(FollowUpsFilterModel::DueWindow::ThisWeek));
    m_due->addItem(tr("Next 30 days"), int(FollowUpsFilterModel::DueWindow::Next30Days));
    m_due->addItem(tr("No due date"), int(FollowUpsFilterModel::DueWindow::NoDueDate));
    m_ownerLabel->setBuddy(m_owner);
    m_statusLabel->setBuddy(m_status);
    m_dueLabel->setBuddy(m_due);
    connect(m_owner, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        m_filter->setOwner(m_owner->currentData().toString());
        updateSummary();
    });
    connect(m_status, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        m_filter->setStatusFilter(FollowUpsFilterModel::StatusFilter(m_status->currentData().toInt()));
        updateSummary();
    });
    connect(m_due, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        m_filter->setDueWindow(FollowUpsFilterModel::DueWindow(m_due->currentData().toInt()));
        updateSummary();
    });

    m_view->setObjectName(QStringLiteral("followUpsTable"));
    m_view->setAccessibleName(tr("Follow-ups"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FollowUpsModel::DueColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // A double click opens the session; a click on the selected cell, F2 or typing edits it.
    m_view->setEditTriggers(QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(FollowUpsModel::DueColumn, new DateDelegate(m_view));
    m_view->setItemDelegateForColumn(FollowUpsModel::StatusColumn,
                                     new ComboBoxDelegate(ComboBoxDelegate::choicesOf(Labels::actionStatuses(), &Labels::actionStatus), m_view));
    // The action's words take the room that is left; the other columns keep a width that
    // reads (German labels included) and can be dragged wider.
    QHeaderView *header = m_view->horizontalHeader();
    const int character = fontMetrics().averageCharWidth();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FollowUpsModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FollowUpsModel::DueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FollowUpsModel::StatusColumn, QHeaderView::ResizeToContents);
    header->resizeSection(FollowUpsModel::SessionColumn, character * 26);
    header->resizeSection(FollowUpsModel::OwnerColumn, character * 18);
    header->setStretchLastSection(false);
    connect(m_view, &QAbstractItemView::activated, this, &FollowUpsPage::openRow);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &FollowUpsPage::openRow);
    setFocusProxy(m_view);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_title);
    filters->addSpacing(character * 3);
    const std::pair<QLabel *, QComboBox *> fields[] = {{m_ownerLabel, m_owner}, {m_statusLabel, m_status}, {m_dueLabel, m_due}};
    for (const auto &[label, combo] : fields) {
        filters->addWidget(label);
        filters->addWidget(combo);
        filters->addSpacing(character);
    }
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &FollowUpsPage::refresh);
    connect(workspace, &Workspace::libraryChanged, this, &FollowUpsPage::followLibrary);
    followLibrary(workspace->library());
}

FollowUpsPage::~FollowUpsPage() = default;

FollowUpsPage *FollowUpsPage::install(MainWindow *window)
{
    auto *page = new FollowUpsPage(window->workspace(), window);
    CentralArea *central = window->centralArea();
    QAction *show = central->addPage(page, tr("&Follow-ups"), QKeySequence(Qt::CTRL | Qt::Key_3), CentralArea::PageKind::Library);
    show->setObjectName(QStringLiteral("showFollowUps"));
    show->setToolTip(tr("Every action item of the library, with its session, owner, due date and status (Ctrl+3)"));
    window->addAction(MainWindow::MenuPlace::ViewPages, show);
    window->nameMask()->coverViews(page); // owners are people: Hide Names covers them too
    // The window's undo group (Edit › Undo, Ctrl+Z) and its session actions are its own
    // children; the page follows them without widening the window's interface.
    page->m_editor->setUndoGroup(window->findChild<QUndoGroup *>(QString(), Qt::FindDirectChildrenOnly));
    connect(central, &CentralArea::pageChanged, page, [page](QWidget *current) { page->m_editor->setActive(current == page); });
    connect(page, &FollowUpsPage::sessionOpened, window, [window, central](SessionId, const QString &actionId) {
        central->showPage(nullptr);
        window->actionItemsPanel()->selectAction(actionId);
    });

    // File › Export: the list as shown, for a tracker and for a calendar.
    const auto exportTo = [window, page](const QString &title, const QString &fileName, const QString &filter, bool csv) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(window, title, QDir(folder).filePath(fileName), filter);
        if (path.isEmpty())
            return;
        page->refresh();
        QString error;
        if (!(csv ? page->exportCsv(path, &error) : page->exportIcs(path, &error)))
            QMessageBox::warning(window, title, tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        else
            window->showStatus(tr("Wrote the follow-ups to “%1”.").arg(QDir::toNativeSeparators(path)));
    };
    auto *csv = new QAction(tr("Follow-ups as CSV (Jira, GitHub)…"), page);
    csv->setObjectName(QStringLiteral("exportFollowUpsCsv"));
    csv->setToolTip(tr("The follow-ups as shown on the Follow-ups page, for a tracker's CSV import"));
    connect(csv, &QAction::triggered, page, [exportTo] {
        exportTo(tr("Export Follow-ups as CSV"), QStringLiteral("follow-ups.csv"), tr("CSV files (*.csv)"), true);
    });
    auto *ics = new QAction(tr("Follow-ups as Calendar To-dos…"), page);
    ics->setObjectName(QStringLiteral("exportFollowUpsIcs"));
    ics->setToolTip(tr("The due dates of the follow-ups as shown, as iCalendar to-dos"));
    connect(ics, &QAction::triggered, page, [exportTo] {
        exportTo(tr("Export Follow-ups as Calendar To-dos"), QStringLiteral("follow-ups.ics"), tr("iCalendar files (*.ics)"), false);
    });
    window->addAction(MainWindow::MenuPlace::FileExport, csv);
    window->addAction(MainWindow::MenuPlace::FileExport, ics);

    // A new session: the earlier incidents' open actions are the first thing on the agenda.
    auto *review = new FollowUpsReview(central->boardView());
    const auto *sessionActions = window->findChild<SessionActions *>(QString(), Qt::FindDirectChildrenOnly);
    Q_ASSERT(sessionActions);
    connect(sessionActions, &SessionActions::sessionCreated, review, [window, review] {
        review->offer(window->library(), window->currentDocument());
    });
    connect(window->workspace(), &Workspace::documentChanged, review, [review](SessionDocument *document) {
        if (!document)
            review->dismiss();
    });
    connect(review, &FollowUpsReview::reviewRequested, show, &QAction::trigger);
    return page;
}

void FollowUpsPage::followLibrary(Library *library)
{
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (library) {
        connect(library, &Library::sessionWritten, this, &FollowUpsPage::scheduleRefresh);
        connect(library, &Library::sessionsChanged, this, &FollowUpsPage::scheduleRefresh);
        connect(library, &Library::trashChanged, this, &FollowUpsPage::scheduleRefresh);
    }
    m_stale = true;
    scheduleRefresh();
}

void FollowUpsPage::scheduleRefresh()
{
    m_stale = true;
    // Many steps in one turn (an undo of a paste, a restore) read the rows once; a hidden page
    // reads them when it shows.
    if (isVisible())
        m_refresh->start();
}

void FollowUpsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void FollowUpsPage::setToday(const QDate &today)
{
    m_model->setToday(today);
    m_filter->setToday(today);
    updateSummary();
}

void FollowUpsPage::refresh()
{
    m_refresh->stop();
    m_stale = false;
    QList<FollowUp> rows;
    if (m_library) {
        QString error;
        rows = FollowUpsQuery::read(m_library->database(), {}, &error);
        if (!error.isEmpty())
            m_summary->setText(tr("The action items could not be read: %1").arg(error));
    }
    // The row and column in hand stay in hand across the reading.
    const QModelIndex current = m_view->currentIndex();
    const SessionId sessionId = current.data(FollowUpsModel::SessionIdRole).toLongLong();
    const QString actionId = current.data(FollowUpsModel::ActionIdRole).toString();
    const int column = current.isValid() ? current.column() : 0;
    // Sessions gone to the trash hold nothing here any more.
    m_model->setFollowUps(rows);
    m_model->setEditor(m_library && !m_library->isReadOnly()
                           ? FollowUpsModel::Editor([this](const FollowUp &followUp, int editColumn, const QVariant &value) {
                                 return m_editor->edit(followUp, editColumn, value);
                             })
                           : FollowUpsModel::Editor());
    updateOwners();
    if (const int row = m_model->rowOf(sessionId, actionId); row >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, column));
        if (index.isValid()) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
        }
    }
    updateSummary();
}

void FollowUpsPage::updateOwners()
{
    QStringList owners;
    for (const FollowUp &followUp : m_model->followUps()) {
        if (!followUp.owner.isEmpty() && !owners.contains(followUp.owner, Qt::CaseInsensitive))
            owners << followUp.owner;
    }
    std::sort(owners.begin(), owners.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    const QString chosen = m_owner->currentData().toString();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    for (const QString &owner : std::as_const(owners))
        m_owner->addItem(owner, owner);
    const int index = chosen.isEmpty() ? 0 : m_owner->findData(chosen, Qt::UserRole, Qt::MatchFixedString);
    if (index < 0)
        m_owner->addItem(chosen, chosen); // the filter stays as chosen, even with no rows left
    m_owner->setCurrentIndex(index < 0 ? m_owner->count() - 1 : index);
}

void FollowUpsPage::updateSummary()
{
    int overdue = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, 0).data(FollowUpsModel::OverdueRole).toBool())
            ++overdue;
    }
    const int shown = m_filter->rowCount();
    const QLocale locale;
    QString text = shown == m_model->rowCount() ? tr("Action items: %1").arg(locale.toString(shown))
                                                : tr("Action items: %1 of %2").arg(locale.toString(shown), locale.toString(m_model->rowCount()));
    if (overdue > 0)
        text += QStringLiteral(" · ") + tr("overdue: %1").arg(locale.toString(overdue));
    text += QStringLiteral(" · ") + tr("Enter opens the session; F2 edits the cell; Ctrl+Z undoes the last edit.");
    m_summary->setText(text);
}

QString FollowUpsPage::summaryText() const
{
    return m_summary->text();
}

void FollowUpsPage::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const SessionId sessionId = index.data(FollowUpsModel::SessionIdRole).toLongLong();
    const QString actionId = index.data(FollowUpsModel::ActionIdRole).toString();
    m_editor->release(sessionId); // one document per session: the Workspace's from now on
    if (m_workspace->openSession(sessionId))
        Q_EMIT sessionOpened(sessionId, actionId);
}

bool FollowUpsPage::exportCsv(const QString &path, QString *error) const
{
    QList<FollowUp> rows;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows << m_model->followUp(m_filter->mapToSource(m_filter->index(row, 0)).row());
    return writeBytes(path, ActionsCsvWriter::write(rows), error);
}

bool FollowUpsPage::exportIcs(const QString &path, QString *error) const
{
    QList<FollowUp> rows;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows << m_model->followUp(m_filter->mapToSource(m_filter->index(row, 0)).row());
    return writeBytes(path, ICalendarWriter::write(rows, QDateTime::currentDateTimeUtc()), error);
}

} // namespace Whyboard
