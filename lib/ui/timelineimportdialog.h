// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "timelineimport/timelineimportoptions.h"
#include "timelineimport/timelineimportresult.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Whyboard {

class BackgroundTimelineRead;
class CsvMappingFields;
class DateTimeLineEdit;
class TimelineImportModel;

// "Import Timeline…": an incident tool's export (Slack, Mattermost, PagerDuty, Opsgenie, any
// CSV) previewed before anything is added. Each row shows the time, the kind it will get and
// the event, or why it will not be added (already in the timeline, a join message...); rows
// can be dropped or picked, kinds changed; Add makes the chosen rows one undo step. The file
// is read on a worker thread and read again when the format, channel, zone, range or CSV
// columns change.
class TimelineImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TimelineImportDialog(const Session &session, QWidget *parent = nullptr);
    ~TimelineImportDialog() override;

    // Asks for the export with a file dialog; false when the user cancelled it.
    bool chooseFile();
    void setPath(const QString &path);

    QList<TimelineEvent> chosenEvents() const;
    TimelineImportModel *model() const { return m_model; }
    // The read is finished and its rows are shown.
    bool isSettled() const;
    QString errorText() const;

    void accept() override;

Q_SIGNALS:
    void settled(); // a read finished and the preview shows it

private:
    void buildFields();
    void scheduleRead();
    void read();
    void showResult(const TimelineImportResult &result);
    void updateCounts();
    TimelineImportOptions options() const;
    QDateTime boundOf(const DateTimeLineEdit *field, bool endOfMinute) const;

    Session m_session;
    QString m_path;
    TimelineImportResult m_result;
    bool m_reading = false; // a read was started and its result has not been shown
    BackgroundTimelineRead *m_reader = nullptr;
    TimelineImportModel *m_model = nullptr;
    QTimer *m_readSoon = nullptr;
    QLabel *m_pathLabel = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_detected = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_zone = nullptr;
    DateTimeLineEdit *m_since = nullptr;
    DateTimeLineEdit *m_until = nullptr;
    CsvMappingFields *m_csvFields = nullptr;
    QLabel *m_csvNote = nullptr; // what was in doubt while reading (day or month first)
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_times = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace Whyboard
