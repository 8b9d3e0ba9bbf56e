// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace Whyboard {

class FishboneView;
class MainWindow;
class SessionDocument;

// The fishbone beside the board: View › Fishbone (Ctrl+2) brings it to the front and
// File › Export › Fishbone… writes it as PNG, SVG or PDF (by the name's extension). It follows
// the window's current session, the library's categories and the board's theme.
class FishbonePage : public QObject
{
    Q_OBJECT

public:
    static FishbonePage *install(MainWindow *window);

    FishboneView *view() const { return m_view; }
    QAction *pageAction() const { return m_pageAction; }
    QAction *exportAction() const { return m_exportAction; }

    // Writes the open session's fishbone to path; returns the error for the user, empty on success.
    QString exportTo(const QString &path) const;

private:
    explicit FishbonePage(MainWindow *window);
    void setDocument(SessionDocument *document);
    void chooseAndExport();
    QStringList categories() const;

    MainWindow *m_window;
    FishboneView *m_view;
    QAction *m_pageAction = nullptr;
    QAction *m_exportAction;
    QPointer<SessionDocument> m_document;
    QMetaObject::Connection m_boardSelection; // the board's scene of the open session
    bool m_followingBoard = false;
};

} // namespace Whyboard
