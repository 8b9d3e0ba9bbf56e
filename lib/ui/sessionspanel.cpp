// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessionspanel.h"

#include "data/labels.h"
#include "itemmodels/sessionfiltermodel.h"
#include "itemmodels/sessionlistmodel.h"
#include "ui/searchsnippetdelegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Whyboard {

namespace {
const QDate anyDate(1970, 1, 1);

QDateEdit *makeDateFilter(QWidget *parent)
{
    auto *edit = new QDateEdit(anyDate, parent);
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(QCoreApplication::translate("Whyboard::SessionsPanel", "any"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

SessionsPanel::SessionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new SessionListModel(this))
    , m_filter(new SessionFilterModel(this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionListModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setResizeContentsPrecision(100); // a library of a thousand sessions
    m_view->horizontalHeader()->setSectionResizeMode(SessionListModel::TitleColumn, QHeaderView::Stretch);
    // In a narrow side bar the figures kept their width and the title shrank to three letters:
    // the list keeps room for a readable title and scrolls sideways below that.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != SessionListModel::TitleColumn)
            keepTitleReadable();
    });
    // The figures columns are there for comparing incidents; the header's menu shows them.
    m_view->setColumnHidden(SessionListModel::DetectColumn, true);
    m_view->setColumnHidden(SessionListModel::ResolveColumn, true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (int column = SessionListModel::DateColumn; column < SessionListModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            connect(action, &QAction::toggled, this, [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
        }
        menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
    });

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search titles, cards, timeline and actions"));
    m_search->setToolTip(tr("Finds every word anywhere in a session: titles, summaries, cards, evidence, "
                            "timeline and actions. Best matches first; Enter opens the first."));
    m_view->setItemDelegateForColumn(SessionListModel::TitleColumn, new SearchSnippetDelegate(m_view));
    m_plainRowHeight = m_view->verticalHeader()->defaultSectionSize();
    m_search->setClearButtonEnabled(true);
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("Any severity"), 0);
    for (int level = Labels::worstSeverity; level <= Labels::mildestSeverity; ++level)
        m_severity->addItem(Labels::severityLevel(level), level);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), -1);
    for (SessionStatus status : Labels::sessionStatuses())
        m_status->addItem(Labels::sessionStatus(status), int(status));
    m_from = makeDateFilter(this);
    m_to = makeDateFilter(this);

    auto *filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 4);
    filters->addWidget(m_severity, 1, 0, 1, 2);
    filters->addWidget(m_status, 1, 2, 1, 2);
    filters->addWidget(new QLabel(tr("From:"), this), 2, 0);
    filters->addWidget(m_from, 2, 1);
    filters->addWidget(new QLabel(tr("to:"), this), 2, 2);
    filters->addWidget(m_to, 2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    // Search as the user types, but not a query per keystroke on a big library.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &SessionsPanel::applySearch);
    // Enter in the search box opens the best match at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this, searchDelay] {
        if (searchDelay->isActive() || m_filter->searchText() != m_search->text().trimmed()) {
            searchDelay->stop();
            applySearch();
        }
        if (m_filter->isSearching() && m_filter->rowCount() > 0)
            open(m_filter->index(0, SessionListModel::TitleColumn), true);
    });
    connect(m_severity, QOverload<int>::of(&QComboBox::activated), this, &SessionsPanel::applyFilters);
    connect(m_status, QOverload<int>::of(&QComboBox::activated), this, &SessionsPanel::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &SessionsPanel::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &SessionsPanel::applyFilters);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { open(index, true); });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) { open(index, false); });
    // After a reload (new, deleted, renamed session) keep the open session selected.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_filter->refresh();
        setCurrentSession(m_current);
    });
}

int SessionsPanel::readableTitleWidth() const
{
    return m_view->fontMetrics().averageCharWidth() * 22;
}

void SessionsPanel::keepTitleReadable()
{
    const QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != SessionListModel::TitleColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    m_view->setMinimumWidth(others + readableTitleWidth() + 2 * m_view->frameWidth()
                            + m_view->verticalScrollBar()->sizeHint().width());
}

void SessionsPanel::setLibrary(Library *library)
{
    m_model->setLibrary(library);
    m_filter->refresh();
}

void SessionsPanel::setCurrentSession(SessionId id)
{
    m_current = id;
    const int row = m_model->rowOfSession(id);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, SessionListModel::TitleColumn));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void SessionsPanel::open(const QModelIndex &index, bool always)
{
    const SessionId id = index.data(SessionListModel::IdRole).toLongLong();
    if (id == 0)
        return;
    if (always || id != m_current)
        Q_EMIT sessionActivated(id);
    if (id != m_current)
        return; // the session did not open
    if (const std::optional<SearchHit> hit = m_filter->hitFor(id); hit && !hit->itemId.isEmpty())
        Q_EMIT searchHitActivated(hit->kind, hit->itemId);
}

void SessionsPanel::applySearch()
{
    m_filter->setSearchText(m_search->text());
    // Results are ranked while searching: the sorted column's arrow would say otherwise.
    const bool searching = m_filter->isSearching();
    m_view->horizontalHeader()->setSortIndicatorShown(!searching);
    m_view->verticalHeader()->setDefaultSectionSize(
        searching ? SearchSnippetDelegate::twoLineHeight(m_view->fontMetrics())
                  : m_plainRowHeight);
    if (searching)
        m_view->scrollToTop();
}

void SessionsPanel::applyFilters()
{
    m_filter->setSeverity(m_severity->currentData().toInt());
    const int status = m_status->currentData().toInt();
    m_filter->setStatus(status < 0 ? std::nullopt : std::optional<SessionStatus>(SessionStatus(status)));
    m_filter->setDateRange(m_from->date() == anyDate ? QDate() : m_from->date(),
                           m_to->date() == anyDate ? QDate() : m_to->date());
}

} // namespace Whyboard
