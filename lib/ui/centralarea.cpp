// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/centralarea.h"

#include "board/boardminimap.h"
#include "board/boardview.h"
#include "document/sessiondocument.h"
#include "storage/library.h"
#include "ui/boardfindbar.h"
#include "ui/emptysessionpage.h"
#include "ui/statusstyle.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTime>
#include <QVBoxLayout>

namespace Whyboard {

CentralArea::CentralArea(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_stack(new QStackedWidget(m_pages))
    , m_pageActions(new QActionGroup(this))
    , m_boardView(new BoardView(m_stack))
    , m_miniMap(new BoardMiniMap(m_boardView))
    , m_emptyPage(new EmptySessionPage(m_stack))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner->setObjectName(QStringLiteral("boardBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    StatusStyle::apply(m_banner, StatusColours::Status::Notice, StatusStyle::Kind::Banner);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_stack->addWidget(m_boardView);
    m_stack->addWidget(m_emptyPage);
    m_pages->addWidget(m_stack);
    layout->addWidget(m_pages, 1);
    addBanner(new BoardFindBar(this)); // Edit › Find on Board… (Ctrl+F): right over the board
    QAction *board = m_pageActions->addAction(tr("&Board"));
    board->setCheckable(true);
    board->setChecked(true);
    board->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(board, &QAction::triggered, this, [this] { showPage(nullptr); });
}

QAction *CentralArea::addPage(QWidget *page, const QString &title, const QKeySequence &shortcut, PageKind kind)
{
    m_pages->addWidget(page);
    if (kind == PageKind::Library)
        m_libraryPages.append(page);
    QAction *action = m_pageActions->addAction(title);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setData(QVariant::fromValue(static_cast<QObject *>(page)));
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    return action;
}

QList<QAction *> CentralArea::pageActions() const
{
    return m_pageActions->actions();
}

QWidget *CentralArea::currentPage() const
{
    return m_pages->currentWidget() == m_stack ? nullptr : m_pages->currentWidget();
}

void CentralArea::showPage(QWidget *page)
{
    QWidget *target = page ? page : m_stack;
    if (m_pages->currentWidget() == target)
        return;
    m_pages->setCurrentWidget(target);
    for (QAction *action : m_pageActions->actions()) {
        if (action->data().value<QObject *>() == page)
            action->setChecked(true);
    }
    target->setFocus(Qt::OtherFocusReason);
    Q_EMIT pageChanged(page);
}

QString CentralArea::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void CentralArea::addBanner(QWidget *banner)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, banner);
}

void CentralArea::follow(const Library *library, const SessionDocument *document)
{
    if (document && document != m_followed && m_libraryPages.contains(currentPage()))
        showPage(nullptr);
    m_followed = document;
    m_stack->setCurrentWidget(document ? static_cast<QWidget *>(m_boardView) : m_emptyPage);
    m_emptyPage->setState(!library                ? EmptySessionPage::State::NoLibrary
                          : library->isReadOnly() ? EmptySessionPage::State::EmptyReadOnlyLibrary
                                                  : EmptySessionPage::State::EmptyLibrary);
    // In a shared library a read-only session is one someone else edits: their banner says so.
    const bool readOnly = (library && library->isReadOnly())
                          || (document && document->isReadOnly() && !(library && library->isShared()));
    m_readOnlyText = readOnly ? tr("<b>Read-only.</b> This library is open for reading only: nothing you do here changes %1.")
                                    .arg(QDir::toNativeSeparators(library ? library->path() : QString()).toHtmlEscaped())
                              : QString();
    setConnectionNotice(m_connectionNotice);
}

QString CentralArea::connectionRestored()
{
    setConnectionNotice(QString());
    return tr("Connected to the server again at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
}

void CentralArea::setConnectionNotice(const QString &text)
{
    m_connectionNotice = text;
    // Why the board is read-only matters more than that it is.
    if (!m_connectionNotice.isEmpty())
        m_banner->setText(QStringLiteral("<b>%1</b>").arg(m_connectionNotice.toHtmlEscaped()));
    else
        m_banner->setText(m_readOnlyText);
    StatusStyle::apply(m_banner, m_connectionNotice.isEmpty() ? StatusColours::Status::Notice : StatusColours::Status::Warning,
                       StatusStyle::Kind::Banner);
    m_banner->setVisible(!m_banner->text().isEmpty());
}

} // namespace Whyboard
