#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Whyboard {

class BoardMiniMap;
class BoardView;
class EmptySessionPage;
class Library;
class SessionDocument;

// The middle of the window: the read-only banner over the board, or, with no session open,
// the page that offers to start one.
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

    // Shows the board for a document, else the empty page in the library's state.
    void follow(const Library *library, const SessionDocument *document);

private:
    QLabel *m_banner;
    QStackedWidget *m_stack;
    BoardView *m_boardView;
    BoardMiniMap *m_miniMap;
    EmptySessionPage *m_emptyPage;
};

} // namespace Whyboard
