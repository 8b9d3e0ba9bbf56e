// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportoptions.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace Whyboard {

class MainWindow;
class SessionDocument;

// File › Export › PDF, PNG, SVG, Markdown and session JSON (what File › Import Session and
// `whyboard --import` read back), Print… and Print Preview… for the open session: the window's
// side of the command line's export verbs. Each export offers a file name made from the
// incident's date and title, in the folder used last.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    enum class Format { Pdf, Png, Svg, Markdown, Json };

    // Asks where to save: (suggested path, file-type filter) -> chosen path, empty to cancel.
    using FileChooser = std::function<QString(const QString &suggestedPath, const QString &filter)>;
    // Asks what goes into the PDF (language, paper, sections or the one-page summary);
    // false cancels. The default shows ReportExportDialog when the window is visible and
    // otherwise (scripts, tests) takes the remembered choice.
    using ReportChooser = std::function<bool(ReportOptions &options)>;

    explicit ExportActions(QWidget *dialogParent);

    // Adds the actions to the window's File menu and follows its open session.
    static ExportActions *install(MainWindow *window);

    void addToMenu(QMenu *menu);
    QList<QAction *> actions() const;
    QAction *action(Format format) const;
    QMenu *exportMenu() const { return m_menu; } // File › Export, once installed
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_printPreview; }

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setReportChooser(ReportChooser chooser) { m_chooseReport = std::move(chooser); }
    // PNG scale used without asking (tests, scripts); 0 asks.
    void setPngScale(qreal scale) { m_pngScale = scale; }

    // The name offered for an export of the open session, in the last used folder.
    QString suggestedPath(Format format) const;

public Q_SLOTS:
    void setDocument(Whyboard::SessionDocument *document);
    // Asks for a file and writes it; returns the error shown (empty on success or cancel).
    QString exportAs(Whyboard::ExportActions::Format format);
    void print();
    void printPreview();

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &error);

private:
    QAction *makeAction(const QString &text, const QString &icon, const QString &tip);
    void updateEnabled();
    qreal askPngScale();
    void paintReport(QPrinter *printer);

    QWidget *m_parent;
    QPointer<SessionDocument> m_document;
    FileChooser m_chooseFile;
    ReportChooser m_chooseReport;
    qreal m_pngScale = 0;
    QAction *m_pdf = nullptr;
    QAction *m_png = nullptr;
    QAction *m_svg = nullptr;
    QAction *m_markdown = nullptr;
    QAction *m_json = nullptr;
    QAction *m_print = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_printPreview = nullptr;
};

} // namespace Whyboard
