// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statusstyle.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace Whyboard {

namespace {

StatusStyle *styleOf(QWidget *widget)
{
    return widget->findChild<StatusStyle *>(QString(), Qt::FindDirectChildrenOnly);
}

} // namespace

StatusStyle::StatusStyle(QWidget *widget, StatusColours::Status status, Kind kind)
    : QObject(widget)
    , m_widget(widget)
    , m_status(status)
    , m_kind(kind)
{
    widget->installEventFilter(this);
}

void StatusStyle::apply(QWidget *widget, StatusColours::Status status, Kind kind)
{
    StatusStyle *style = styleOf(widget);
    if (!style) {
        style = new StatusStyle(widget, status, kind);
    } else {
        style->m_status = status;
        style->m_kind = kind;
    }
    if (kind == Kind::Banner)
        widget->setAutoFillBackground(true);
    style->update();
}

void StatusStyle::clear(QWidget *widget)
{
    if (StatusStyle *style = styleOf(widget)) {
        widget->removeEventFilter(style);
        delete style;
        widget->setPalette(QPalette());
    }
}

bool StatusStyle::eventFilter(QObject *watched, QEvent *event)
{
    // The palette the widget inherits changed: the status colours are chosen again for it.
    if (watched == m_widget && !m_updating
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
            || event->type() == QEvent::ParentChange))
        update();
    return QObject::eventFilter(watched, event);
}

void StatusStyle::update()
{
    m_updating = true;
    // What the widget would have without its status colours: the application's palette, or
    // that of the nearest ancestor that chose its own. (An ancestor's palette is read only
    // then: while the application's palette changes, the others may not have followed yet.)
    QPalette inherited = QApplication::palette(m_widget);
    for (const QWidget *w = m_widget->parentWidget(); w; w = w->parentWidget()) {
        if (w->testAttribute(Qt::WA_SetPalette)) {
            inherited = w->palette();
            break;
        }
    }
    QPalette palette; // only the roles set below are the widget's own; the rest it inherits
    switch (m_kind) {
    case Kind::Text:
        palette.setColor(QPalette::WindowText, StatusColours::text(m_status, inherited));
        break;
    case Kind::Banner:
        palette.setColor(QPalette::Window, StatusColours::bannerBackground(m_status, inherited));
        palette.setColor(QPalette::WindowText, StatusColours::bannerText(m_status, inherited));
        break;
    case Kind::Field:
        palette.setColor(QPalette::Base, StatusColours::fieldBackground(m_status, inherited));
        palette.setColor(QPalette::Text, StatusColours::fieldText(m_status, inherited));
        break;
    }
    m_widget->setPalette(palette);
    m_updating = false;
}

} // namespace Whyboard
