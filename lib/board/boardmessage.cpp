// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardmessage.h"

#include <QTimer>

namespace Whyboard {

BoardMessage::BoardMessage(QWidget *board)
    : QLabel(board)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("boardMessage"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setStyleSheet(QStringLiteral(
        "QLabel#boardMessage { background: rgba(30, 36, 46, 225); color: white; border-radius: 10px;"
        " padding: 12px 20px; font-size: 16px; }"));
    hide();
    m_timer->setSingleShot(true);
    m_timer->setInterval(4500);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
}

void BoardMessage::showText(const QString &text)
{
    setText(text);
    adjustSize();
    reposition();
    show();
    raise();
    m_timer->start();
}

QString BoardMessage::shownText() const
{
    return isVisible() ? text() : QString();
}

void BoardMessage::reposition()
{
    const QWidget *board = parentWidget();
    const int width = qMin(sizeHint().width(), qMax(200, board->width() - 40));
    setFixedWidth(width);
    adjustSize();
    move((board->width() - width) / 2, board->height() - height() - 28);
}

} // namespace Whyboard
