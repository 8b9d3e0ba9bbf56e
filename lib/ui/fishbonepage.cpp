// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fishbonepage.h"

#include "board/boardscene.h"
#include "board/fishbonescene.h"
#include "board/fishboneview.h"
#include "data/causecategories.h"
#include "document/sessiondocument.h"
#include "report/exportfilename.h"
#include "report/fishboneexporter.h"
#include "storage/library.h"
#include "ui/centralarea.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace Whyboard {

namespace {

const char *const lastFolderKey = "export/lastFolder"; // shared with the other exports

} // namespace

FishbonePage::FishbonePage(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_view(new FishboneView(window))
    , m_exportAction(new QAction(tr("&Fishbone…"), this))
{
    // The board's scene exists only while a session is open.
    m_view->setThemeSource([window] { return window->boardScene() ? window->boardScene()->theme() : BoardTheme::light(); });
    m_view->fishboneScene()->setCategorySource([this] { return categories(); });
    m_exportAction->setObjectName(QStringLiteral("exportFishbone"));
    m_exportAction->setToolTip(tr("Write the fishbone of the session as a PNG, SVG or PDF file"));
    connect(m_exportAction, &QAction::triggered, this, &FishbonePage::chooseAndExport);
}

FishbonePage *FishbonePage::install(MainWindow *window)
{
    auto *page = new FishbonePage(window);
    page->m_pageAction = window->centralArea()->addPage(page->m_view, tr("&Fishbone"),
                                                        QKeySequence(Qt::CTRL | Qt::Key_2),
                                                        CentralArea::PageKind::Session);
    page->m_pageAction->setObjectName(QStringLiteral("showFishbone"));
    window->addAction(MainWindow::MenuPlace::ViewPages, page->m_pageAction);
    // In File › Export beside the board's formats, or in the File menu's export place.
    if (auto *menu = window->findChild<QMenu *>(QStringLiteral("exportMenu")))
        menu->addAction(page->m_exportAction);
    else
        window->addAction(MainWindow::MenuPlace::FileExport, page->m_exportAction);
    connect(page->m_pageAction, &QAction::toggled, page->m_view, [page](bool on) {
        if (on)
            page->m_view->setFocus(Qt::ShortcutFocusReason);
    });
    // One selection for both drawings: the card picked on one is the card on the other.
    FishboneScene *scene = page->m_view->fishboneScene();
    connect(scene, &QGraphicsScene::selectionChanged, page, [page, window, scene] {
        // Only a pick made on the fishbone goes to the board: a selection of several cards
        // made on the board must stay as it is.
        const QString id = scene->selectedCardId();
        if (!window->boardScene() || page->m_followingBoard || !page->m_view->isVisible())
            return;
        const QStringList onBoard = window->boardScene()->selectedCardIds();
        if (!id.isEmpty() && (onBoard.size() != 1 || onBoard.first() != id))
            window->boardScene()->selectCards({id}, false);
    });
    page->setDocument(window->currentDocument());
    connect(window, &MainWindow::currentDocumentChanged, page, &FishbonePage::setDocument);
    // Another library has its own categories, and a team may edit its list.
    connect(window, &MainWindow::libraryChanged, scene, [scene](Library *library) {
        scene->rebuild();
        if (library)
            connect(library, &Library::causeCategoriesChanged, scene, &FishboneScene::rebuild, Qt::UniqueConnection);
    });
    if (Library *library = window->library())
        connect(library, &Library::causeCategoriesChanged, scene, &FishboneScene::rebuild);
    return page;
}

QStringList FishbonePage::categories() const
{
    const Library *library = m_window->library();
    return library ? library->causeCategories() : CauseCategories::defaults();
}

void FishbonePage::setDocument(SessionDocument *document)
{
    // Each session has a board scene of its own: follow the new one's selection.
    disconnect(m_boardSelection);
    if (BoardScene *board = document ? m_window->boardScene() : nullptr) {
        FishboneScene *scene = m_view->fishboneScene();
        m_boardSelection = connect(board, &BoardScene::cardSelectionChanged, this, [this, scene](const QStringList &ids) {
            if (!ids.isEmpty() && ids.first() != scene->selectedCardId() && !m_view->isEditing()) {
                m_followingBoard = true;
                scene->selectCard(ids.first());
                m_followingBoard = false;
            }
        });
    }
    m_document = document;
    m_view->setDocument(document);
    m_exportAction->setEnabled(document != nullptr);
}

QString FishbonePage::exportTo(const QString &path) const
{
    if (!m_document)
        return tr("No session is open.");
    return FishboneExporter::write(m_document->session(), path, ReportOptions(), categories());
}

void FishbonePage::chooseAndExport()
{
    if (!m_document)
        return;
    QString folder = QSettings().value(QLatin1String(lastFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(ExportFileName::fileName(m_document->session(), QStringLiteral("pdf"))
                                  .replace(QLatin1String(".pdf"), QLatin1String("-fishbone.pdf")));
    const QString filter = tr("PDF document (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)");
    QString selected;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Fishbone"), suggested, filter, &selected);
    if (path.isEmpty())
        return;
    // A name without one of the three extensions takes the chosen filter's.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf")) {
        const int star = int(selected.indexOf(QLatin1String("*.")));
        path += star >= 0 ? selected.mid(star + 1, 4) : QStringLiteral(".pdf");
    }
    const QString error = exportTo(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Export Fishbone"), error);
        return;
    }
    QSettings().setValue(QLatin1String(lastFolderKey), QFileInfo(path).absolutePath());
    m_window->showStatus(tr("Fishbone written to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace Whyboard
