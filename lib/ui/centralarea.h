// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QActionGroup;
class QKeySequence;
class QLabel;
class QStackedWidget;

namespace Whyboard {

class BoardMiniMap;
class BoardView;
class EmptySessionPage;
class Library;
class SessionDocument;

// The middle of the window: the read-only banner over the board, or, with no session open,
// the page that offers to start one; and the pages beside the board (the fishbone, the
// follow-ups, the library overview), one at a time, each with a checkable action.
class CentralArea : public QWidget
{
    Q_OBJECT

public:
    explicit CentralArea(QWidget *parent = nullptr);

    BoardView *boardView() const { return m_boardView; }
    BoardMiniMap *miniMap() const { return m_miniMap; }
    EmptySessionPage *emptyPage() const { return m_emptyPage; }
    // Empty when hidden.
    QString bannerText() const;
    // Another banner under the read-only one (shown and hidden by itself).
    void addBanner(QWidget *banner);
    // A server library's connection state ("lost at …; reconnecting"), shown over the board
    // in place of the read-only banner until cleared with an empty text.
    void setConnectionNotice(const QString &text);
    // Clears the notice; returns what to say instead, briefly ("connected again at …").
    QString connectionRestored();

    // Shows the board for a document, else the empty page in the library's state. A library
    // page in front gives way to the board when another session opens.
    void follow(const Library *library, const SessionDocument *document);

    enum class PageKind {
        Session, // shows the open session another way (the fishbone): stays when the session changes
        Library, // across the library (follow-ups, overview): the board comes back when a session opens
    };
    // Adds a page and returns its action (checkable, exclusive with the others and the board's).
    QAction *addPage(QWidget *page, const QString &title, const QKeySequence &shortcut, PageKind kind);
    // The board's action first, then each page's, for the View menu.
    QList<QAction *> pageActions() const;
    // Null while the board (or the empty page) is in front.
    QWidget *currentPage() const;
    void showPage(QWidget *page); // null: the board

Q_SIGNALS:
    void pageChanged(QWidget *page);

private:
    QLabel *m_banner;
    QStackedWidget *m_pages; // the board's stack first, then the pages
    QStackedWidget *m_stack;
    QActionGroup *m_pageActions;
    QList<QWidget *> m_libraryPages;
    const SessionDocument *m_followed = nullptr;
    QString m_connectionNotice;
    QString m_readOnlyText;
    BoardView *m_boardView;
    BoardMiniMap *m_miniMap;
    EmptySessionPage *m_emptyPage;
};

} // namespace Whyboard
