// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/leasebanner.h"

#include "board/boardview.h"
#include "ui/statusstyle.h"
#include "ui/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>

namespace Whyboard {

LeaseBanner::LeaseBanner(Workspace *workspace, BoardView *view, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_view(view)
    , m_label(new QLabel(this))
    , m_primary(new QPushButton(this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_primary);
    layout->addWidget(m_dismiss);
    connect(m_primary, &QPushButton::clicked, this, &LeaseBanner::primaryClicked);
    connect(m_dismiss, &QPushButton::clicked, workspace, &Workspace::dismissEditRequest);
    connect(workspace, &Workspace::editingChanged, this, &LeaseBanner::refresh);
    connect(workspace, &Workspace::aboutToReload, this, [this] {
        m_keptTransform = m_view->transform();
        m_keptX = m_view->horizontalScrollBar()->value();
        m_keptY = m_view->verticalScrollBar()->value();
    });
    // After the window has shown the new document (and fitted it): back to where the user was.
    connect(workspace, &Workspace::reloaded, this, [this] {
        QTimer::singleShot(0, m_view, [this] {
            m_view->setTransform(m_keptTransform);
            m_view->horizontalScrollBar()->setValue(m_keptX);
            m_view->verticalScrollBar()->setValue(m_keptY);
        });
    });
    hide();
}

QString LeaseBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void LeaseBanner::refresh()
{
    const QString editor = m_workspace->otherEditor().toHtmlEscaped();
    const QString requester = m_workspace->editRequester().toHtmlEscaped();
    m_dismiss->setVisible(false);
    m_primary->setEnabled(true);
    // Someone waiting for an answer is a warning; who edits is a notice.
    StatusStyle::apply(this, requester.isEmpty() ? StatusColours::Status::Notice : StatusColours::Status::Warning,
                       StatusStyle::Kind::Banner);
    if (!requester.isEmpty()) {
        m_label->setText(tr("<b>%1 asks to edit this session.</b> Hand it over to let them edit; it stays open "
                            "here, read-only, and shows their changes.").arg(requester));
        m_primary->setText(tr("Hand Over"));
        m_dismiss->setVisible(true);
    } else if (!m_workspace->isWatchingEditor()) {
        hide();
        return;
    } else if (editor.isEmpty()) {
        m_label->setText(tr("<b>Read-only.</b> Nobody is editing this session now."));
        m_primary->setText(tr("Edit"));
    } else if (m_workspace->hasAskedToEdit()) {
        m_label->setText(tr("<b>Read-only.</b> %1 is editing this session. You asked to edit it: it opens for "
                            "editing here when they hand it over.").arg(editor));
        m_primary->setText(tr("Asked"));
        m_primary->setEnabled(false);
    } else {
        m_label->setText(tr("<b>Read-only.</b> %1 is editing this session; their changes appear here as they "
                            "make them.").arg(editor));
        m_primary->setText(tr("Ask to Edit"));
    }
    show();
}

void LeaseBanner::primaryClicked()
{
    if (!m_workspace->editRequester().isEmpty())
        m_workspace->handOver();
    else
        m_workspace->askToEdit();
}

} // namespace Whyboard
