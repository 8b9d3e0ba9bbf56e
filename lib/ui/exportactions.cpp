// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportactions.h"

#include "document/sessiondocument.h"
#include "report/exportfilename.h"
#include "report/reportlanguage.h"
#include "report/reportwriter.h"
#include "report/sessionexports.h"
#include "storage/sessionjsonformat.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/reportexportdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QGuiApplication>
#include <QIcon>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>

namespace Whyboard {

namespace {

const char *const lastFolderKey = "export/lastFolder";
const char *const pngScaleKey = "export/pngScale";

QString extensionOf(ExportActions::Format format)
{
    switch (format) {
    case ExportActions::Format::Pdf:
        return QStringLiteral("pdf");
    case ExportActions::Format::Png:
        return QStringLiteral("png");
    case ExportActions::Format::Svg:
        return QStringLiteral("svg");
    case ExportActions::Format::Markdown:
        return QStringLiteral("md");
    case ExportActions::Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

// The PDF's page: the paper of Preferences and the report's margins; the dialog may change both.
QPageLayout reportPageLayout()
{
    return QPageLayout(Preferences::instance()->pageSize(), QPageLayout::Portrait, QMarginsF(18, 16, 18, 12),
                       QPageLayout::Millimeter);
}

} // namespace

ExportActions::ExportActions(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
{
    m_chooseFile = [this](const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(m_parent, tr("Export"), suggested, filter);
    };
    m_chooseReport = [this](ReportOptions &options) {
        if (!m_parent || !m_parent->isVisible())
            return true;
        ReportExportDialog dialog(m_parent);
        dialog.setOptions(options);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        options = dialog.options(options);
        return true;
    };
    m_pdf = makeAction(tr("Export &PDF…"), QStringLiteral("application-pdf"),
                       tr("Write the postmortem report as a PDF to share"));
    m_png = makeAction(tr("Export P&NG…"), QStringLiteral("image-x-generic"),
                       tr("Save the board as a picture for chat"));
    m_svg = makeAction(tr("Export &SVG…"), QStringLiteral("image-svg+xml"),
                       tr("Save the board as a scalable drawing"));
    m_markdown = makeAction(tr("Export &Markdown…"), QStringLiteral("text-markdown"),
                            tr("Write the whole session as Markdown for a wiki or tracker"));
    m_json = makeAction(tr("Export Session &JSON…"), QStringLiteral("text-x-generic"),
                        tr("Write the whole session as JSON, to import into another library"));
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_print = makeAction(tr("&Print…"), QStringLiteral("document-print"), tr("Print the postmortem report"));
    m_print->setShortcut(QKeySequence::Print);
    m_printPreview = makeAction(tr("Print Pre&view…"), QStringLiteral("document-print-preview"),
                                tr("See the report's pages before printing"));

    connect(m_pdf, &QAction::triggered, this, [this] { exportAs(Format::Pdf); });
    connect(m_png, &QAction::triggered, this, [this] { exportAs(Format::Png); });
    connect(m_svg, &QAction::triggered, this, [this] { exportAs(Format::Svg); });
    connect(m_markdown, &QAction::triggered, this, [this] { exportAs(Format::Markdown); });
    connect(m_json, &QAction::triggered, this, [this] { exportAs(Format::Json); });
    connect(m_print, &QAction::triggered, this, &ExportActions::print);
    connect(m_printPreview, &QAction::triggered, this, &ExportActions::printPreview);
    updateEnabled();
}

ExportActions *ExportActions::install(MainWindow *window)
{
    auto *actions = new ExportActions(window);
    // In the File menu's export place: File › Export with every format, then printing.
    actions->m_menu = new QMenu(tr("&Export"), window);
    actions->m_menu->setObjectName(QStringLiteral("exportMenu"));
    actions->m_menu->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    actions->m_menu->addActions({actions->m_pdf, actions->m_png, actions->m_svg, actions->m_markdown});
    actions->m_menu->addSeparator();
    actions->m_menu->addAction(actions->m_json);
    window->addAction(MainWindow::MenuPlace::FileExport, actions->m_menu->menuAction());
    auto *separator = new QAction(actions);
    separator->setSeparator(true);
    window->addAction(MainWindow::MenuPlace::FileExport, separator);
    for (QAction *action : {actions->m_printPreview, actions->m_print})
        window->addAction(MainWindow::MenuPlace::FileExport, action);
    actions->setDocument(window->currentDocument());
    connect(window, &MainWindow::currentDocumentChanged, actions, &ExportActions::setDocument);
    return actions;
}

QAction *ExportActions::makeAction(const QString &text, const QString &icon, const QString &tip)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setStatusTip(tip);
    return action;
}

void ExportActions::addToMenu(QMenu *menu)
{
    if (!menu)
        return;
    // Before the menu's last entry (Quit), which stays last.
    QAction *before = menu->actions().isEmpty() ? nullptr : menu->actions().constLast();
    menu->insertSeparator(before);
    menu->insertActions(before, {m_pdf, m_png, m_svg, m_markdown, m_json});
    menu->insertSeparator(before);
    menu->insertActions(before, {m_printPreview, m_print});
    menu->insertSeparator(before);
}

QList<QAction *> ExportActions::actions() const
{
    return {m_pdf, m_png, m_svg, m_markdown, m_json, m_printPreview, m_print};
}

QAction *ExportActions::action(Format format) const
{
    switch (format) {
    case Format::Pdf:
        return m_pdf;
    case Format::Png:
        return m_png;
    case Format::Svg:
        return m_svg;
    case Format::Markdown:
        return m_markdown;
    case Format::Json:
        return m_json;
    }
    return nullptr;
}

void ExportActions::setDocument(SessionDocument *document)
{
    m_document = document;
    updateEnabled();
}

void ExportActions::updateEnabled()
{
    const bool hasSession = m_document != nullptr;
    for (QAction *action : actions())
        action->setEnabled(hasSession);
}

QString ExportActions::suggestedPath(Format format) const
{
    QString folder = QSettings().value(QLatin1String(lastFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const Session session = m_document ? m_document->session() : Session();
    return QDir(folder).filePath(ExportFileName::fileName(session, extensionOf(format)));
}

qreal ExportActions::askPngScale()
{
    if (m_pngScale > 0)
        return m_pngScale;
    QSettings settings;
    const QStringList choices{tr("100 % (the board's own size)"), tr("200 % (sharp on high-density screens)"),
                              tr("300 % (for slides and print)")};
    const int last = std::clamp(settings.value(QLatin1String(pngScaleKey), 2).toInt(), 1, 3);
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_parent, tr("Export PNG"), tr("Size of the picture:"), choices,
                                                 last - 1, false, &ok);
    if (!ok)
        return 0;
    const int scale = int(choices.indexOf(choice)) + 1;
    settings.setValue(QLatin1String(pngScaleKey), scale);
    return scale;
}

QString ExportActions::exportAs(Format format)
{
    if (!m_document)
        return {};
    const Session session = m_document->session();
    // The report's language, paper and sections, as chosen last; the PDF asks first.
    ReportOptions options = ReportExportDialog::remembered();
    options.summaryOnly = options.summaryOnly && format == Format::Pdf;
    if (format == Format::Pdf) {
        if (!m_chooseReport(options))
            return {};
        ReportExportDialog::remember(options);
    }
    QString filter;
    switch (format) {
    case Format::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case Format::Png:
        filter = tr("PNG images (*.png)");
        break;
    case Format::Svg:
        filter = tr("SVG drawings (*.svg)");
        break;
    case Format::Markdown:
        filter = tr("Markdown files (*.md *.markdown)");
        break;
    case Format::Json:
        filter = tr("Whyboard sessions (*.json)");
        break;
    }
    QString path = m_chooseFile(suggestedPath(format), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extensionOf(format);
    QSettings().setValue(QLatin1String(lastFolderKey), QFileInfo(path).absolutePath());

    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    switch (format) {
    case Format::Pdf:
        error = SessionExports::writePdf(session, path, options);
        break;
    case Format::Png: {
        QGuiApplication::restoreOverrideCursor();
        const qreal scale = askPngScale();
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        if (scale > 0)
            error = SessionExports::writePng(session, path, options, scale);
        break;
    }
    case Format::Svg:
        error = SessionExports::writeSvg(session, path, options);
        break;
    case Format::Markdown:
        error = SessionExports::writeMarkdown(session, path, options);
        break;
    case Format::Json: {
        const QByteArray json = SessionJsonFormat::write(session, &error);
        QSaveFile file(path);
        if (json.isEmpty())
            error = tr("The session cannot be written as JSON: %1").arg(error);
        else if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0 || !file.commit())
            error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        break;
    }
    }
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        Q_EMIT exportFailed(error);
        if (m_parent && m_parent->isVisible())
            QMessageBox::warning(m_parent, tr("Export failed"), error);
        return error;
    }
    Q_EMIT exported(path);
    return {};
}

void ExportActions::paintReport(QPrinter *printer)
{
    if (!m_document)
        return;
    // Printed as the PDF would be written: the remembered language and sections.
    ReportOptions options = ReportExportDialog::remembered();
    options.summaryOnly = false;
    const ReportLanguage language(options.language);
    if (!language.isValid())
        return;
    options.findings = SessionExports::findings(m_document->session());
    ReportWriter(m_document->session(), options).print(printer);
}

void ExportActions::print()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(reportPageLayout());
    printer.setDocName(m_document->session().title);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() == QDialog::Accepted)
        paintReport(&printer);
}

void ExportActions::printPreview()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(reportPageLayout());
    printer.setDocName(m_document->session().title);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ExportActions::paintReport);
    dialog.exec();
}

} // namespace Whyboard
