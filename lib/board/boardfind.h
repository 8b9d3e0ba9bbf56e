// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Whyboard {

class BoardScene;
class BoardView;
struct Card;

// Find on the board: the cards whose statement or evidence holds the text typed, ignoring case
// and accents ("celebre" finds "Célèbre"), in reading order. One match at a time is current:
// it is selected and scrolled into view at the zoom the room chose. The matches follow edits.
class BoardFind : public QObject
{
    Q_OBJECT

public:
    // The one find of a view, made on first use: the board's actions and the find bar share it.
    static BoardFind *of(BoardView *view);

    // Searches again. The current match stays when it still matches; otherwise the first
    // match becomes current. Empty text: no matches, the selection stays as it is.
    void setText(const QString &text);
    QString text() const { return m_text; }
    QStringList matches() const { return m_matches; } // card ids in reading order
    int currentIndex() const { return m_current; }    // -1 when there is none
    QString currentCardId() const { return m_current < 0 ? QString() : m_matches.at(m_current); }

    // The next (or previous) match, round the board.
    void next();
    void previous();
    // The current match again (selected and shown), after the selection moved elsewhere.
    void showCurrent();

    // Asks whoever shows the find (the find bar) to show it and take the keys.
    void requestBar() { Q_EMIT barRequested(); }

    // The text as it is compared: case-folded, accents dropped.
    static QString folded(const QString &text);
    // Against the card as the board shows it: with names hidden, a hidden name finds nothing.
    static bool cardMatches(const Card &card, const QString &foldedText, const BoardScene *scene);

Q_SIGNALS:
    // The matches or the current one changed.
    void resultChanged();
    void barRequested();

private:
    explicit BoardFind(BoardView *view);
    void followScene(BoardScene *scene);
    void search(bool select);
    void goTo(int index);

    QPointer<BoardView> m_view;
    QPointer<BoardScene> m_scene;
    QMetaObject::Connection m_stepConnection;
    QString m_text;
    QStringList m_matches;
    int m_current = -1;
};

} // namespace Whyboard
