// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reportexportdialog.h"

#include "report/reportlanguage.h"
#include "ui/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace Whyboard {

namespace {

const char *const languageKey = "export/report/language";
const char *const sectionsKey = "export/report/sections";
const char *const summaryKey = "export/report/summaryOnly";

const QList<QPageSize::PageSizeId> papers{QPageSize::A4, QPageSize::Letter};

} // namespace

ReportExportDialog::ReportExportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Report"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(tr("Interface language (%1)").arg(ReportLanguage::nativeName(ReportLanguage::interfaceLanguage())),
                        QString());
    for (const QString &code : ReportLanguage::available())
        m_language->addItem(ReportLanguage::nativeName(code), code);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    for (const QPageSize::PageSizeId id : papers)
        m_paper->addItem(QPageSize::name(id), int(id));

    auto *form = new QFormLayout;
    form->addRow(tr("Report &language:"), m_language);
    form->addRow(tr("&Paper:"), m_paper);
    auto *languageNote = new QLabel(tr("The report language is also used for the Markdown export and for printing; "
                                       "the window keeps its own."),
                                    this);
    languageNote->setWordWrap(true);
    form->addRow(languageNote);

    m_summary = new QCheckBox(tr("&One-page summary for the team channel"), this);
    m_summary->setObjectName(QStringLiteral("summaryOnly"));
    auto *summaryNote = new QLabel(tr("The cover figures, the chain and the top actions with their owners, "
                                      "instead of the sections below."),
                                   this);
    summaryNote->setWordWrap(true);
    summaryNote->setIndent(style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));

    const auto addSection = [this](QGridLayout *grid, ReportSection section, const QString &text, int index) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(QStringLiteral("section%1").arg(int(section)));
        grid->addWidget(box, index / 2, index % 2);
        m_sections.insert(section, box);
        connect(box, &QCheckBox::toggled, this, &ReportExportDialog::updateEnabled);
    };
    m_sectionsGroup = new QGroupBox(tr("Sections"), this);
    auto *sectionsGrid = new QGridLayout(m_sectionsGroup);
    addSection(sectionsGrid, ReportSection::Summary, tr("&Summary and impact"), 0);
    addSection(sectionsGrid, ReportSection::People, tr("P&eople"), 1);
    addSection(sectionsGrid, ReportSection::Diagram, tr("Why-chain &diagram"), 2);
    addSection(sectionsGrid, ReportSection::ReadBack, tr("&Read-back"), 3);
    addSection(sectionsGrid, ReportSection::ParkingLot, tr("Par&king lot"), 4);
    addSection(sectionsGrid, ReportSection::Checks, tr("C&hain checks"), 5);
    m_appendicesGroup = new QGroupBox(tr("Appendices (long in a large session)"), this);
    auto *appendicesGrid = new QGridLayout(m_appendicesGroup);
    addSection(appendicesGrid, ReportSection::Causes, tr("&Causes and evidence"), 0);
    addSection(appendicesGrid, ReportSection::Actions, tr("&All action items"), 1);
    addSection(appendicesGrid, ReportSection::Timeline, tr("&Timeline"), 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_summary, &QCheckBox::toggled, this, &ReportExportDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(summaryNote);
    layout->addWidget(m_sectionsGroup);
    layout->addWidget(m_appendicesGroup);
    layout->addWidget(m_buttons);

    setOptions(remembered());
    m_language->setFocus();
}

void ReportExportDialog::updateEnabled()
{
    const bool sections = !m_summary->isChecked();
    m_sectionsGroup->setEnabled(sections);
    m_appendicesGroup->setEnabled(sections);
    bool any = false;
    for (const QCheckBox *box : std::as_const(m_sections))
        any = any || box->isChecked();
    // The cover alone is not a report worth writing: one section, or the summary.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!sections || any);
}

ReportOptions ReportExportDialog::options(ReportOptions base) const
{
    base.language = m_language->currentData().toString();
    base.pageSize = QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt()));
    base.summaryOnly = m_summary->isChecked();
    ReportSections sections;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            sections |= it.key();
    }
    base.sections = sections;
    return base;
}

void ReportExportDialog::setOptions(const ReportOptions &options)
{
    const int language = m_language->findData(options.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    const int paper = m_paper->findData(int(options.pageSize.id()));
    m_paper->setCurrentIndex(paper < 0 ? 0 : paper);
    m_summary->setChecked(options.summaryOnly);
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setChecked(options.sections.testFlag(it.key()));
    updateEnabled();
}

ReportOptions ReportExportDialog::remembered(ReportOptions base)
{
    const QSettings settings;
    const QString language = settings.value(QLatin1String(languageKey)).toString();
    // A language a later version no longer speaks falls back to the interface's.
    base.language = ReportLanguage::check(language).isEmpty() ? language : QString();
    const int sections = settings.value(QLatin1String(sectionsKey), int(ReportOptions::allSections)).toInt();
    base.sections = ReportSections(sections) & ReportOptions::allSections;
    base.summaryOnly = settings.value(QLatin1String(summaryKey), false).toBool();
    // The paper is the one in Preferences (by region unless chosen).
    base.pageSize = Preferences::instance()->pageSize();
    return base;
}

void ReportExportDialog::remember(const ReportOptions &options)
{
    QSettings settings;
    settings.setValue(QLatin1String(languageKey), options.language);
    settings.setValue(QLatin1String(sectionsKey), int(options.sections));
    settings.setValue(QLatin1String(summaryKey), options.summaryOnly);
    // Another paper chosen here becomes the preference: the next export starts from it.
    Preferences::instance()->followExportPaper(options.pageSize);
}

} // namespace Whyboard
