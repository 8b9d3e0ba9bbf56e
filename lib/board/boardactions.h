// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/boardtheme.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;

namespace Whyboard {

class BoardView;

// The board's commands as QActions with texts, shortcuts and icons, for the main window's menus
// and toolbar. They own the board's command keys (Enter, Ctrl+Enter, F2, Ctrl+E, Delete,
// Backspace, Ctrl+L, Ctrl+C...), bound to the board view so they do not fire while the user
// types in a panel; the view itself keeps only navigation (Tab, arrows, Esc, zoom and pan).
class BoardActions : public QObject
{
    Q_OBJECT

public:
    explicit BoardActions(BoardView *view, QObject *parent = nullptr);

    QAction *addWhy() const { return m_addWhy; }
    QAction *addSiblingCause() const { return m_addSibling; }
    QAction *editCard() const { return m_edit; }
    QAction *editEvidence() const { return m_evidence; } // the current card's evidence dialog
    QAction *deleteSelection() const { return m_delete; }
    QAction *linkMode() const { return m_linkMode; }      // checkable
    // Checkable: while on, no drag, key or click changes the board (navigation still works).
    QAction *lockBoard() const { return m_lock; }
    QAction *autoLayout() const { return m_autoLayout; }
    QAction *snapToGrid() const { return m_snapToGrid; }  // checkable
    QAction *zoomIn() const { return m_zoomIn; }
    QAction *zoomOut() const { return m_zoomOut; }
    QAction *fitToView() const { return m_fit; }
    QAction *zoomToSelection() const { return m_zoomToSelection; }
    QAction *copy() const { return m_copy; }
    QAction *paste() const { return m_paste; }
    QAction *duplicate() const { return m_duplicate; }
    // Every card of the board (Ctrl+A while the board has the keys; a text field keeps its own).
    QAction *selectAll() const { return m_selectAll; }
    // Find on the board (Ctrl+F, F3, Shift+F3), window-wide: BoardFind and the find bar.
    QAction *find() const { return m_find; }
    QAction *findNext() const { return m_findNext; }
    QAction *findPrevious() const { return m_findPrevious; }
    QAction *topDown() const { return m_topDown; }        // checkable, exclusive with leftRight
    QAction *leftRight() const { return m_leftRight; }
    QActionGroup *orientationGroup() const { return m_orientation; }
    QAction *lightTheme() const { return m_light; }       // checkable, exclusive themes
    QAction *darkTheme() const { return m_dark; }
    QAction *projectorTheme() const { return m_projector; }
    QActionGroup *themeGroup() const { return m_themes; }
    BoardTheme::Kind themeKind() const;
    // Checks the theme's action and gives the board that theme, as choosing it in the menu does,
    // without announcing themeChosen.
    void setThemeKind(BoardTheme::Kind kind);
    // The card text's scale (BoardTheme::withTextScale), kept for every session the view shows.
    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);

    QList<QAction *> editActions() const; // card and link editing, clipboard, select all, find
    QList<QAction *> viewActions() const; // zoom, fit, layout, grid, orientation
    bool isLocked() const;

Q_SIGNALS:
    void lockedChanged(bool locked);
    // The user chose a theme in Board › Theme.
    void themeChosen(BoardTheme::Kind kind);

public Q_SLOTS:
    // Enables what makes sense for the current scene, selection and read-only state.
    void updateEnabled();

private:
    QAction *make(const QString &text, const QString &icon, const QKeySequence &shortcut,
                  Qt::ShortcutContext context, void (BoardActions::*slot)());
    void connectScene();
    void applyTheme();
    void onAddWhy();
    void onAddSibling();
    void onEdit();
    void onEvidence();
    void onDelete();
    void onAutoLayout();
    void onCopy();
    void onPaste();
    void onDuplicate();
    void onSelectAll();
    void onFind();
    void onFindNext();
    void onFindPrevious();
    void onZoomIn();
    void onZoomOut();
    void onFit();
    void onZoomToSelection();

    QPointer<BoardView> m_view;
    QAction *m_addWhy;
    QAction *m_addSibling;
    QAction *m_edit;
    QAction *m_evidence;
    QAction *m_delete;
    QAction *m_linkMode;
    QAction *m_lock;
    QAction *m_autoLayout;
    QAction *m_snapToGrid;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QAction *m_zoomToSelection;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
    QAction *m_selectAll;
    QAction *m_find;
    QAction *m_findNext;
    QAction *m_findPrevious;
    QAction *m_findSeparator;
    QActionGroup *m_orientation;
    QAction *m_topDown;
    QAction *m_leftRight;
    QActionGroup *m_themes;
    QAction *m_light;
    QAction *m_dark;
    QAction *m_projector;
    qreal m_textScale = 1;
    QObject *m_sceneConnections = nullptr;
};

} // namespace Whyboard
