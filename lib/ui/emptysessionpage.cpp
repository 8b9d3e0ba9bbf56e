// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/emptysessionpage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Whyboard {

EmptySessionPage::EmptySessionPage(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_text->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignCenter);
    layout->addStretch(1);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_state == State::NoLibrary)
            Q_EMIT openLibraryRequested();
        else
            Q_EMIT newSessionRequested();
    });
    setState(State::NoLibrary);
}

void EmptySessionPage::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::NoLibrary:
        m_text->setText(tr("No library is open."));
        m_button->setText(tr("Open Library…"));
        break;
    case State::EmptyLibrary:
        m_text->setText(tr("This library has no sessions yet.\nStart one for the incident you want to understand."));
        m_button->setText(tr("New Session"));
        break;
    case State::EmptyReadOnlyLibrary:
        m_text->setText(tr("This library has no sessions."));
        break;
    }
    m_button->setVisible(state != State::EmptyReadOnlyLibrary);
    m_button->setDefault(true);
    m_button->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_button->isVisibleTo(this) ? m_button : nullptr);
}

QString EmptySessionPage::message() const
{
    return m_text->text();
}

} // namespace Whyboard
