// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportoptions.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;

namespace Whyboard {

// Asks what goes into an exported report before it is written: the report's language (the
// interface's, or any language the program speaks, independent of the window), the paper,
// the sections with the long appendices (every action item, the timeline) grouped apart, or
// the one-page summary for the team channel instead. The choice is remembered between
// exports (QSettings "export/report/..."); the paper starts from Preferences, and another paper
// chosen here becomes the preference.
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportExportDialog(QWidget *parent = nullptr);

    // The dialog's choice applied to base (language, pageSize, sections, summaryOnly).
    ReportOptions options(ReportOptions base = {}) const;
    void setOptions(const ReportOptions &options);

    // The last accepted choice (the interface's language and every section the first time), on
    // the paper of Preferences.
    static ReportOptions remembered(ReportOptions base = {});
    static void remember(const ReportOptions &options);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *paperBox() const { return m_paper; }
    QCheckBox *summaryBox() const { return m_summary; }
    QCheckBox *sectionBox(ReportSection section) const { return m_sections.value(section); }

private:
    void updateEnabled();

    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_summary = nullptr;
    QGroupBox *m_sectionsGroup = nullptr;
    QGroupBox *m_appendicesGroup = nullptr;
    QMap<ReportSection, QCheckBox *> m_sections;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Whyboard
