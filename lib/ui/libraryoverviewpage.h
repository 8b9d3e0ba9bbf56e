// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/librarystatistics.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTimer;

namespace Whyboard {

class Library;
class LibraryFiguresTable;
class MainWindow;
class TrendChartWidget;

// The Library overview (Ctrl+4): incidents per month or quarter by severity, time to detect and
// to resolve as mean and median with their counts, cost, and the share of actions done on time,
// as charts a room can read and as a table, filtered by period, severity, status, category
// and tag. The library is read once per change to it (three queries, coalesced); the
// filters only recompute what was read.
class LibraryOverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryOverviewPage(QWidget *parent = nullptr);
    // Adds the page (View › Library Overview, Ctrl+4) and File › Export › Library Report….
    static LibraryOverviewPage *install(MainWindow *window);

    void setLibrary(Whyboard::Library *library);
    const LibraryStatisticsResult &result() const { return m_result; }
    StatisticsFilter filter() const;
    StatisticsPeriod period() const;
    // How often the library has been read: views across the library must not read it per edit.
    int readCount() const { return m_readCount; }
    LibraryFiguresTable *figuresTable() const { return m_table; }

    // Writes the library report for the filters shown; empty on success, else why not.
    QString exportReport(const QString &path) const;
    // Writes each chart as an SVG file into the folder; empty on success, else why not.
    QString saveChartsAsSvg(const QString &folder) const;
    // Where the dialogs' choices come from (tests answer without a dialog).
    void setFileChooser(std::function<QString(const QString &suggested)> chooser) { m_chooseFile = std::move(chooser); }
    void chooseReportFile();

Q_SIGNALS:
    void figuresChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRead();
    void read();
    void recompute();
    void fillChoices();
    void fillLists();
    void retranslate();

    QPointer<Library> m_library;
    QList<StatisticsSession> m_rows;
    LibraryStatisticsResult m_result;
    QTimer *m_readTimer;
    bool m_stale = true;
    int m_readCount = 0;
    std::function<QString(const QString &)> m_chooseFile;

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_periodLabel;
    QLabel *m_sinceLabel;
    QLabel *m_untilLabel;
    QLabel *m_severityLabel;
    QLabel *m_statusLabel;
    QLabel *m_categoryLabel;
    QLabel *m_tagLabel;
    QComboBox *m_period;
    QDateEdit *m_since;
    QDateEdit *m_until;
    QComboBox *m_severity;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_tag;
    QPushButton *m_exportButton;
    QPushButton *m_svgButton;
    QList<TrendChartWidget *> m_charts;
    QLabel *m_lists; // top cause categories, top tags, overdue actions by owner
    LibraryFiguresTable *m_table;
};

} // namespace Whyboard
