// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/libraryoverviewpage.h"

#include "analysis/incidentmetrics.h"
#include "data/labels.h"
#include "report/libraryreport.h"
#include "storage/library.h"
#include "storage/librarylocation.h"
#include "storage/librarystatisticsrows.h"
#include "ui/centralarea.h"
#include "ui/libraryfigurestable.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/trendchartwidget.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>

namespace Whyboard {

namespace {

const QDate anyDate(2000, 1, 1); // the date edits' "any": their minimum shows as a word

QString duration(const DurationFigure &figure, double seconds)
{
    return figure.count ? IncidentMetrics::formatDuration(qint64(seconds * 1000)) : QStringLiteral("–");
}

QString svgName(TrendChart::Kind kind)
{
    switch (kind) {
    case TrendChart::Kind::Incidents:
        return QStringLiteral("incidents-by-severity.svg");
    case TrendChart::Kind::TimeToDetect:
        return QStringLiteral("time-to-detect.svg");
    case TrendChart::Kind::TimeToResolve:
        return QStringLiteral("time-to-resolve.svg");
    case TrendChart::Kind::Cost:
        return QStringLiteral("cost.svg");
    case TrendChart::Kind::OnTime:
        return QStringLiteral("actions-on-time.svg");
    }
    return {};
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDateRange(anyDate, QDate(2200, 12, 31));
    edit->setDate(anyDate);
    return edit;
}

} // namespace

LibraryOverviewPage::LibraryOverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_readTimer(new QTimer(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_sinceLabel(new QLabel(this))
    , m_untilLabel(new QLabel(this))
    , m_severityLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_categoryLabel(new QLabel(this))
    , m_tagLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_since(dateEdit(this))
    , m_until(dateEdit(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_exportButton(new QPushButton(this))
    , m_svgButton(new QPushButton(this))
    , m_lists(new QLabel(this))
    , m_table(new LibraryFiguresTable(this))
{
    setObjectName(QStringLiteral("libraryOverviewPage"));
    // Edits arrive step by step while a session is worked on: one read after they settle.
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(400);
    connect(m_readTimer, &QTimer::timeout, this, &LibraryOverviewPage::read);
    m_chooseFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export Library Report"), suggested, tr("PDF documents (*.pdf)"));
    };

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.3);
    m_summary->setFont(summaryFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Filters in two rows with their labels as buddies (Alt+letter reaches each); the rows wrap
    // no text, so German labels take the room they need.
    auto *filters = new QGridLayout;
    const auto place = [filters](int row, int column, QLabel *label, QWidget *field) {
        label->setBuddy(field);
        filters->addWidget(label, row, column * 2, Qt::AlignRight);
        filters->addWidget(field, row, column * 2 + 1);
    };
    place(0, 0, m_periodLabel, m_period);
    place(0, 1, m_sinceLabel, m_since);
    place(0, 2, m_untilLabel, m_until);
    place(1, 0, m_severityLabel, m_severity);
    place(1, 1, m_statusLabel, m_status);
    place(1, 2, m_categoryLabel, m_category);
    place(1, 3, m_tagLabel, m_tag);
    filters->addWidget(m_exportButton, 0, 6);
    filters->addWidget(m_svgButton, 0, 7);
    filters->setColumnStretch(8, 1);
    for (QComboBox *box : {m_severity, m_status, m_category, m_tag})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *charts = new QGridLayout;
    int i = 0;
    for (const TrendChart::Kind kind : TrendChart::kinds) {
        auto *chart = new TrendChartWidget(kind, this);
        chart->setResult(&m_result);
        charts->addWidget(chart, i / 2, i % 2);
        m_charts.append(chart);
        ++i;
    }
    QFont listFont = m_lists->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.3);
    m_lists->setFont(listFont);
    m_lists->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_lists->setWordWrap(true);
    m_lists->setTextFormat(Qt::RichText);
    m_lists->setMargin(m_lists->fontMetrics().height() / 2);
    m_lists->setAutoFillBackground(true);
    m_lists->setBackgroundRole(QPalette::Base);
    charts->addWidget(m_lists, 2, 1);
    charts->addWidget(m_table, 3, 0, 1, 2);

    // Everything scrolls, filters too: the page never makes the window wider than the board needs.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(charts);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);

    for (QComboBox *box : {m_period, m_severity, m_status, m_category, m_tag})
        connect(box, &QComboBox::currentIndexChanged, this, &LibraryOverviewPage::recompute);
    for (QDateEdit *edit : {m_since, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &LibraryOverviewPage::recompute);
    connect(m_exportButton, &QPushButton::clicked, this, &LibraryOverviewPage::chooseReportFile);
    connect(m_svgButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Save Charts as SVG"));
        if (folder.isEmpty())
            return;
        const QString error = saveChartsAsSvg(folder);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Save Charts as SVG"), error);
    });
    retranslate();
    recompute();
}

LibraryOverviewPage *LibraryOverviewPage::install(MainWindow *window)
{
    auto *page = new LibraryOverviewPage(window);
    QAction *show = window->centralArea()->addPage(page, tr("Library &Overview"), QKeySequence(Qt::CTRL | Qt::Key_4),
                                                   CentralArea::PageKind::Library);
    window->addAction(MainWindow::MenuPlace::ViewPages, show);
    auto *exportReport = new QAction(tr("&Library Report…"), window);
    exportReport->setObjectName(QStringLiteral("exportLibraryReport"));
    connect(exportReport, &QAction::triggered, page, &LibraryOverviewPage::chooseReportFile);
    window->addAction(MainWindow::MenuPlace::FileExport, exportReport);
    const auto follow = [page, exportReport](Library *library) {
        page->setLibrary(library);
        exportReport->setEnabled(library != nullptr);
    };
    follow(window->library());
    connect(window, &MainWindow::libraryChanged, page, follow);
    return page;
}

void LibraryOverviewPage::setLibrary(Library *library)
{
    if (m_library == library)
        return;
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    m_library = library;
    if (library) {
        connect(library, &Library::sessionsChanged, this, &LibraryOverviewPage::scheduleRead);
        connect(library, &Library::trashChanged, this, &LibraryOverviewPage::scheduleRead);
        connect(library, &Library::sessionWritten, this, &LibraryOverviewPage::scheduleRead);
    }
    m_rows.clear();
    m_stale = true;
    if (isVisible())
        read();
    else
        recompute();
}

void LibraryOverviewPage::scheduleRead()
{
    m_stale = true;
    if (isVisible())
        m_readTimer->start();
}

void LibraryOverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        read();
}

void LibraryOverviewPage::read()
{
    m_readTimer->stop();
    m_stale = false;
    m_rows.clear();
    if (m_library) {
        QString error;
        m_rows = LibraryStatisticsRows::read(m_library->database(), &error);
        ++m_readCount;
        if (!error.isEmpty())
            m_summary->setText(error);
    }
    fillChoices();
    recompute();
}

StatisticsPeriod LibraryOverviewPage::period() const
{
    return m_period->currentIndex() == 1 ? StatisticsPeriod::Quarter : StatisticsPeriod::Month;
}

StatisticsFilter LibraryOverviewPage::filter() const
{
    StatisticsFilter f;
    if (m_since->date() != anyDate)
        f.since = m_since->date();
    if (m_until->date() != anyDate)
        f.until = m_until->date();
    f.severity = m_severity->currentData().toInt();
    if (m_status->currentData().isValid())
        f.status = SessionStatus(m_status->currentData().toInt());
    f.category = m_category->currentData().toString();
    f.tag = m_tag->currentData().toString();
    return f;
}

void LibraryOverviewPage::recompute()
{
    m_result = LibraryStatistics::compute(m_rows, filter(), period(), QDate::currentDate());
    const StatisticsFigures &t = m_result.total;
    const QLocale l = locale();
    const std::optional<double> onTime = t.actions.onTimeShare();
    if (!m_library) {
        m_summary->setText(tr("No library is open."));
    } else {
        m_summary->setText(
            tr("<b>%1</b> incidents · median time to detect <b>%2</b> (%3) · median time to resolve <b>%4</b> (%5) · "
               "<b>%6</b> of actions done on time · <b>%7</b> overdue")
                .arg(l.toString(t.sessions), duration(t.timeToDetect, t.timeToDetect.medianSeconds),
                     tr("n=%1").arg(l.toString(t.timeToDetect.count)),
                     duration(t.timeToResolve, t.timeToResolve.medianSeconds),
                     tr("n=%1").arg(l.toString(t.timeToResolve.count)),
                     onTime ? l.toString(qRound(*onTime * 100)) + l.percent() : QStringLiteral("–"),
                     l.toString(t.actions.overdue)));
    }
    for (TrendChartWidget *chart : std::as_const(m_charts))
        chart->update();
    m_table->showFigures(m_result, locale());
    fillLists();
    Q_EMIT figuresChanged();
}

void LibraryOverviewPage::fillChoices()
{
    const auto refill = [](QComboBox *box, const QStringList &keys, const std::function<QString(const QString &)> &name) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const QString &key : keys)
            box->addItem(name(key), key);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_category, LibraryStatistics::categoriesOf(m_rows), [](const QString &key) { return LibraryStatistics::categoryName(key); });
    refill(m_tag, LibraryStatistics::tagsOf(m_rows), [](const QString &tag) { return tag; });
}

void LibraryOverviewPage::fillLists()
{
    const QLocale l = locale();
    const auto list = [&](const QString &title, const QList<std::pair<QString, int>> &entries,
                          const std::function<QString(const QString &)> &name, const QString &none) {
        QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
        if (entries.isEmpty())
            return QString(html + QStringLiteral("<p>%1</p>").arg(none.toHtmlEscaped()));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const auto &[key, count] : entries.mid(0, 5))
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;<b>%2</b></td></tr>")
                        .arg(name(key).toHtmlEscaped(), l.toString(count));
        return QString(html + QStringLiteral("</table>"));
    };
    m_lists->setText(list(tr("Top cause categories"), m_result.topCategories,
                          [](const QString &key) { return LibraryStatistics::categoryName(key); },
                          tr("No why card has a category."))
                     + list(tr("Top tags and services"), m_result.topTags, [](const QString &tag) { return tag; },
                            tr("No why card has a tag."))
                     + list(tr("Overdue actions by owner"), m_result.overdueByOwner,
                            [](const QString &owner) { return owner.isEmpty() ? tr("(no owner)") : owner; },
                            tr("No action is overdue.")));
}

void LibraryOverviewPage::retranslate()
{
    m_title->setText(tr("Library overview"));
    m_periodLabel->setText(tr("&Per:"));
    m_sinceLabel->setText(tr("Fro&m:"));
    m_untilLabel->setText(tr("T&o:"));
    m_severityLabel->setText(tr("Severit&y:"));
    m_statusLabel->setText(tr("Stat&us:"));
    m_categoryLabel->setText(tr("Cate&gory:"));
    m_tagLabel->setText(tr("Tag or servi&ce:"));
    m_since->setSpecialValueText(tr("any day"));
    m_until->setSpecialValueText(tr("any day"));
    m_exportButton->setText(tr("E&xport Report…"));
    m_svgButton->setText(tr("Save Charts as SVG…"));
    const auto keepIndex = [](QComboBox *box, const std::function<void()> &fill) {
        const int index = box->currentIndex();
        const QSignalBlocker blocker(box);
        fill();
        box->setCurrentIndex(std::max(0, index));
    };
    keepIndex(m_period, [this] {
        m_period->clear();
        m_period->addItem(tr("Month"));
        m_period->addItem(tr("Quarter"));
    });
    keepIndex(m_severity, [this] {
        m_severity->clear();
        m_severity->addItem(tr("All severities"), 0);
        for (int level = 1; level <= 4; ++level)
            m_severity->addItem(Labels::severityLevel(level), level);
    });
    keepIndex(m_status, [this] {
        m_status->clear();
        m_status->addItem(tr("All statuses"));
        for (const SessionStatus status : Labels::sessionStatuses())
            m_status->addItem(Labels::sessionStatus(status), int(status));
    });
    for (QComboBox *box : {m_category, m_tag}) {
        if (box->count() == 0)
            box->addItem(QString(), QString());
    }
    m_category->setItemText(0, tr("All categories"));
    m_tag->setItemText(0, tr("All tags"));
    fillChoices();
}

void LibraryOverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        recompute();
    }
    QWidget::changeEvent(event);
}

QString LibraryOverviewPage::exportReport(const QString &path) const
{
    LibraryReportOptions options;
    const StatisticsFilter f = filter();
    options.since = f.since;
    options.until = f.until;
    options.filter = f;
    options.period = period();
    options.pageSize = Preferences::instance()->pageSize();
    if (m_library)
        options.libraryName = LibraryLocation::ofLibraryPath(m_library->path()).name();
    return LibraryReport::writePdf(path, m_rows, options, QDate::currentDate());
}

QString LibraryOverviewPage::saveChartsAsSvg(const QString &folder) const
{
    for (TrendChartWidget *chart : m_charts) {
        const QString path = QDir(folder).filePath(svgName(chart->kind()));
        if (!TrendChart::writeSvg(path, QSize(1200, 700), chart->kind(), m_result, locale(), chart->chartStyle()))
            return tr("cannot write “%1”").arg(QDir::toNativeSeparators(path));
    }
    return {};
}

void LibraryOverviewPage::chooseReportFile()
{
    if (m_stale)
        read();
    const QString path = m_chooseFile(tr("library-report.pdf"));
    if (path.isEmpty())
        return;
    const QString error = exportReport(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Library Report"), error);
}

} // namespace Whyboard
