#include "ui/centralarea.h"

#include "board/boardminimap.h"
#include "board/boardview.h"
#include "document/sessiondocument.h"
#include "storage/library.h"
#include "ui/emptysessionpage.h"

#include <QDir>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Whyboard {

CentralArea::CentralArea(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_boardView(new BoardView(m_stack))
    , m_miniMap(new BoardMiniMap(m_boardView))
    , m_emptyPage(new EmptySessionPage(m_stack))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_stack->addWidget(m_boardView);
    m_stack->addWidget(m_emptyPage);
    layout->addWidget(m_stack, 1);
}

QString CentralArea::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void CentralArea::follow(const Library *library, const SessionDocument *document)
{
    m_stack->setCurrentWidget(document ? static_cast<QWidget *>(m_boardView) : m_emptyPage);
    m_emptyPage->setState(!library                ? EmptySessionPage::State::NoLibrary
                          : library->isReadOnly() ? EmptySessionPage::State::EmptyReadOnlyLibrary
                                                  : EmptySessionPage::State::EmptyLibrary);
    const bool readOnly = (library && library->isReadOnly()) || (document && document->isReadOnly());
    if (readOnly) {
        m_banner->setText(tr("<b>Read-only.</b> This library is open for reading only: nothing you do here changes %1.")
                              .arg(QDir::toNativeSeparators(library ? library->path() : QString()).toHtmlEscaped()));
    }
    m_banner->setVisible(readOnly);
}

} // namespace Whyboard
