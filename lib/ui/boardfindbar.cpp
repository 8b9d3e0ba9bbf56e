// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/boardfindbar.h"

#include "board/boardfind.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "ui/centralarea.h"
#include "ui/statusstyle.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace Whyboard {

namespace {

QToolButton *button(QWidget *parent, const QString &icon, const QString &text, const QString &toolTip)
{
    auto *b = new QToolButton(parent);
    b->setIcon(QIcon::fromTheme(icon));
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAutoRaise(true);
    b->setToolButtonStyle(b->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    return b;
}

} // namespace

BoardFindBar::BoardFindBar(CentralArea *central)
    : QWidget(central)
    , m_central(central)
    , m_find(BoardFind::of(central->boardView()))
    , m_field(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_previous(button(this, QStringLiteral("go-up"), tr("Previous"), tr("Previous match (Shift+Enter, Shift+F3)")))
    , m_next(button(this, QStringLiteral("go-down"), tr("Next"), tr("Next match (Enter, F3)")))
    , m_close(button(this, QStringLiteral("window-close"), tr("Close"), tr("Close the find bar (Esc)")))
{
    setObjectName(QStringLiteral("boardFindBar"));
    m_field->setObjectName(QStringLiteral("boardFindField"));
    m_result->setObjectName(QStringLiteral("boardFindResult"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *label = new QLabel(tr("Find on the board:"), this);
    label->setBuddy(m_field);
    m_field->setPlaceholderText(tr("Words in a statement or its evidence"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(m_field->fontMetrics().averageCharWidth() * 28);
    m_field->installEventFilter(this);
    layout->addWidget(label);
    layout->addWidget(m_field, 2);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, m_find, &BoardFind::setText);
    connect(m_find, &BoardFind::resultChanged, this, &BoardFindBar::showResult);
    connect(m_find, &BoardFind::barRequested, this, &BoardFindBar::openBar);
    connect(m_previous, &QToolButton::clicked, m_find, &BoardFind::previous);
    connect(m_next, &QToolButton::clicked, m_find, &BoardFind::next);
    connect(m_close, &QToolButton::clicked, this, &BoardFindBar::closeBar);
    // Another page in front, or no session: nothing on the board to find.
    connect(central, &CentralArea::pageChanged, this, [this](QWidget *page) {
        if (page)
            hide();
    });
    connect(central->boardView(), &BoardView::boardSceneChanged, this, [this](BoardScene *scene) {
        if (!scene)
            hide();
    });
    hide();
}

QString BoardFindBar::resultText() const
{
    return m_result->text();
}

void BoardFindBar::openBar()
{
    if (m_central->currentPage())
        m_central->showPage(nullptr);
    const bool wasHidden = isHidden();
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    if (wasHidden)
        m_field->selectAll(); // typing replaces the last search
}

void BoardFindBar::closeBar()
{
    hide();
    if (m_central->boardView()->boardScene())
        m_central->boardView()->setFocus(Qt::OtherFocusReason);
}

bool BoardFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool shift = key->modifiers() & Qt::ShiftModifier;
    const bool plain = !(key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
    const bool ours = plain
                      && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Escape
                          || key->key() == Qt::Key_Up || key->key() == Qt::Key_Down);
    if (!ours)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // these keys belong to the find bar, not to a window-wide shortcut
        return true;
    }
    if (key->key() == Qt::Key_Escape)
        closeBar();
    else if (key->key() == Qt::Key_Up || shift)
        m_find->previous();
    else
        m_find->next();
    return true;
}

void BoardFindBar::showResult()
{
    const int count = int(m_find->matches().size());
    const bool nothing = count == 0 && !m_find->text().trimmed().isEmpty();
    if (m_find->text().trimmed().isEmpty())
        m_result->clear();
    else if (nothing)
        m_result->setText(tr("No match"));
    else if (m_find->currentIndex() >= 0)
        m_result->setText(tr("%1 of %Ln", "the current match and how many there are", count)
                              .arg(QLocale().toString(m_find->currentIndex() + 1)));
    else
        m_result->setText(tr("%Ln match(es)", nullptr, count));
    if (nothing)
        StatusStyle::apply(m_field, StatusColours::Status::Error, StatusStyle::Kind::Field);
    else
        StatusStyle::clear(m_field);
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
}

} // namespace Whyboard
