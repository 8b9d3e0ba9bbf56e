// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelineimportdialog.h"

#include "analysis/timelinetimes.h"
#include "data/labels.h"
#include "data/localeformat.h"
#include "itemmodels/timelineimportmodel.h"
#include "timelineimport/backgroundtimelineread.h"
#include "timelineimport/csvmappingmemory.h"
#include "timelineimport/importtime.h"
#include "timelineimport/timelineimportplan.h"
#include "ui/comboboxdelegate.h"
#include "ui/csvmappingfields.h"
#include "ui/datetimelineedit.h"
#include "ui/statusstyle.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Whyboard {

TimelineImportDialog::TimelineImportDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_reader(new BackgroundTimelineRead(this))
    , m_model(new TimelineImportModel(this))
    , m_readSoon(new QTimer(this))
{
    setWindowTitle(tr("Import Timeline"));
    m_readSoon->setSingleShot(true);
    m_readSoon->setInterval(250); // typing a time or a zone reads once, when the typing pauses
    connect(m_readSoon, &QTimer::timeout, this, &TimelineImportDialog::read);
    connect(m_reader, &BackgroundTimelineRead::finished, this, &TimelineImportDialog::showResult);
    connect(m_reader, &BackgroundTimelineRead::progressed, this, [this](qint64 done, qint64 total) {
        // Bytes can pass two billion: the bar counts thousandths.
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    });
    connect(m_model, &TimelineImportModel::chosenCountChanged, this, &TimelineImportDialog::updateCounts);
    buildFields();
    resize(1100, 760);
}

TimelineImportDialog::~TimelineImportDialog() = default;

void TimelineImportDialog::buildFields()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Reads the incident's own records: a Slack or Mattermost export, a PagerDuty or "
                                "Opsgenie log, or any CSV. Nothing is added until you choose Add; events already "
                                "in the timeline are not added twice."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_pathLabel = new QLabel(tr("No file chosen"), this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *chooseFile = new QPushButton(tr("Choose &File…"), this);
    auto *chooseFolder = new QPushButton(tr("Choose F&older…"), this);
    chooseFolder->setToolTip(tr("An unpacked Slack export"));
    fileRow->addWidget(m_pathLabel, 1);
    fileRow->addWidget(chooseFile);
    fileRow->addWidget(chooseFolder);
    form->addRow(tr("Export:"), fileRow);
    // A row whose field is a layout gets no buddy from QFormLayout: its label is made here, so
    // the mnemonic works and the '&' is not shown.
    const auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    connect(chooseFile, &QPushButton::clicked, this, &TimelineImportDialog::chooseFile);
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose an Unpacked Export"));
        if (!folder.isEmpty())
            setPath(folder);
    });

    auto *formatRow = new QHBoxLayout;
    m_format = new QComboBox(this);
    m_format->addItem(TimelineFormats::name(TimelineFormat::Detect), int(TimelineFormat::Detect));
    for (TimelineFormat format : TimelineFormats::all())
        m_format->addItem(TimelineFormats::name(format), int(format));
    m_detected = new QLabel(this);
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_detected, 1);
    form->addRow(labelFor(tr("Fo&rmat:"), m_format), formatRow);

    m_channel = new QComboBox(this);
    m_channelLabel = new QLabel(tr("&Channel:"), this);
    m_channelLabel->setBuddy(m_channel);
    form->addRow(m_channelLabel, m_channel);

    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion); // "Los_Ang" lists America/Los_Angeles
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_zone->setToolTip(tr("Times written without an offset are read in this zone, and times the export gives in UTC "
                          "are shown in it; each gets the zone's offset on its own day"));
    form->addRow(tr("Time &zone:"), m_zone);

    auto *range = new QHBoxLayout;
    m_since = new DateTimeLineEdit(DateTimeLineEdit::Mode::DateTime, this);
    m_until = new DateTimeLineEdit(DateTimeLineEdit::Mode::DateTime, this);
    for (DateTimeLineEdit *field : {m_since, m_until}) {
        field->setMinimumWidth(DateTimeLineEdit::preferredWidth(field->fontMetrics(), DateTimeLineEdit::Mode::DateTime));
        field->setPlaceholderText(tr("any"));
        connect(field, &DateTimeLineEdit::committed, this, &TimelineImportDialog::scheduleRead);
    }
    range->addWidget(m_since);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_until);
    range->addStretch(1);
    form->addRow(labelFor(tr("Fro&m:"), m_since), range);
    layout->addLayout(form);

    m_csvFields = new CsvMappingFields(this);
    auto *csvBox = new QGroupBox(tr("CSV Columns"), this);
    auto *csvLayout = new QVBoxLayout(csvBox);
    csvLayout->addWidget(m_csvFields);
    m_csvNote = new QLabel(csvBox);
    m_csvNote->setWordWrap(true);
    m_csvNote->hide();
    csvLayout->addWidget(m_csvNote);
    csvBox->setObjectName(QStringLiteral("csvBox"));
    csvBox->hide();
    layout->addWidget(csvBox);

    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setMargin(8);
    StatusStyle::apply(m_error, StatusColours::Status::Error, StatusStyle::Kind::Banner);
    m_error->hide();
    layout->addWidget(m_error);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TimelineImportModel::EventColumn, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(TimelineImportModel::KindColumn,
                                      new ComboBoxDelegate(ComboBoxDelegate::choicesOf(Labels::eventKinds(), &Labels::eventKind), m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *toggle = new QAction(tr("Add or Drop the Selected Rows"), m_table);
    toggle->setShortcut(Qt::Key_Space);
    toggle->setShortcutContext(Qt::WidgetShortcut);
    connect(toggle, &QAction::triggered, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows(TimelineImportModel::TimeColumn);
        bool anyDropped = false;
        for (const QModelIndex &row : rows)
            anyDropped = anyDropped || row.data(Qt::CheckStateRole).toInt() == Qt::Unchecked;
        for (const QModelIndex &row : rows)
            m_model->setData(row, anyDropped ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    });
    m_table->addAction(toggle);
    layout->addWidget(m_table, 1);

    auto *countsRow = new QHBoxLayout;
    m_counts = new QLabel(this);
    m_counts->setWordWrap(true);
    auto *all = new QPushButton(tr("Choose &All"), this);
    auto *none = new QPushButton(tr("Choose &None"), this);
    all->setAutoDefault(false);
    none->setAutoDefault(false);
    connect(all, &QPushButton::clicked, this, [this] { m_model->chooseAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_model->chooseAll(false); });
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(all);
    countsRow->addWidget(none);
    layout->addLayout(countsRow);
    m_times = new QLabel(this);
    m_times->setWordWrap(true);
    layout->addWidget(m_times);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton = buttons->addButton(tr("Add Events"), QDialogButtonBox::AcceptRole);
    m_addButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_format, QOverload<int>::of(&QComboBox::activated), this, [this] {
        m_csvFields->reset();
        scheduleRead();
    });
    connect(m_channel, QOverload<int>::of(&QComboBox::activated), this, &TimelineImportDialog::scheduleRead);
    connect(m_zone, &QComboBox::currentTextChanged, this, [this](const QString &zone) {
        if (QTimeZone(zone.toUtf8()).isValid())
            scheduleRead();
    });
    connect(m_csvFields, &CsvMappingFields::mappingChanged, this, &TimelineImportDialog::scheduleRead);
    updateCounts();
}

bool TimelineImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Timeline"), QString(),
        tr("Incident exports (*.zip *.json *.jsonl *.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    setPath(path);
    return true;
}

void TimelineImportDialog::setPath(const QString &path)
{
    m_path = path;
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_channel->clear();
    m_csvFields->reset();
    read();
}

TimelineImportOptions TimelineImportDialog::options() const
{
    TimelineImportOptions options;
    options.format = TimelineFormat(m_format->currentData().toInt());
    options.channel = m_channel->currentText();
    const QTimeZone zone(m_zone->currentText().toUtf8());
    options.timeZone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    options.since = boundOf(m_since, false);
    options.until = boundOf(m_until, true);
    options.csv = m_csvFields->mapping();
    return options;
}

QDateTime TimelineImportDialog::boundOf(const DateTimeLineEdit *field, bool endOfMinute) const
{
    const TimeInput::Result typed = field->result();
    if (typed.empty || !typed.at.isValid())
        return {};
    if (typed.offsetGiven)
        return endOfMinute ? typed.at.addSecs(59) : typed.at;
    // A bound typed without an offset is wall-clock time in the chosen zone, as the export's times.
    const QTimeZone zone(m_zone->currentText().toUtf8());
    const QDateTime at = ImportTime::wallClockInZone(typed.at.date(), typed.at.time(), zone);
    return endOfMinute ? at.addSecs(59) : at;
}

void TimelineImportDialog::scheduleRead()
{
    m_readSoon->start();
}

void TimelineImportDialog::read()
{
    m_readSoon->stop();
    if (m_path.isEmpty())
        return;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_addButton->setEnabled(false);
    m_reading = true;
    m_reader->start(m_path, options());
}

void TimelineImportDialog::showResult(const TimelineImportResult &result)
{
    m_result = result;
    m_reading = false;
    m_progress->hide();
    m_detected->setText(m_format->currentIndex() == 0 && result.format != TimelineFormat::Detect
                            ? tr("found: %1").arg(TimelineFormats::name(result.format))
                            : QString());
    const QString chosenChannel = m_channel->currentText();
    m_channel->clear();
    m_channel->addItems(result.channels);
    m_channel->setCurrentText(result.channel.isEmpty() ? chosenChannel : result.channel);
    m_channel->setVisible(!result.channels.isEmpty());
    m_channelLabel->setVisible(!result.channels.isEmpty());
    const bool isCsv = result.format == TimelineFormat::Csv;
    findChild<QGroupBox *>(QStringLiteral("csvBox"))->setVisible(isCsv);
    if (isCsv)
        m_csvFields->show(result.columns, result.csv);
    m_csvNote->setText(result.csvNote);
    m_csvNote->setVisible(isCsv && !result.csvNote.isEmpty());
    QString error = result.error;
    if (result.ok() && result.channel.isEmpty() && result.channels.size() > 1)
        error = tr("The export holds several channels: choose the incident's channel.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_model->setRows(TimelineImportPlan::plan(m_session, result.records));
    updateCounts();
    // Straight from choosing the file, the keys go to the rows: arrows, Space drops, Enter adds.
    // Someone typing a zone or a time keeps the field.
    const QWidget *focus = focusWidget();
    if (m_model->rowCount() > 0 && (!focus || qobject_cast<const QPushButton *>(focus))) {
        m_table->setFocus();
        m_table->setCurrentIndex(m_model->index(0, TimelineImportModel::TimeColumn));
    }
    Q_EMIT settled();
}

void TimelineImportDialog::updateCounts()
{
    const QLocale locale;
    const int chosen = m_model->chosenCount();
    QStringList parts{chosen == 1 ? tr("1 new event chosen") : tr("%1 new events chosen").arg(locale.toString(chosen))};
    if (const int already = m_model->count(TimelineImportRow::Status::AlreadyInTimeline))
        parts << tr("%1 already in the timeline").arg(locale.toString(already));
    if (const int repeated = m_model->count(TimelineImportRow::Status::RepeatedInFile))
        parts << tr("%1 repeated in the export").arg(locale.toString(repeated));
    if (const int skipped = m_model->count(TimelineImportRow::Status::Skipped))
        parts << tr("%1 skipped").arg(locale.toString(skipped));
    if (m_result.outsideRange > 0)
        parts << tr("%1 outside the time range").arg(locale.toString(m_result.outsideRange));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    m_addButton->setText(chosen == 1 ? tr("Add 1 Event") : tr("Add %1 Events").arg(locale.toString(chosen)));
    m_addButton->setEnabled(chosen > 0 && !m_reading);

    // What the session's started, detected and resolved times will do, by the timeline's rule.
    Session after = m_session;
    after.timeline += m_model->chosenEvents();
    QStringList follows;
    for (const TimelineTimes::Source &source : TimelineTimes::toFollow(m_session, after)) {
        const QString at = LocaleFormat::dateTime(source.at);
        switch (source.which) {
        case TimelineTimes::Which::Started: follows << tr("started at %1").arg(at); break;
        case TimelineTimes::Which::Detected: follows << tr("detected at %1").arg(at); break;
        case TimelineTimes::Which::Resolved: follows << tr("resolved at %1").arg(at); break;
        }
    }
    m_times->setText(follows.isEmpty() ? QString()
                                       : tr("The session will say the incident %1.").arg(follows.join(tr(", "))));
    m_times->setVisible(!follows.isEmpty());
}

bool TimelineImportDialog::isSettled() const
{
    return !m_reading && !m_readSoon->isActive();
}

QString TimelineImportDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QList<TimelineEvent> TimelineImportDialog::chosenEvents() const
{
    return m_model->chosenEvents();
}

void TimelineImportDialog::accept()
{
    const QString limit = TimelineImportPlan::limitError(m_session, m_model->chosenCount());
    if (!limit.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), limit);
        return;
    }
    // Columns the user chose are what the next export of the same tool should open with.
    const CsvColumnMapping mapping = m_csvFields->mapping();
    if (m_result.format == TimelineFormat::Csv && !mapping.guessColumns && !m_result.csvHeader.isEmpty())
        CsvMappingMemory::remember(m_result.csvHeader, mapping);
    QDialog::accept();
}

} // namespace Whyboard
